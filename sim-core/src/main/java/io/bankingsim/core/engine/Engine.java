package io.bankingsim.core.engine;

import io.bankingsim.core.clock.Ticker;
import io.bankingsim.core.clock.VirtualClock;
import io.bankingsim.core.event.Event;
import io.bankingsim.core.metrics.MetricsRecorder;
import io.bankingsim.core.metrics.MetricsSnapshot;
import io.bankingsim.core.outcome.Outcome;
import io.bankingsim.core.spi.Connector;
import io.bankingsim.core.spi.EventSource;
import io.bankingsim.core.spi.SimulationObserver;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The discrete-event engine: releases the timeline's events when the virtual clock reaches them,
 * hands each to the connector with a bounded number in flight, and collects exactly one outcome
 * per released event.
 *
 * <p>One thread, the loop, owns all simulation state (timeline, planner, metrics, observers);
 * other threads only post messages to its inbox (outcomes from the connector, control requests)
 * or read the clock and the published snapshot. When the pipeline is full the clock is held, so
 * virtual time slows instead of events being dropped or bunched (backpressure).
 */
public final class Engine {

    private static final System.Logger LOG = System.getLogger(Engine.class.getName());
    /** Lateness (wall) beyond which a paced run holds its clock to catch up instead of bunching. */
    private static final long MAX_LATENESS_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    /**
     * How long a run that was asked to stop (Ctrl-C, the dashboard) waits for answers at most:
     * a stop must be prompt even when the backends are down and deliveries sit in backoff, so
     * the files can be flushed; what has not answered by then is recorded as unknown.
     */
    static final long STOP_DRAIN_NANOS = TimeUnit.SECONDS.toNanos(10);

    /** Wakes the loop so it re-reads the clock and the stop flag. */
    private static final Object WAKE_UP = new Object();

    /**
     * A released event waiting for its answer: the adaptive source to tell (or null) and the wall
     * instant it became due. Identity equality: it is a key of the pending set.
     */
    private static final class Pending {
        final Event event;
        final EventSource source;
        final long dueWall;

        Pending(Event event, EventSource source, long dueWall) {
            this.event = event;
            this.source = source;
            this.dueWall = dueWall;
        }
    }

    /** The answer to a pending delivery, posted to the inbox by the connector's thread. */
    private record Answer(Pending pending, Outcome outcome, Throwable error) {
    }

    private final EngineConfig config;
    private final VirtualClock clock;
    private final Ticker ticker;
    private final Pacer pacer;
    private final Timeline timeline = new Timeline();
    private final CampaignPlanner planner;
    private final Connector connector;
    private final List<SimulationObserver> observers;
    private final MetricsRecorder metrics;
    private final BlockingQueue<Object> inbox = new LinkedBlockingQueue<>();
    private final long endNanos;

    private volatile boolean stopRequested;
    private volatile MetricsSnapshot latest;
    private volatile EngineState state = EngineState.CREATED;
    private volatile int inFlight;
    private final java.util.Set<Pending> pendings = new java.util.HashSet<>();
    private long nextSnapshotWall;
    private long headDueWall = -1;
    private boolean lagHold;
    private boolean capacityHold;
    private RuntimeException failure;

    Engine(EngineConfig config, VirtualClock clock, List<EventSource> sources, CampaignPlanner planner,
           Connector connector, List<SimulationObserver> observers, MetricsRecorder metrics) {
        this.config = config;
        this.clock = clock;
        this.ticker = clock.ticker();
        this.pacer = Pacer.forTicker(ticker);
        this.planner = planner;
        this.connector = connector;
        this.observers = List.copyOf(observers);
        this.metrics = metrics;
        this.endNanos = VirtualClock.toNanos(config.scenario().end());
        sources.forEach(timeline::add);
    }

