package io.bankingsim.connectors.mock;

import io.bankingsim.connectors.EventFixtures;
import io.bankingsim.core.event.TransactionType;
import io.bankingsim.core.outcome.Decision;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Rule weights combine into one score, and the score into a decision. */
class RiskScoreTest {

    private final EventFixtures events = new EventFixtures();
    private final MockFraudDetector detector = new MockFraudDetector();

    @Test
    void oneModerateRuleSendsToReview() {
        FraudScore score = detector.score(ScoringRequest.of(
                events.tx(TransactionType.DEPOSIT, "c-1", "a-1", "9500.00").build()));

        assertThat(score.riskScore()).isEqualTo(0.5);
        assertThat(score.decision()).isEqualTo(Decision.REVIEW);
    }

    @Test
    void oneWeakRuleIsApproved() {
        detector.score(ScoringRequest.of(events.login("c-1", EventFixtures.device("fp", "US"))));
        FraudScore score = detector.score(ScoringRequest.of(events.login("c-1", EventFixtures.device("fp", "NG"))));

        assertThat(score.riskScore()).isEqualTo(0.35);
        assertThat(score.decision()).isEqualTo(Decision.APPROVE);
    }

    @Test
    void cardTestingBurstEndsDeclined() {
        List<FraudScore> scores = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            scores.add(detector.score(ScoringRequest.of(events.purchase("c-1", "a-1", "1.00").build())));
            events.advance(Duration.ofSeconds(40));
        }

        FraudScore last = scores.get(7);
        assertThat(last.ruleHits()).containsExactly("velocity", "micro_amounts");
        assertThat(last.riskScore()).isEqualTo(0.82);
        assertThat(last.decision()).isEqualTo(Decision.DECLINE);
        assertThat(scores.get(0).decision()).isEqualTo(Decision.APPROVE);
    }

    @Test
    void scoresStayWithinZeroAndOne() {
        double all = 1;
        for (DetectorRule rule : DetectorRule.values()) {
            assertThat(rule.weight()).isBetween(0.0, 1.0);
            all *= 1 - rule.weight();
        }
        assertThat(1 - all).isLessThanOrEqualTo(1.0);
    }
}
