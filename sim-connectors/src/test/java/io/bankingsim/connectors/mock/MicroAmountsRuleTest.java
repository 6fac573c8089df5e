package io.bankingsim.connectors.mock;

import io.bankingsim.connectors.EventFixtures;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class MicroAmountsRuleTest {

    private final EventFixtures events = new EventFixtures();
    private final MockFraudDetector detector = new MockFraudDetector();

    private FraudScore purchase(String amount) {
        return detector.score(ScoringRequest.of(events.purchase("c-1", "a-1", amount).build()));
    }

    @Test
    void thirdMicroAmountWithinAnHourHits() {
        assertThat(purchase("1.00").ruleHits()).isEmpty();
        events.advance(Duration.ofMinutes(20));
        assertThat(purchase("0.50").ruleHits()).isEmpty();
        events.advance(Duration.ofMinutes(20));

        FraudScore third = purchase("5.00");

        assertThat(third.ruleHits()).containsExactly("micro_amounts");
        assertThat(third.decision().flagged()).isTrue();
    }

    @Test
    void microAmountsSpreadOverADayDoNot() {
        for (int i = 0; i < 5; i++) {
            assertThat(purchase("3.20").ruleHits()).isEmpty();
            events.advance(Duration.ofHours(5));
        }
    }

    @Test
    void smallAmountsAboveTheLimitDoNot() {
        for (int i = 0; i < 3; i++) {
            assertThat(purchase("5.01").ruleHits()).isEmpty();
            events.advance(Duration.ofMinutes(5));
        }
    }
}
