package io.bankingsim.core.testkit;

import io.bankingsim.core.event.Event;
import io.bankingsim.core.event.Transaction;
import io.bankingsim.core.outcome.Decision;
import io.bankingsim.core.outcome.Outcome;
import io.bankingsim.core.outcome.Status;
import io.bankingsim.core.spi.Connector;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A connector for the core's tests. Synchronous by default (every answer is ready at once); in
 * asynchronous mode it keeps the futures for the test to complete, and counts the most
 * deliveries it ever had outstanding. Thread-safe.
 */
public final class ScriptedConnector implements Connector {

    private final boolean async;
    private final Function<Event, Decision> decide;
    private final Queue<Pending> pending = new ConcurrentLinkedQueue<>();
    private final AtomicInteger outstanding = new AtomicInteger();
    private final AtomicInteger maxOutstanding = new AtomicInteger();
    private final AtomicInteger delivered = new AtomicInteger();
    private volatile boolean closed;

    /** A delivery waiting for the test to answer it. */
    public record Pending(Event event, CompletableFuture<Outcome> future) {
    }

    private ScriptedConnector(boolean async, Function<Event, Decision> decide) {
        this.async = async;
        this.decide = decide;
    }

    /** Answers at once: declines fraud-looking purchases under 2.00, approves the rest. */
    public static ScriptedConnector synchronous() {
        return new ScriptedConnector(false, ScriptedConnector::smallAmountRule);
    }

    /** Answers at once with the given decision rule. */
    public static ScriptedConnector synchronous(Function<Event, Decision> decide) {
        return new ScriptedConnector(false, decide);
    }

    /** Keeps every delivery pending until the test answers it. */
    public static ScriptedConnector asynchronous() {
        return new ScriptedConnector(true, ScriptedConnector::smallAmountRule);
    }

    private static Decision smallAmountRule(Event e) {
        return e instanceof Transaction t && t.amount().minorUnits() < 200 ? Decision.DECLINE : Decision.APPROVE;
    }

    @Override
    public CompletableFuture<Outcome> deliver(Event event) {
        delivered.incrementAndGet();
        int now = outstanding.incrementAndGet();
        maxOutstanding.accumulateAndGet(now, Math::max);
        if (!async) {
            outstanding.decrementAndGet();
            return CompletableFuture.completedFuture(answer(event));
        }
        CompletableFuture<Outcome> f = new CompletableFuture<>();
        pending.add(new Pending(event, f));
        return f;
    }

    /** The outcome this connector gives an event. */
    public Outcome answer(Event event) {
        Decision d = decide.apply(event);
        return new Outcome(event.id(), Status.OK, d, d == Decision.DECLINE ? 0.9 : 0.1, List.of(),
                d != Decision.DECLINE, 1000, "");
    }

    /** Answers the oldest pending delivery; false if none is pending. */
    public boolean answerOne() {
        Pending p = pending.poll();
        if (p == null) {
            return false;
        }
        outstanding.decrementAndGet();
        p.future().complete(answer(p.event()));
        return true;
    }

    public int outstanding() {
        return outstanding.get();
    }

    public int maxOutstanding() {
        return maxOutstanding.get();
    }

    public int delivered() {
        return delivered.get();
    }

    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        closed = true;
    }
}
