package io.bankingsim.dashboard;

import io.bankingsim.core.RunningSimulation;
import io.bankingsim.core.Simulation;
import io.bankingsim.core.SimulationException;
import io.bankingsim.core.clock.Speed;
import io.bankingsim.core.metrics.MetricsSnapshot;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;

/**
 * {@link SimulationControl} of a {@link Simulation} that has not started yet: {@link #start()}
 * (the dashboard's Start button) starts it, then everything goes to the running simulation, which
 * {@link #started()} hands to whoever waits for it (the CLI's {@code --wait-for-start}).
 * Thread-safe.
 */
public final class StartableControl implements SimulationControl {

    private final Simulation simulation;
    private final CompletableFuture<RunningSimulation> started = new CompletableFuture<>();
    private volatile RunControl run;
    private volatile boolean cancelled;

    StartableControl(Simulation simulation) {
        this.simulation = Objects.requireNonNull(simulation, "simulation");
    }

    @Override
    public String state() {
        RunControl r = run;
        if (r != null) {
            return r.state();
        }
        return cancelled ? "stopped" : "created";
    }

    @Override
    public ZoneId timeZone() {
        return simulation.scenario().timeZone();
    }

    @Override
    public String scenarioName() {
        return simulation.scenario().name();
    }

    @Override
    public Instant virtualTime() {
        RunControl r = run;
        return r == null ? simulation.scenario().start() : r.virtualTime();
    }

    @Override
    public double progress() {
        RunControl r = run;
        return r == null ? 0 : r.progress();
    }

    @Override
    public Speed speed() {
        RunControl r = run;
        return r == null ? simulation.scenario().speed() : r.speed();
    }

    @Override
    public int inFlight() {
        RunControl r = run;
        return r == null ? 0 : r.inFlight();
    }

    @Override
    public Optional<MetricsSnapshot> metrics() {
        RunControl r = run;
        return r == null ? Optional.empty() : r.metrics();
    }

    @Override
    public synchronized void start() {
        if (run != null) {
            throw new IllegalStateException("the run has already started (state " + run.state() + ")");
        }
        if (cancelled) {
            throw new IllegalStateException("the run was stopped before it began");
        }
        RunningSimulation running;
        try {
            running = simulation.start();
        } catch (SimulationException e) {
            throw new IllegalStateException("the run cannot start: " + e.getMessage(), e);
        }
        run = new RunControl(running);
        started.complete(running);
    }

    /**
     * Completes with the running simulation once {@link #start()} has started it, or exceptionally
     * with a {@link CancellationException} when {@link #stop()} came first.
     */
    public CompletableFuture<RunningSimulation> started() {
        return started.copy();
    }

    @Override
    public void pause() {
        started("pause").pause();
    }

    @Override
    public void resume() {
        started("resume").resume();
    }

    /** Stops the run; before it has begun, cancels it: {@link #started()} then ends in a {@link CancellationException}. */
    @Override
    public synchronized void stop() {
        if (run == null) {
            if (!cancelled) {
                cancelled = true;
                started.completeExceptionally(new CancellationException("the run was stopped before it began"));
            }
            return;
        }
        run.stop();
    }

    @Override
    public void setSpeed(Speed speed) {
        started("change the speed of").setSpeed(speed);
    }

    private RunControl started(String action) {
        RunControl r = run;
        if (r == null) {
            throw new IllegalStateException("cannot " + action + " a run that has not started: start it first");
        }
        return r;
    }
}
