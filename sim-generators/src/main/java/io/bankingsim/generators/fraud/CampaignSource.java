package io.bankingsim.generators.fraud;

import io.bankingsim.core.clock.VirtualClock;
import io.bankingsim.core.event.Event;
import io.bankingsim.core.spi.EventSource;

import java.util.List;
import java.util.NoSuchElementException;

/**
 * The events of one campaign, made in full when the campaign opens (campaigns are small) and
 * handed out in time order. Not thread-safe (one owner: the engine loop).
 */
final class CampaignSource implements EventSource {

    private final Event[] events;
    private int next;

    CampaignSource(List<Event> inTimeOrder) {
        this.events = inTimeOrder.toArray(Event[]::new);
    }

    @Override
    public long peekTime() {
        return next < events.length ? VirtualClock.toNanos(events[next].time()) : EXHAUSTED;
    }

    @Override
    public Event next() {
        if (next >= events.length) {
            throw new NoSuchElementException("campaign is over");
        }
        return events[next++];
    }
}
