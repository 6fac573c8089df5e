package io.bankingsim.core.metrics;

import io.bankingsim.core.event.Transaction;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.bankingsim.core.metrics.Fixtures.outcome;
import static io.bankingsim.core.metrics.Fixtures.transaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CampaignDetectionDelayTest {

    @Test
    void delayRunsInVirtualTimeFromTheCampaignsFirstEventToItsFirstFlaggedOne() {
        Fixtures.Run run = Fixtures.Run.start();
        missed(run, "A", Duration.ofMinutes(0));
        missed(run, "A", Duration.ofMinutes(1));
        flagged(run, "A", Duration.ofMinutes(2));
        flagged(run, "A", Duration.ofMinutes(30));
        flagged(run, "B", Duration.ofMinutes(10));
        missed(run, "C", Duration.ofMinutes(5));

        CampaignDetection c = run.snapshot().detection().campaigns();

        assertThat(c.campaignsSeen()).isEqualTo(3);
        assertThat(c.campaignsDetected()).isEqualTo(2);
        assertThat(c.maxDelaySeconds()).isCloseTo(120, within(1e-9));
        assertThat(c.meanDelaySeconds()).isCloseTo(60, within(1e-9));
        assertThat(c.meanEventsToDetection()).isCloseTo(2, within(1e-9));
    }

    @Test
    void aCampaignIsSeenWhenItsFirstEventIsReleasedBeforeAnyOutcome() {
        Fixtures.Run run = Fixtures.Run.start();
        run.recorder().onReleased(transaction().fraud("card_testing", "A").build());

        CampaignDetection c = run.snapshot().detection().campaigns();

        assertThat(c.campaignsSeen()).isEqualTo(1);
        assertThat(c.campaignsDetected()).isZero();
        assertThat(c.meanDelaySeconds()).isNaN();
        assertThat(c.maxDelaySeconds()).isNaN();
    }

    private static void flagged(Fixtures.Run run, String campaign, Duration at) {
        Transaction t = transaction().fraud("card_testing", campaign).at(at).build();
        run.play(t, outcome(t).declined().build());
    }

    private static void missed(Fixtures.Run run, String campaign, Duration at) {
        Transaction t = transaction().fraud("card_testing", campaign).at(at).build();
        run.play(t, outcome(t).build());
    }
}
