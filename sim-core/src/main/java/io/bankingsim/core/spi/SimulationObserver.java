package io.bankingsim.core.spi;

import io.bankingsim.core.event.Event;
import io.bankingsim.core.metrics.MetricsSnapshot;
import io.bankingsim.core.outcome.Outcome;

/**
 * Sees a run as it happens: each event when it is released (in virtual-time order), each outcome
 * when it arrives, periodic metric snapshots, and the end. Event logs, the dashboard and the
 * console progress line are observers.
 *
 * <p>All methods are called on the engine thread, one at a time: an observer needs no locking of
 * its own, but must be quick (buffer, do not block) or it slows the whole simulation.
 */
public interface SimulationObserver {

    /** The run is about to release its first event. */
    default void onStart(RunContext context) {
    }

    /** An event was released to the connector. */
    default void onEvent(Event event) {
    }

    /** The outcome of an event arrived. {@code responseNanos} counts from the event's due time. */
    default void onOutcome(Event event, Outcome outcome, long responseNanos) {
    }

    /** A periodic snapshot of the metrics. */
    default void onSnapshot(MetricsSnapshot snapshot) {
    }

    /**
     * The run is over and every event has its outcome: flush and close. Exceptions here are
     * reported but do not stop other observers from finishing.
     */
    default void onFinish(MetricsSnapshot finalSnapshot) throws Exception {
    }
}
