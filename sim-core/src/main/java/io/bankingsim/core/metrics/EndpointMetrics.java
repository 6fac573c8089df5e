package io.bankingsim.core.metrics;

import org.HdrHistogram.ConcurrentHistogram;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;

/**
 * The live counters of one API endpoint: a connector records every request it sends from any
 * thread, and {@link #stats()} copies them for a metrics snapshot. Recording is wait-free
 * (an HdrHistogram {@link ConcurrentHistogram} and {@link LongAdder}s). Thread-safe.
 */
public final class EndpointMetrics {

    /** The request timed out before an answer came. */
    public static final String TIMEOUT = "timeout";
    /** The connection was refused or reset before a request could be sent. */
    public static final String REFUSED = "refused";
    /** 401: the token was missing, invalid or expired. */
    public static final String UNAUTHORIZED = "unauthorized";
    /** 429: rate limited. Counted apart from errors. */
    public static final String THROTTLED = "throttled";
    /** 400: the backend refused the request for a business reason (e.g. insufficient funds). Not an error. */
    public static final String REJECTED = "rejected";
    /** Another 4xx (404, 422...): the request was wrong for the backend. */
    public static final String CLIENT_ERROR = "client_error";
    /** 5xx. */
    public static final String SERVER_ERROR = "server_error";
    /** A 2xx whose body could not be read as the expected JSON. */
    public static final String BAD_BODY = "bad_body";
    /** Any other I/O failure after the request was sent (the answer was lost). */
    public static final String IO = "io";

    /** Every error kind, in report order. */
    public static final List<String> ERROR_KINDS = List.of(TIMEOUT, REFUSED, UNAUTHORIZED, THROTTLED, REJECTED,
            CLIENT_ERROR, SERVER_ERROR, BAD_BODY, IO);

    /** Whether an ended request of {@code kind} counts as an error: every kind but 429s and 400 refusals. */
    public static boolean isError(String kind) {
        return !kind.equals(THROTTLED) && !kind.equals(REJECTED);
    }

    private final String system;
    private final String endpoint;
    private final ConcurrentHistogram latency = new ConcurrentHistogram(1, LatencyHistogram.HIGHEST_MICROS, 3);
    private final LongAdder requests = new LongAdder();
    private final LongAdder ok = new LongAdder();
    private final LongAdder retries = new LongAdder();
    private final LongAdder[] errors = new LongAdder[ERROR_KINDS.size()];

    public EndpointMetrics(String system, String endpoint) {
        this.system = Objects.requireNonNull(system, "system");
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        for (int i = 0; i < errors.length; i++) {
            errors[i] = new LongAdder();
        }
    }

    public String system() {
        return system;
    }

    public String endpoint() {
        return endpoint;
    }

    /** A request was sent; {@code retry} when it repeats an earlier one. */
    public void sent(boolean retry) {
        requests.increment();
        if (retry) {
            retries.increment();
        }
    }

    /** A 2xx answer came after {@code nanos}. */
    public void ok(long nanos) {
        ok.increment();
        recordLatency(nanos);
    }

    /**
     * The request ended in an error of {@code kind} (one of {@link #ERROR_KINDS}); {@code nanos}
     * is its latency when an answer came, or negative when none did (it is then not recorded).
     */
    public void error(String kind, long nanos) {
        int index = ERROR_KINDS.indexOf(kind);
        if (index < 0) {
            throw new IllegalArgumentException("unknown error kind '" + kind + "'; known: " + ERROR_KINDS);
        }
        errors[index].increment();
        if (nanos >= 0) {
            recordLatency(nanos);
        }
    }

    private void recordLatency(long nanos) {
        long micros = (nanos + 500) / 1_000;
        latency.recordValue(Math.min(Math.max(micros, 1), LatencyHistogram.HIGHEST_MICROS));
    }

    /** A copy of the counters now. */
    public EndpointStats stats() {
        Map<String, Long> byKind = new LinkedHashMap<>();
        for (int i = 0; i < errors.length; i++) {
            byKind.put(ERROR_KINDS.get(i), errors[i].sum());
        }
        ConcurrentHistogram copy = latency.copy();
        LatencyStats stats = copy.getTotalCount() == 0 ? LatencyStats.EMPTY
                : new LatencyStats(copy.getTotalCount(), copy.getMean(), copy.getValueAtPercentile(50),
                copy.getValueAtPercentile(90), copy.getValueAtPercentile(99), copy.getValueAtPercentile(99.9),
                copy.getMaxValue());
        return new EndpointStats(system, endpoint, requests.sum(), ok.sum(), byKind, retries.sum(), stats);
    }
}
