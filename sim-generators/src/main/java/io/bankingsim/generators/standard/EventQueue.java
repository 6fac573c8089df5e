package io.bankingsim.generators.standard;

import io.bankingsim.core.event.Event;

import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * Events generated ahead of their time, handed out in time order (ties in the order they were
 * added), each with an optional customer to activate when it is handed out. The sources that make
 * an event and, later, an earlier one (a login before the transaction it leads to) keep what they
 * made here. Not thread-safe (engine thread).
 */
final class EventQueue {

    /** {@link #activates()} of an event that activates nobody. */
    static final int NOBODY = -1;

    private record Entry(long time, long order, Event event, int activates) {
    }

    private final PriorityQueue<Entry> entries = new PriorityQueue<>((a, b) -> a.time != b.time
            ? Long.compare(a.time, b.time) : Long.compare(a.order, b.order));
    private long order;
    private Entry taken;

    void add(long time, Event event) {
        add(time, event, NOBODY);
    }

    void add(long time, Event event, int activates) {
        entries.add(new Entry(time, order++, event, activates));
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Time of the earliest event, or {@code Long.MAX_VALUE} when empty. */
    long peekTime() {
        Entry head = entries.peek();
        return head == null ? Long.MAX_VALUE : head.time;
    }

    /** The earliest event; {@link #activates()} then tells whom it activates. */
    Event poll() {
        taken = entries.poll();
        if (taken == null) {
            throw new NoSuchElementException("no event generated ahead");
        }
        return taken.event;
    }

    /** The customer the event last polled activates, or {@link #NOBODY}. */
    int activates() {
        return taken == null ? NOBODY : taken.activates;
    }
}
