package io.bankingsim.core;

import io.bankingsim.core.event.Event;
import io.bankingsim.core.outcome.Outcome;
import io.bankingsim.core.spi.SimulationObserver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps every released event and its outcome for the {@link SimulationResult}, up to a limit.
 * Called on the engine thread only.
 */
final class ResultCollector implements SimulationObserver {

    private final int limit;
    private final List<Event> events = new ArrayList<>();
    private final Map<String, EventRecord> byId = new HashMap<>();
    private boolean truncated;

    ResultCollector(int limit) {
        this.limit = limit;
    }

    @Override
    public void onEvent(Event event) {
        if (events.size() < limit) {
            events.add(event);
        } else if (limit > 0) {
            truncated = true;
        }
    }

    @Override
    public void onOutcome(Event event, Outcome outcome, long responseNanos) {
        if (limit > 0 && byId.size() < limit) {
            EventRecord previous = byId.put(event.id(), new EventRecord(event, outcome, responseNanos));
            if (previous != null) {
                throw new IllegalStateException("two outcomes for event " + event.id());
            }
        }
    }

    /** The recorded events with their outcomes, in release order. */
    List<EventRecord> records() {
        List<EventRecord> out = new ArrayList<>(events.size());
        for (Event e : events) {
            EventRecord r = byId.get(e.id());
            if (r == null) {
                throw new IllegalStateException("event " + e.id() + " has no outcome");
            }
            out.add(r);
        }
        return out;
    }

    boolean truncated() {
        return truncated;
    }
}
