package io.bankingsim.core.metrics;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * Detection quality against ground truth, over the events the fraud detector scored (outcome
 * decision other than {@code NONE}); a decision of review or decline counts as flagged.
 * Immutable and thread-safe.
 *
 * <p>Ratios with a zero denominator are {@code NaN} (JSON {@code null}): precision is undefined
 * while nothing has been flagged, recall while no fraud has been scored.
 *
 * @param truePositives fraud, flagged
 * @param falsePositives genuine, flagged
 * @param trueNegatives genuine, not flagged
 * @param falseNegatives fraud, not flagged
 * @param unscored outcomes without a detector decision (not part of the matrix)
 * @param precision TP / (TP + FP)
 * @param recall TP / (TP + FN), the detection rate
 * @param falsePositiveRate FP / (FP + TN)
 * @param f1 2 TP / (2 TP + FP + FN), the harmonic mean of precision and recall
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ConfusionMatrix(long truePositives, long falsePositives, long trueNegatives, long falseNegatives,
                              long unscored,
                              @JsonSerialize(using = UndefinedAsNullSerializer.class) double precision,
                              @JsonSerialize(using = UndefinedAsNullSerializer.class) double recall,
                              @JsonSerialize(using = UndefinedAsNullSerializer.class) double falsePositiveRate,
                              @JsonSerialize(using = UndefinedAsNullSerializer.class) double f1) {

    public ConfusionMatrix {
        if (truePositives < 0 || falsePositives < 0 || trueNegatives < 0 || falseNegatives < 0 || unscored < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    /** The matrix of these counts, with its ratios computed. */
    public static ConfusionMatrix of(long truePositives, long falsePositives, long trueNegatives, long falseNegatives,
                                     long unscored) {
        return new ConfusionMatrix(truePositives, falsePositives, trueNegatives, falseNegatives, unscored,
                Ratios.of(truePositives, truePositives + falsePositives),
                Ratios.of(truePositives, truePositives + falseNegatives),
                Ratios.of(falsePositives, falsePositives + trueNegatives),
                Ratios.of(2.0 * truePositives, 2.0 * truePositives + falsePositives + falseNegatives));
    }

    /** TP + FP + TN + FN: the events the detector scored. */
    public long scored() {
        return truePositives + falsePositives + trueNegatives + falseNegatives;
    }
}
