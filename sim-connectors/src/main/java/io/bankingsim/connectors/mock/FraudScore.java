package io.bankingsim.connectors.mock;

import io.bankingsim.core.outcome.Decision;

import java.util.List;
import java.util.Objects;

/**
 * A detector's answer to one {@link ScoringRequest}, as Bastion answers {@code /score}.
 * Immutable and thread-safe.
 *
 * @param riskScore 0..1
 * @param decision {@link Decision#DECLINE} from {@link MockFraudDetector#DECLINE_AT}, {@link Decision#REVIEW}
 *     from {@link MockFraudDetector#REVIEW_AT}, else {@link Decision#APPROVE}
 * @param ruleHits the ids of the rules hit, in {@link DetectorRule} order
 */
public record FraudScore(double riskScore, Decision decision, List<String> ruleHits) {

    /** The answer when no rule is hit. */
    public static final FraudScore CLEAN = new FraudScore(0, Decision.APPROVE, List.of());

    public FraudScore {
        Objects.requireNonNull(decision, "decision");
        ruleHits = List.copyOf(ruleHits);
        if (!(riskScore >= 0 && riskScore <= 1)) {
            throw new IllegalArgumentException("risk score must be within 0..1: " + riskScore);
        }
    }
}
