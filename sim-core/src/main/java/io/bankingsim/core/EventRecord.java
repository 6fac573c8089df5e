package io.bankingsim.core;

import io.bankingsim.core.event.Event;
import io.bankingsim.core.event.GroundTruth;
import io.bankingsim.core.outcome.Outcome;

import java.util.Objects;

/**
 * One event of a finished run with its outcome and ground truth. Immutable.
 *
 * @param event what happened, with its ground truth
 * @param outcome what the systems under test did with it
 * @param responseNanos wall time from the event's due instant to its outcome
 */
public record EventRecord(Event event, Outcome outcome, long responseNanos) {
    public EventRecord {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** The event's ground truth. */
    public GroundTruth truth() {
        return event.truth();
    }
}
