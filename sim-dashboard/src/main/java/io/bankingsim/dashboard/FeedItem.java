package io.bankingsim.dashboard;

import io.bankingsim.core.event.Event;
import io.bankingsim.core.outcome.Outcome;

/**
 * One event with its outcome, as kept for the live feed and the fraud alerts. Immutable.
 *
 * @param seq position in the ring it was written to
 * @param event the event
 * @param outcome what the systems under test did with it
 * @param responseNanos time from the event's due instant to its outcome
 */
record FeedItem(long seq, Event event, Outcome outcome, long responseNanos) {
}
