package io.bankingsim.core.metrics;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * A latency distribution in MICROSECONDS, from an HdrHistogram with 3 significant digits (values
 * are accurate to 0.1 %; values above one hour are recorded as one hour). Immutable and
 * thread-safe. An empty distribution has count 0, mean {@code NaN} (JSON {@code null}) and
 * zero percentiles.
 *
 * @param count recorded values
 * @param meanMicros mean
 * @param p50Micros median
 * @param p90Micros 90th percentile
 * @param p99Micros 99th percentile
 * @param p999Micros 99.9th percentile
 * @param maxMicros largest value
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record LatencyStats(long count,
                           @JsonSerialize(using = UndefinedAsNullSerializer.class) double meanMicros,
                           long p50Micros, long p90Micros, long p99Micros, long p999Micros, long maxMicros) {

    /** No values recorded. */
    public static final LatencyStats EMPTY = new LatencyStats(0, Double.NaN, 0, 0, 0, 0, 0);

    public LatencyStats {
        if (count < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }
}