    /**
     * Assembles an engine for one run.
     *
     * @param context the run (effective scenario, clock, output folder)
     * @param maxInFlight deliveries in flight at most
     * @param snapshotInterval wall time between metric snapshots
     * @param drainTimeout how long a stopping run waits for answers to deliveries in flight
     * @param world the generated world and its genuine event sources
     * @param patterns the scenario's fraud patterns, each with its implementation at the same index
     * @param implementations the pattern implementations
     * @param connector where events are delivered
     * @param observers who sees the run, called in this order
     * @param metrics the recorder the engine feeds
     */
    public static Engine create(io.bankingsim.core.spi.RunContext context, int maxInFlight,
                                java.time.Duration snapshotInterval, java.time.Duration drainTimeout,
                                io.bankingsim.core.spi.TrafficGenerator.GeneratedWorld world,
                                List<io.bankingsim.core.scenario.PatternSettings> patterns,
                                List<io.bankingsim.core.spi.FraudPattern> implementations, Connector connector,
                                List<SimulationObserver> observers, MetricsRecorder metrics) {
        EngineConfig config = new EngineConfig(context, maxInFlight, snapshotInterval.toNanos(), drainTimeout.toNanos());
        CampaignPlanner planner = new CampaignPlanner(context.scenario(), world.world(), patterns, implementations,
                world.expectedScheduledTransactions());
        return new Engine(config, context.clock(), world.sources(), planner, connector, observers, metrics);
    }

    /** The expected number of fraudulent transactions the run's campaign plan makes. */
    public double expectedFraudTransactions() {
        return planner.expectedFraudTransactions();
    }

    /** The engine's lifecycle. */
    public enum EngineState {
        CREATED, RUNNING, PAUSED, STOPPING, FINISHED, STOPPED, FAILED;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Current state; paused is derived from the clock. Thread-safe. */
    public EngineState state() {
        EngineState s = state;
        return s == EngineState.RUNNING && clock.isPaused() ? EngineState.PAUSED : s;
    }

    /** The latest published metrics snapshot (null before the first). Thread-safe. */
    public MetricsSnapshot latestSnapshot() {
        return latest;
    }

    /** Events currently being delivered. Thread-safe (approximate while running). */
    public int inFlight() {
        return inFlight;
    }

    /** Asks the loop to stop releasing events; in-flight deliveries are still awaited. Thread-safe. */
    public void requestStop() {
        stopRequested = true;
        inbox.add(WAKE_UP);
    }

    /** Wakes the loop after a clock change made from another thread. Thread-safe. */
    public void wakeUp() {
        inbox.add(WAKE_UP);
    }

    /**
     * Runs the simulation on the calling thread until the end of the scenario or a stop request.
     * Returns the final snapshot. Observer failures stop the run and are rethrown at the end,
     * after every released event has its outcome and every observer has been closed.
     */
    public MetricsSnapshot run() throws InterruptedException {
        state = EngineState.RUNNING;
        nextSnapshotWall = ticker.nanos() + config.snapshotIntervalNanos();
        try {
            forEachObserver(o -> o.onStart(config.runContext()));
            if (failure == null) {
                loop();
            }
        } catch (RuntimeException e) {
            fail(e);
        } finally {
            try {
                drain();
            } catch (RuntimeException e) {
                fail(e);
            } finally {
                finish();
            }
        }
        if (failure != null) {
            throw failure;
        }
        return latest;
    }

    /** Publishes the last snapshot and lets every observer flush, whatever happened before. */
    private void finish() {
        clock.release();
        clock.stop();
        boolean finished = !stopRequested && failure == null;
        try {
            connector.finishRun(clock.instant());
        } catch (RuntimeException e) {
            fail(e);
        }
        state = failure != null ? EngineState.FAILED : finished ? EngineState.FINISHED : EngineState.STOPPED;
        MetricsSnapshot last = publishSnapshot();
        for (SimulationObserver o : observers) {
            try {
                o.onFinish(last);
            } catch (Exception e) {
                fail(new IllegalStateException("observer " + o.getClass().getName() + " failed to finish: "
                        + e.getMessage(), e));
            }
        }
    }

    /**
     * Records the run's first failure (later ones are attached to it) and stops releasing events;
     * events already released still get their outcomes, and observers still finish.
     */
    private void fail(RuntimeException e) {
        if (failure == null) {
            failure = e;
        } else if (failure != e) {
            failure.addSuppressed(e);
        }
        stopRequested = true;
    }

