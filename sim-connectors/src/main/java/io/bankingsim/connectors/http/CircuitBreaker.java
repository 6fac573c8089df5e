package io.bankingsim.connectors.http;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Keeps a dead backend from being hammered. After {@value #THRESHOLD} failures in a row
 * (refused, timed out, broken connection; a 5xx comes from a live server and does not count) the circuit opens: no request is sent, deliveries
 * wait, and only a health probe is made, every second at first and then every
 * {@value #MAX_PROBE_SECONDS} s. The first successful probe (or answer) closes it and the waiting
 * deliveries go on, so a backend restarted within {@code maxOutage} loses no event. After
 * {@code maxOutage} of outage waiting deliveries fail, and new ones fail at once, with a message
 * naming the URL, until a probe succeeds. Thread-safe.
 */
final class CircuitBreaker {

    static final int THRESHOLD = 5;
    static final int MAX_PROBE_SECONDS = 5;

    private static final System.Logger LOG = System.getLogger(CircuitBreaker.class.getName());

    /** Thrown (as the cause of a failed {@link #ready()}) when the outage outlasted its budget. */
    static final class OutageException extends RuntimeException {
        OutageException(String message) {
            super(message, null, false, false);
        }
    }

    private final String name;
    private final long maxOutageNanos;
    private final Supplier<CompletableFuture<Boolean>> probe;
    private int failures;
    private boolean open;
    private boolean givenUp;
    private long openedAt;
    private CompletableFuture<Void> closed = CompletableFuture.completedFuture(null);
    private long opened;

    /**
     * @param name the backend and its URL, e.g. {@code Nexum at http://localhost:8090}
     * @param maxOutageSeconds how long deliveries wait for the backend to come back
     * @param probe checks the backend; completes with true when it answers
     */
    CircuitBreaker(String name, int maxOutageSeconds, Supplier<CompletableFuture<Boolean>> probe) {
        this.name = name;
        this.maxOutageNanos = TimeUnit.SECONDS.toNanos(maxOutageSeconds);
        this.probe = probe;
    }

    /** Completes when requests may be sent; fails with {@link OutageException} once the outage is too long. */
    synchronized CompletableFuture<Void> ready() {
        if (givenUp) {
            return CompletableFuture.failedFuture(outage());
        }
        return closed;
    }

    /** An answer came (of any status but 5xx, which leaves the circuit as it is). */
    void success() {
        CompletableFuture<Void> release = null;
        synchronized (this) {
            failures = 0;
            if (open) {
                open = false;
                givenUp = false;
                release = closed;
                closed = CompletableFuture.completedFuture(null);
                LOG.log(System.Logger.Level.WARNING, name + " answers again after "
                        + (System.nanoTime() - openedAt) / 1_000_000 + " ms; deliveries go on");
            }
        }
        if (release != null) {
            release.complete(null);
        }
    }

    /** A request failed in a way that suggests the backend is down. */
    void failure() {
        synchronized (this) {
            failures++;
            if (open || failures < THRESHOLD) {
                return;
            }
            open = true;
            opened++;
            openedAt = System.nanoTime();
            closed = new CompletableFuture<>();
            LOG.log(System.Logger.Level.WARNING, name + " failed " + failures + " requests in a row: circuit open;"
                    + " deliveries wait up to " + maxOutageNanos / 1_000_000_000L + " s for it to come back");
        }
        scheduleProbe(1);
    }

    /** How many times the circuit has opened. */
    synchronized long timesOpened() {
        return opened;
    }

    /** Whether the circuit is open now. */
    synchronized boolean isOpen() {
        return open;
    }

    private void scheduleProbe(int delaySeconds) {
        CompletableFuture.delayedExecutor(delaySeconds, TimeUnit.SECONDS).execute(() -> probe.get()
                .exceptionally(e -> false)
                .thenAccept(up -> {
                    if (up) {
                        success();
                        return;
                    }
                    CompletableFuture<Void> fail = null;
                    synchronized (this) {
                        if (!open) {
                            return;
                        }
                        if (!givenUp && System.nanoTime() - openedAt >= maxOutageNanos) {
                            givenUp = true;
                            fail = closed;
                            LOG.log(System.Logger.Level.ERROR, name + " has not answered for "
                                    + maxOutageNanos / 1_000_000_000L + " s: deliveries to it now fail");
                        }
                    }
                    if (fail != null) {
                        fail.completeExceptionally(outage());
                    }
                    scheduleProbe(Math.min(MAX_PROBE_SECONDS, delaySeconds * 2));
                }));
    }

    private OutageException outage() {
        return new OutageException(name + " has not answered for " + maxOutageNanos / 1_000_000_000L
                + " s or more (circuit open)");
    }
}
