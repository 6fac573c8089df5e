package io.bankingsim.connectors.http;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A client-side cap on requests per second (Nexum limits requests per client IP), and a shared
 * pause after a 429 so that one throttled request holds back the others instead of every
 * request hitting the limit in turn. Requests get evenly spaced slots; waiting is asynchronous
 * (no thread sleeps). Thread-safe.
 */
final class RateLimiter {

    private static final CompletableFuture<Void> NOW = CompletableFuture.completedFuture(null);

    private final long intervalNanos;
    private long nextFree = Long.MIN_VALUE;
    private long pausedUntil = Long.MIN_VALUE;

    /** A limiter for {@code maxPerSecond} requests a second; 0 caps nothing (but still pauses after 429). */
    RateLimiter(double maxPerSecond) {
        this.intervalNanos = maxPerSecond <= 0 ? 0 : Math.max(1, Math.round(1e9 / maxPerSecond));
    }

    /** Completes when the next request may be sent. */
    CompletableFuture<Void> acquire() {
        long delay;
        synchronized (this) {
            long now = System.nanoTime();
            long slot = Math.max(now, Math.max(nextFree, pausedUntil));
            if (intervalNanos > 0) {
                nextFree = slot + intervalNanos;
            }
            delay = slot - now;
        }
        if (delay <= 0) {
            return NOW;
        }
        return CompletableFuture.runAsync(() -> { }, CompletableFuture.delayedExecutor(delay, TimeUnit.NANOSECONDS));
    }

    /** Holds every request back for {@code nanos} from now (after a 429). */
    synchronized void pause(long nanos) {
        pausedUntil = Math.max(pausedUntil, System.nanoTime() + nanos);
    }
}
