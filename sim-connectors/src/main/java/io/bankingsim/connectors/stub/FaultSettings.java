package io.bankingsim.connectors.stub;

/**
 * The faults a stub server injects into the requests it answers. Immutable and thread-safe.
 *
 * <p>Each request that faults apply to draws, in arrival order, from a random stream seeded with
 * the stub's seed: with probability {@code errorRate} it is answered
 * {@code 503 {"detail": "Injected fault"}} without being processed; with probability
 * {@code timeoutRate} it hangs for {@code hangMs}: half of those are processed first and then
 * answered late ("answer lost"), the other half are answered {@code 504} without being processed
 * ("request lost"). {@code latencyMs} is added before every answer. docs/stubs.md lists which
 * endpoints each fault applies to.
 *
 * @param latencyMs milliseconds added before answering; 0 or more
 * @param errorRate fraction of requests answered 503, 0..1
 * @param timeoutRate fraction of requests that hang, 0..1; {@code errorRate + timeoutRate <= 1}
 * @param hangMs how long a hanging request hangs, in milliseconds; 0 or more
 */
public record FaultSettings(long latencyMs, double errorRate, double timeoutRate, long hangMs) {

    /** How long a request hangs unless told otherwise: one minute. */
    public static final long DEFAULT_HANG_MS = 60_000;

    /** No fault at all. */
    public static final FaultSettings NONE = new FaultSettings(0, 0, 0, DEFAULT_HANG_MS);

    public FaultSettings {
        if (latencyMs < 0) {
            throw new IllegalArgumentException("latencyMs must be 0 or more, not " + latencyMs);
        }
        if (hangMs < 0) {
            throw new IllegalArgumentException("hangMs must be 0 or more, not " + hangMs);
        }
        requireFraction("errorRate", errorRate);
        requireFraction("timeoutRate", timeoutRate);
        if (errorRate + timeoutRate > 1 + 1e-9) {
            throw new IllegalArgumentException("errorRate + timeoutRate must be at most 1, not "
                    + errorRate + " + " + timeoutRate);
        }
    }

    private static void requireFraction(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be a fraction from 0 to 1, not " + value);
        }
    }
}
