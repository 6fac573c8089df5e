package io.bankingsim.core.engine;

import io.bankingsim.core.clock.ManualTicker;
import io.bankingsim.core.clock.Ticker;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * How the engine waits for wall time to pass: really (polling its inbox with a timeout), or, on
 * a {@link ManualTicker}, by moving the ticker itself, so that a paced run can be tested without
 * sleeping. Either way a message arriving in the inbox ends the wait.
 */
interface Pacer {

    /** Waits up to {@code nanos} for a message; returns it, or null when the time passed. */
    Object await(BlockingQueue<Object> inbox, long nanos) throws InterruptedException;

    static Pacer forTicker(Ticker ticker) {
        if (ticker instanceof ManualTicker manual) {
            return (inbox, nanos) -> {
                Object message = inbox.poll();
                if (message == null) {
                    manual.advanceNanos(nanos);
                }
                return message;
            };
        }
        return (inbox, nanos) -> inbox.poll(nanos, TimeUnit.NANOSECONDS);
    }
}