    private void loop() throws InterruptedException {
        while (!stopRequested) {
            Object message = inbox.poll();
            if (message != null) {
                handle(message);
                continue;
            }
            maybeSnapshot();
            if (clock.isPaused()) {
                releaseHolds();
                handle(awaitMessage(Long.MAX_VALUE));
                continue;
            }
            while (planner.nextStart() <= timeline.peekTime() && planner.nextStart() < endNanos) {
                timeline.add(planner.launch());
            }
            if (timeline.hasAwaiting()) {
                if (inFlight == 0) {
                    timeline.recheckAwaiting();
                    if (timeline.hasAwaiting()) {
                        LOG.log(System.Logger.Level.WARNING, "a source awaits outcomes but none is pending; dropping it");
                        timeline.dropAwaiting();
                    }
                    continue;
                }
                handle(awaitMessage(Long.MAX_VALUE));
                continue;
            }
            if (capacityHold && inFlight < config.maxInFlight()) {
                capacityHold = false;
                if (!lagHold) {
                    clock.release();
                }
            }
            long head = timeline.peekTime();
            if (head >= endNanos) {
                if (!reachEnd()) {
                    continue;
                }
                return;
            }
            long wait = clock.wallNanosUntil(head);
            if (wait > 0 && !lagHold) {
                handle(awaitMessage(wait));
                continue;
            }
            if (headDueWall < 0) {
                headDueWall = ticker.nanos();
            }
            if (inFlight >= config.maxInFlight()) {
                if (!capacityHold) {
                    capacityHold = true;
                    clock.hold();
                }
                handle(awaitMessage(Long.MAX_VALUE));
                continue;
            }
            release(head);
        }
    }

    /** Waits for virtual time to reach the end once the timeline is done; true when it has. */
    private boolean reachEnd() throws InterruptedException {
        releaseHolds();
        if (clock.speed().isMax()) {
            clock.advanceTo(config.scenario().end());
            clock.stop();
            return true;
        }
        long wait = clock.wallNanosUntil(endNanos);
        if (wait == 0) {
            clock.stopAt(config.scenario().end());
            return true;
        }
        handle(awaitMessage(wait));
        return false;
    }

    private void releaseHolds() {
        if (capacityHold || lagHold) {
            capacityHold = false;
            lagHold = false;
            clock.release();
        }
    }

    private void release(long head) {
        long now = ticker.nanos();
        if (clock.speed().isMax()) {
            clock.advanceTo(VirtualClock.fromNanos(head));
        } else {
            long lateVirtual = clock.epochNanos() - head;
            long lateWall = (long) (lateVirtual / clock.speed().multiplier());
            if (lagHold && lateVirtual <= 0) {
                lagHold = false;
                clock.release();
            } else if (!lagHold && lateWall > MAX_LATENESS_NANOS) {
                lagHold = true;
                clock.hold();
            }
            headDueWall = Math.min(headDueWall, now - Math.max(0, lateWall));
        }
        long due = headDueWall;
        headDueWall = -1;
        Timeline.Released released = timeline.next();
        Event event = released.event();
        metrics.onReleased(event);
        forEachObserver(o -> o.onEvent(event));
        inFlight++;
        EventSource source = released.source().wantsOutcomes() ? released.source() : null;
        CompletableFuture<Outcome> future;
        try {
            future = connector.deliver(event);
        } catch (RuntimeException e) {
            future = CompletableFuture.failedFuture(e);
        }
        Pending pending = new Pending(event, source, due);
        if (future.isDone()) {
            Outcome answer = null;
            Throwable error = null;
            try {
                answer = future.join();
            } catch (RuntimeException e) {
                error = e;
            }
            complete(pending, answer, error);
        } else {
            pendings.add(pending);
            future.whenComplete((o, e) -> inbox.add(new Answer(pending, o, e)));
        }
    }

    private void handle(Object message) {
        if (message instanceof Answer a && pendings.remove(a.pending())) {
            complete(a.pending(), a.outcome(), a.error());
        }
    }

