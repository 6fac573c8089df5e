package io.bankingsim.core.clock;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link Ticker} that moves only when told to: for tests of paced runs without sleeping.
 * Thread-safe.
 */
public final class ManualTicker implements Ticker {

    private final AtomicLong nanos = new AtomicLong();

    @Override
    public long nanos() {
        return nanos.get();
    }

    /** Moves wall time forward. */
    public void advance(Duration duration) {
        advanceNanos(duration.toNanos());
    }

    /** Moves wall time forward by {@code delta} nanoseconds (zero or more). */
    public void advanceNanos(long delta) {
        if (delta < 0) {
            throw new IllegalArgumentException("wall time cannot go back: " + delta);
        }
        nanos.addAndGet(delta);
    }
}
