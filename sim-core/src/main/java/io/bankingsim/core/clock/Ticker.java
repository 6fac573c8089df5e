package io.bankingsim.core.clock;

/**
 * A source of wall-clock nanoseconds for measuring elapsed time, like {@link System#nanoTime()}.
 * Injected so that paced runs can be tested without waiting: see {@link ManualTicker}.
 * Implementations are thread-safe.
 */
@FunctionalInterface
public interface Ticker {

    /** Nanoseconds from an arbitrary origin; only differences are meaningful. */
    long nanos();

    /** The system's monotonic clock. */
    static Ticker system() {
        return System::nanoTime;
    }
}
