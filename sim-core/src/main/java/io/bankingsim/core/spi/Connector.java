package io.bankingsim.core.spi;

import io.bankingsim.core.event.Event;
import io.bankingsim.core.outcome.Outcome;

import java.util.concurrent.CompletableFuture;

/**
 * Delivers events to the systems under test (or to in-process mocks) and reports what they did.
 *
 * <p>Contract: every call to {@link #deliver(Event)} completes its future exactly once with one
 * {@link Outcome} for that event; failures are outcomes with an error status, not exceptional
 * completions (the engine turns an exceptional completion into an error outcome all the same).
 * The engine bounds the number of deliveries in flight. {@code deliver} is called from the
 * engine thread only, in virtual-time order; futures may complete on any thread.
 */
public interface Connector extends AutoCloseable {

    /** Starts delivering one event. Must not block for long: the engine thread calls it. */
    CompletableFuture<Outcome> deliver(Event event);

    /** A human-readable check of the backends, done before the run starts. */
    default Health health() {
        return Health.up("ok");
    }

    /**
     * Per-endpoint API statistics so far (requests, errors by kind, latency), for metric
     * snapshots; empty for a connector that makes no requests. Called from the engine thread
     * while deliveries complete on others: implementations must be thread-safe.
     */
    default java.util.List<io.bankingsim.core.metrics.EndpointStats> endpointStats() {
        return java.util.List.of();
    }

    /**
     * The run is over at virtual instant {@code virtualEnd}: every released event has its
     * outcome. Send what falls due by then (e.g. delayed feedback) and wait for it, before the
     * final metrics are taken. Called once, on the engine thread.
     */
    default void finishRun(java.time.Instant virtualEnd) {
    }

    /** Releases connections and threads. In-flight deliveries have completed when this is called. */
    @Override
    default void close() {
    }

    /**
     * The result of a health check.
     *
     * @param up whether the backends can be used
     * @param detail what was checked, or what is wrong (naming the URL)
     */
    record Health(boolean up, String detail) {
        public static Health up(String detail) {
            return new Health(true, detail);
        }

        public static Health down(String detail) {
            return new Health(false, detail);
        }
    }
}
