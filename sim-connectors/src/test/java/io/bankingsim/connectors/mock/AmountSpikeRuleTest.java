package io.bankingsim.connectors.mock;

import io.bankingsim.connectors.EventFixtures;
import io.bankingsim.core.event.TransactionType;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class AmountSpikeRuleTest {

    private final EventFixtures events = new EventFixtures();
    private final MockFraudDetector detector = new MockFraudDetector();

    private FraudScore purchase(String amount) {
        FraudScore score = detector.score(ScoringRequest.of(events.purchase("c-1", "a-1", amount).build()));
        events.advance(Duration.ofHours(3));
        return score;
    }

    private void history(String amount) {
        for (int i = 0; i < 3; i++) {
            purchase(amount);
        }
    }

    @Test
    void debitFarAboveTheRunningMeanHits() {
        history("50.00");

        assertThat(purchase("2000.00").ruleHits()).containsExactly("amount_spike");
    }

    @Test
    void spikeBelowOneThousandDoesNot() {
        history("50.00");

        assertThat(purchase("900.00").ruleHits()).isEmpty();
    }

    @Test
    void largeAmountWithinTenTimesTheMeanDoesNot() {
        history("500.00");

        assertThat(purchase("4000.00").ruleHits()).isEmpty();
    }

    @Test
    void largeDepositDoesNot() {
        history("50.00");

        FraudScore score = detector.score(ScoringRequest.of(
                events.tx(TransactionType.DEPOSIT, "c-1", "a-1", "5000.00").build()));

        assertThat(score.ruleHits()).isEmpty();
    }

    @Test
    void accountWithTooLittleHistoryDoesNot() {
        purchase("50.00");
        purchase("50.00");

        assertThat(purchase("2000.00").ruleHits()).isEmpty();
    }
}
