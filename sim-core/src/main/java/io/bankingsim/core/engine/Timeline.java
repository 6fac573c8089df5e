package io.bankingsim.core.engine;

import io.bankingsim.core.event.Event;
import io.bankingsim.core.spi.EventSource;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The virtual timeline: many lazy {@link EventSource}s merged into one stream in time order.
 * Ties are broken by the order in which sources were added, so the merged stream is a pure
 * function of the sources. Sources that await outcomes are parked until told to go on.
 * Not thread-safe: owned by the engine loop.
 */
final class Timeline {

    private record Entry(long time, long order, EventSource source) implements Comparable<Entry> {
        @Override
        public int compareTo(Entry o) {
            int c = Long.compare(time, o.time);
            return c != 0 ? c : Long.compare(order, o.order);
        }
    }

    private final PriorityQueue<Entry> queue = new PriorityQueue<>();
    private final List<Entry> awaiting = new ArrayList<>();
    private long nextOrder;

    /** Adds a source; it takes part from its next event on. */
    void add(EventSource source) {
        schedule(source, nextOrder++);
    }

    private void schedule(EventSource source, long order) {
        long t = source.peekTime();
        if (t == EventSource.EXHAUSTED) {
            return;
        }
        if (t == EventSource.AWAITING_OUTCOMES) {
            awaiting.add(new Entry(t, order, source));
            return;
        }
        queue.add(new Entry(t, order, source));
    }

    /** True while some source waits for outcomes: nothing may be released until it has them. */
    boolean hasAwaiting() {
        return !awaiting.isEmpty();
    }

    /** Re-examines parked sources after outcomes were delivered to them. */
    void recheckAwaiting() {
        if (awaiting.isEmpty()) {
            return;
        }
        List<Entry> parked = new ArrayList<>(awaiting);
        awaiting.clear();
        for (Entry e : parked) {
            schedule(e.source, e.order);
        }
    }

    /** Gives up on parked sources (their outcomes will never come). */
    void dropAwaiting() {
        awaiting.clear();
    }

    /** Time of the next event in epoch nanos, or {@link EventSource#EXHAUSTED}. */
    long peekTime() {
        Entry head = queue.peek();
        return head == null ? EventSource.EXHAUSTED : head.time;
    }

    /** Takes the next event; the caller has checked {@link #peekTime()}. */
    Released next() {
        Entry head = queue.poll();
        if (head == null) {
            throw new IllegalStateException("timeline is empty");
        }
        Event event = head.source.next();
        schedule(head.source, head.order);
        return new Released(event, head.source);
    }

    /** An event with the source that made it (for feedback to adaptive sources). */
    record Released(Event event, EventSource source) {
    }
}