    /** Records the one outcome of a released event; a missing or foreign answer becomes an error. */
    private void complete(Pending p, Outcome answer, Throwable error) {
        inFlight--;
        Outcome outcome = answer;
        if (outcome == null || !outcome.eventId().equals(p.event.id())) {
            Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                    ? error.getCause() : error;
            String why = cause != null ? String.valueOf(cause.getMessage()) : "connector answered for another event";
            outcome = Outcome.error(p.event.id(), "connector failure: " + why, 0);
        }
        long response = Math.max(0, ticker.nanos() - p.dueWall);
        metrics.onOutcome(p.event, outcome, response);
        Outcome answered = outcome;
        forEachObserver(o -> o.onOutcome(p.event, answered, response));
        if (p.source != null) {
            p.source.onOutcome(p.event, outcome);
            timeline.recheckAwaiting();
        }
    }

    /**
     * Waits for a message, at most {@code nanos} of wall time and never past the next snapshot.
     * {@link Long#MAX_VALUE} means "until a message comes": only a message (an answer, a control
     * request) can end it, so it waits for real even on a manual ticker.
     */
    private Object awaitMessage(long nanos) throws InterruptedException {
        long untilSnapshot = Math.max(1, nextSnapshotWall - ticker.nanos());
        if (nanos == Long.MAX_VALUE) {
            return inbox.poll(Math.min(untilSnapshot, TimeUnit.MILLISECONDS.toNanos(250)), TimeUnit.NANOSECONDS);
        }
        return pacer.await(inbox, Math.min(nanos, untilSnapshot));
    }

    private void maybeSnapshot() {
        long now = ticker.nanos();
        if (now >= nextSnapshotWall) {
            nextSnapshotWall = now + config.snapshotIntervalNanos();
            MetricsSnapshot s = publishSnapshot();
            forEachObserver(o -> o.onSnapshot(s));
        }
    }

    private MetricsSnapshot publishSnapshot() {
        MetricsSnapshot s = metrics.snapshot(clock.epochNanos(), state().id(), inFlight, clock.speed(),
                connector.endpointStats());
        latest = s;
        return s;
    }

    /** Waits for in-flight deliveries after the last release; what never answers is recorded as unknown. */
    private void drain() throws InterruptedException {
        state = stopRequested ? EngineState.STOPPING : state;
        clock.stopAt(config.scenario().end());
        long drain = stopRequested ? Math.min(config.drainTimeoutNanos(), STOP_DRAIN_NANOS)
                : config.drainTimeoutNanos();
        long deadline = ticker.nanos() + drain;
        while (inFlight > 0) {
            long left = deadline - ticker.nanos();
            if (left <= 0) {
                break;
            }
            Object message = pacer.await(inbox, Math.min(left, TimeUnit.MILLISECONDS.toNanos(250)));
            if (message != null) {
                handle(message);
            }
            maybeSnapshot();
        }
        if (inFlight > 0) {
            LOG.log(System.Logger.Level.WARNING, inFlight + " deliveries did not answer before the stop deadline");
            abandonInFlight();
        }
    }

    /**
     * Records an {@link io.bankingsim.core.outcome.Status#UNKNOWN} outcome for each delivery that
     * never answered (the request may or may not have taken effect); late answers are ignored.
     */
    private void abandonInFlight() {
        List<Pending> left = new ArrayList<>(pendings);
        pendings.clear();
        for (Pending p : left) {
            complete(p, Outcome.unknown(p.event.id(), "no answer before the stop deadline"), null);
        }
    }

    /**
     * Calls every observer; one that throws fails the run (it stops releasing) but does not keep
     * the others from seeing this event or outcome, so every released event still gets exactly
     * one outcome in every observer that works.
     */
    private void forEachObserver(java.util.function.Consumer<SimulationObserver> action) {
        for (SimulationObserver o : observers) {
            try {
                action.accept(o);
            } catch (RuntimeException e) {
                fail(new IllegalStateException("observer " + o.getClass().getName() + " failed: " + e.getMessage(), e));
            }
        }
    }
}
