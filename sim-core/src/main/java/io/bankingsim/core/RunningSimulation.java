package io.bankingsim.core;

import io.bankingsim.core.clock.Speed;
import io.bankingsim.core.clock.VirtualClock;
import io.bankingsim.core.engine.Engine;
import io.bankingsim.core.metrics.MetricsRecorder;
import io.bankingsim.core.metrics.MetricsSnapshot;
import io.bankingsim.core.scenario.Scenario;
import io.bankingsim.core.spi.Connector;
import io.bankingsim.core.spi.GenerationContext;
import io.bankingsim.core.spi.ObserverProvider;
import io.bankingsim.core.spi.RunContext;
import io.bankingsim.core.spi.SimulationObserver;
import io.bankingsim.core.spi.TrafficGenerator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A simulation that has started: pause, resume, stop and change its speed while it runs, read its
 * status and metrics, and await its result. Thread-safe: every method may be called from any
 * thread (a dashboard, a test, a signal handler).
 */
public final class RunningSimulation {

    private final Scenario scenario;
    private final VirtualClock clock;
    private final Engine engine;
    private final Connector connector;
    private final ResultCollector collector;
    private final CountDownLatch done = new CountDownLatch(1);
    private final Thread thread;
    private volatile SimulationResult result;
    private volatile Throwable failure;

    private RunningSimulation(SimulationSetup setup) throws SimulationException {
        this.scenario = setup.scenario();
        this.clock = VirtualClock.start(scenario.start(), scenario.speed(), setup.ticker());
        clock.pause();
        RunContext context = new RunContext(scenario, clock, setup.output(), setup.outputFormats());
        this.connector = openConnector(setup, context);
        try {
            Connector.Health health = connector.health();
            if (!health.up()) {
                throw new SimulationException(health.detail(), false);
            }
            TrafficGenerator generator = setup.plugins().generators().require(setup.generatorName());
            TrafficGenerator.GeneratedWorld world = generator.generate(
                    new GenerationContext(scenario, 1 - scenario.fraud().rate()));
            this.collector = new ResultCollector(setup.recordLimit());
            List<SimulationObserver> observers = new ArrayList<>();
            observers.add(collector);
            observers.addAll(setup.observers());
            for (ObserverProvider provider : setup.plugins().observers().all()) {
                provider.create(context).ifPresent(observers::add);
            }
            MetricsRecorder metrics = new MetricsRecorder(setup.ticker(), scenario.start(), scenario.end());
            if (setup.output() != null) {
                observers.add(new OutputFiles(setup.output(), scenario, metrics));
            }
            this.engine = Engine.create(context, scenario.connections().maxInFlight(),
                    java.time.Duration.ofSeconds(scenario.metrics().collectIntervalSeconds()), setup.drainTimeout(),
                    world, setup.patterns(), setup.patternImplementations(), connector, observers, metrics);
        } catch (SimulationException e) {
            connector.close();
            throw e;
        } catch (Exception e) {
            connector.close();
            throw new SimulationException("cannot set up the run: " + e.getMessage(), false, e);
        }
        this.thread = new Thread(this::runEngine, "banking-sim-engine");
        thread.setDaemon(false);
    }

    static RunningSimulation start(SimulationSetup setup) throws SimulationException {
        RunningSimulation running = new RunningSimulation(setup);
        running.clock.resume();
        running.thread.start();
        return running;
    }

    private static Connector openConnector(SimulationSetup setup, RunContext context) throws SimulationException {
        if (setup.connector() != null) {
            return setup.connector();
        }
        try {
            return setup.plugins().connectors().require(setup.connectorName()).open(context);
        } catch (RuntimeException e) {
            throw new SimulationException("cannot open connector '" + setup.connectorName() + "': " + e.getMessage(),
                    false, e);
        }
    }

    private void runEngine() {
        try {
            MetricsSnapshot last = engine.run();
            result = new SimulationResult(scenario, last, collector.records(), collector.truncated(),
                    engine.state() == Engine.EngineState.FINISHED, engine.expectedFraudTransactions(), connector);
        } catch (Throwable t) {
            failure = t;
        } finally {
            try {
                connector.close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = e;
                }
            }
            done.countDown();
        }
    }

    /** The effective scenario. */
    public Scenario scenario() {
        return scenario;
    }

    /** The run's virtual clock (read-only use: control the run through this handle). */
    public VirtualClock clock() {
        return clock;
    }

    /** Virtual time now. */
    public Instant virtualTime() {
        return clock.instant();
    }

    /** created, running, paused, stopping, finished, stopped or failed. */
    public String state() {
        return engine.state().id();
    }

    /** Whether the run is over (finished, stopped or failed). */
    public boolean isDone() {
        return done.getCount() == 0;
    }

    /** Events being delivered now. */
    public int inFlight() {
        return engine.inFlight();
    }

    /** The latest metrics snapshot (taken every {@code collect_interval_seconds}), if any yet. */
    public Optional<MetricsSnapshot> metrics() {
        return Optional.ofNullable(engine.latestSnapshot());
    }

    /** Stops virtual time; deliveries in flight still complete. */
    public void pause() {
        clock.pause();
        engine.wakeUp();
    }

    /** Lets virtual time run again. */
    public void resume() {
        clock.resume();
        engine.wakeUp();
    }

    /** Changes the pace from now on; the simulated world stays the same. */
    public void setSpeed(Speed speed) {
        clock.setSpeed(Objects.requireNonNull(speed, "speed"));
        engine.wakeUp();
    }

    /**
     * Stops gracefully: no further event is released; those in flight get their outcomes (or are
     * recorded as unknown after the drain timeout); logs are flushed. Returns at once; use
     * {@link #await()} for the result.
     */
    public void stop() {
        engine.requestStop();
    }

    /** Waits for the end of the run and returns its result. */
    public SimulationResult await() throws SimulationException, InterruptedException {
        done.await();
        return resultOrThrow();
    }

    /** Waits for the end of a run being stopped, keeping the caller's interrupt status. */
    void awaitQuietly() {
        boolean interrupted = Thread.interrupted();
        try {
            while (true) {
                try {
                    done.await();
                    return;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Waits at most {@code timeout}; the result, or empty if the run is still going. */
    public Optional<SimulationResult> await(long timeout, TimeUnit unit) throws SimulationException, InterruptedException {
        if (!done.await(timeout, unit)) {
            return Optional.empty();
        }
        return Optional.of(resultOrThrow());
    }

    private SimulationResult resultOrThrow() throws SimulationException {
        if (failure != null) {
            throw new SimulationException("the run failed: " + failure.getMessage(), false, failure);
        }
        return result;
    }
}
