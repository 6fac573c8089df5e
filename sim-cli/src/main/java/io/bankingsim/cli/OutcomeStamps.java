package io.bankingsim.cli;

import io.bankingsim.core.event.Event;
import io.bankingsim.core.event.Transaction;
import io.bankingsim.core.outcome.Outcome;
import io.bankingsim.core.spi.SimulationObserver;

import java.util.concurrent.ConcurrentHashMap;

/**
 * For {@code bench dashboard}: remembers when ({@link System#nanoTime()}) the engine delivered
 * each transaction's outcome to the observers, by event id, so that a client can tell how long
 * the transaction took to reach it. Registered before the dashboard's observer, it stamps each
 * outcome just before the dashboard sees it.
 *
 * <p>Bounded: at most {@value #CAPACITY} stamps are kept (outcomes beyond that are not stamped
 * and show as unmatched), and {@link #forgetOlderThan} drops old ones. It allocates one map entry
 * per transaction on the engine thread: a cost a bench accepts, not one for production paths.
 *
 * <p>Thread-safety: the observer method runs on the engine thread; {@link #stampOf} and
 * {@link #forgetOlderThan} may be called from any thread.
 */
final class OutcomeStamps implements SimulationObserver {

    /** The most stamps kept at once. */
    static final int CAPACITY = 1 << 20;

    private final ConcurrentHashMap<String, Long> stamps = new ConcurrentHashMap<>();

    @Override
    public void onOutcome(Event event, Outcome outcome, long responseNanos) {
        if (event instanceof Transaction && stamps.mappingCount() < CAPACITY) {
            stamps.put(event.id(), System.nanoTime());
        }
    }

    /** When the outcome of event {@code id} was delivered ({@link System#nanoTime()}), or 0 if unknown. */
    long stampOf(String id) {
        Long stamp = stamps.get(id);
        return stamp == null ? 0 : stamp;
    }

    /** Forgets the stamps taken more than {@code nanos} ago. */
    void forgetOlderThan(long nanos) {
        long cutoff = System.nanoTime() - nanos;
        stamps.values().removeIf(stamp -> stamp - cutoff < 0);
    }
}
