package io.bankingsim.core.metrics;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What one API endpoint of a system under test did during a run: requests sent, how they ended,
 * and the latency of those that were answered. Immutable.
 *
 * @param system {@code nexum} or {@code bastion}
 * @param endpoint the endpoint's name, e.g. {@code score} or {@code withdraw} (docs/api-contract.md)
 * @param requests requests sent, retries included
 * @param ok requests answered with a 2xx status
 * @param errors requests that ended otherwise, by kind (429s and 400 refusals included, see {@link #errorCount()}) ({@link EndpointMetrics#ERROR_KINDS}, zeros included)
 * @param retries requests that were a retry of an earlier one
 * @param latency time from sending to the answer, of the requests that got one (microseconds)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record EndpointStats(String system, String endpoint, long requests, long ok, Map<String, Long> errors,
                            long retries, LatencyStats latency) {

    public EndpointStats {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(endpoint, "endpoint");
        errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
        Objects.requireNonNull(latency, "latency");
    }

    /** Requests that ended in an error: every kind but throttling (429) and business refusals (400). */
    @com.fasterxml.jackson.annotation.JsonProperty("error_count")
    public long errorCount() {
        long n = 0;
        for (Map.Entry<String, Long> e : errors.entrySet()) {
            if (EndpointMetrics.isError(e.getKey())) {
                n += e.getValue();
            }
        }
        return n;
    }

    /** {@link #errorCount()} / requests; {@code NaN} (JSON null) before any request. */
    @com.fasterxml.jackson.annotation.JsonProperty("error_rate")
    @com.fasterxml.jackson.databind.annotation.JsonSerialize(using = UndefinedAsNullSerializer.class)
    public double errorRate() {
        return Ratios.of(errorCount(), requests);
    }

    /** {@link #throttled()} / requests; {@code NaN} (JSON null) before any request. */
    @com.fasterxml.jackson.annotation.JsonProperty("throttle_rate")
    @com.fasterxml.jackson.databind.annotation.JsonSerialize(using = UndefinedAsNullSerializer.class)
    public double throttleRate() {
        return Ratios.of(throttled(), requests);
    }

    /** Requests refused with 429. */
    public long throttled() {
        return errors.getOrDefault(EndpointMetrics.THROTTLED, 0L);
    }
}
