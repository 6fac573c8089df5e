package io.bankingsim.core.spi;

import io.bankingsim.core.event.Event;
import io.bankingsim.core.outcome.Outcome;

/**
 * A lazy stream of events in virtual-time order: everyday traffic, or one fraud campaign. The
 * engine merges many sources into one timeline and pulls each event only when it is due, so a
 * source holds only what it needs to produce its next event.
 *
 * <p>Not thread-safe: the engine calls a source from its own loop thread only.
 */
public interface EventSource {

    /** {@link #peekTime()} of a source that has no more events. */
    long EXHAUSTED = Long.MAX_VALUE;

    /**
     * {@link #peekTime()} of a source that cannot tell its next event until the outcomes of its
     * events so far are known (an adaptive attacker deciding whether to go on). The engine
     * releases nothing further until those outcomes have been delivered to
     * {@link #onOutcome(Event, Outcome)}, so the stream stays a function of the outcomes alone.
     */
    long AWAITING_OUTCOMES = Long.MIN_VALUE;

    /**
     * Virtual time of the next event in epoch nanoseconds, {@link #EXHAUSTED} or
     * {@link #AWAITING_OUTCOMES}. Never earlier than the previous event's time.
     */
    long peekTime();

    /** The next event; its time equals the {@link #peekTime()} just before. */
    Event next();

    /** Whether this source wants {@link #onOutcome} calls (adaptive sources). */
    default boolean wantsOutcomes() {
        return false;
    }

    /** The outcome of one of this source's events, on the engine thread. */
    default void onOutcome(Event event, Outcome outcome) {
    }
}
