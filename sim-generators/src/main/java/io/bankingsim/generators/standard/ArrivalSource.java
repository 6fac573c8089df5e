package io.bankingsim.generators.standard;

import io.bankingsim.core.event.Event;
import io.bankingsim.core.spi.EventSource;
import io.bankingsim.core.traffic.PoissonArrivals;

import java.util.NoSuchElementException;

/**
 * A source driven by a Poisson process whose arrivals may each make several events, some of them
 * before the arrival (a login a few minutes before its transaction) or after it. Events wait in an
 * {@link EventQueue}; arrivals are generated ahead until none still to come could make an event
 * before the head of the queue ({@code lead}: how long before its arrival an event may come).
 * Not thread-safe (one owner: the engine loop).
 */
abstract class ArrivalSource implements EventSource {

    private final PoissonArrivals arrivals;
    private final long lead;
    private final String name;
    /** What the arrivals made, in time order. */
    final EventQueue pending = new EventQueue();
    private long nextArrival;

    ArrivalSource(PoissonArrivals arrivals, long lead, String name) {
        this.arrivals = arrivals;
        this.lead = lead;
        this.name = name;
        this.nextArrival = arrivals.next();
    }

    /** Makes the events of the arrival at {@code nanos} and adds them to {@link #pending}. */
    abstract void arrive(long nanos);

    /** Called with the event about to be handed out (after {@link EventQueue#poll}). */
    void handingOut(Event event) {
    }

    @Override
    public final long peekTime() {
        fill();
        return pending.isEmpty() ? EXHAUSTED : pending.peekTime();
    }

    @Override
    public final Event next() {
        fill();
        if (pending.isEmpty()) {
            throw new NoSuchElementException(name + " source is exhausted");
        }
        Event event = pending.poll();
        handingOut(event);
        return event;
    }

    private void fill() {
        while (nextArrival != Long.MAX_VALUE && (pending.isEmpty() || nextArrival - lead <= pending.peekTime())) {
            arrive(nextArrival);
            nextArrival = arrivals.next();
        }
    }
}
