package io.bankingsim.core.metrics;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import java.util.Objects;

/**
 * How well one fraud pattern was detected: its fraud events with an outcome, split into flagged
 * (true positives), missed (false negatives) and unscored (no detector decision). Immutable and
 * thread-safe.
 *
 * @param pattern the pattern, e.g. {@code card_testing}
 * @param events fraud events of this pattern with an outcome: flagged + missed + unscored
 * @param flagged scored and flagged (review or decline)
 * @param missed scored and approved
 * @param unscored outcome without a detector decision
 * @param recall flagged / (flagged + missed); {@code NaN} (JSON {@code null}) before any was scored
 * @param precision flagged / (flagged + every false positive of the run): the precision the
 *     detector would have if this pattern were the only fraud (a false positive, being genuine,
 *     belongs to no pattern); {@code NaN} (JSON {@code null}) while nothing was flagged
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PatternDetection(String pattern, long events, long flagged, long missed, long unscored,
                               @JsonSerialize(using = UndefinedAsNullSerializer.class) double recall,
                               @JsonSerialize(using = UndefinedAsNullSerializer.class) double precision) {

    public PatternDetection {
        Objects.requireNonNull(pattern, "pattern");
        if (events != flagged + missed + unscored) {
            throw new IllegalArgumentException("events must be flagged + missed + unscored");
        }
    }

    /** The detection of {@code pattern} from its counts and the run's false positives. */
    public static PatternDetection of(String pattern, long flagged, long missed, long unscored, long falsePositives) {
        return new PatternDetection(pattern, flagged + missed + unscored, flagged, missed, unscored,
                Ratios.of(flagged, flagged + missed), Ratios.of(flagged, flagged + falsePositives));
    }
}
