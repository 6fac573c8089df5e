package io.bankingsim.dashboard;

import io.bankingsim.core.RunningSimulation;
import io.bankingsim.core.clock.Speed;
import io.bankingsim.core.metrics.MetricsSnapshot;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/** {@link SimulationControl} of a {@link RunningSimulation}. Thread-safe. */
final class RunControl implements SimulationControl {

    private final RunningSimulation running;

    RunControl(RunningSimulation running) {
        this.running = Objects.requireNonNull(running, "running");
    }

    @Override
    public String state() {
        return running.state();
    }

    @Override
    public ZoneId timeZone() {
        return running.scenario().timeZone();
    }

    @Override
    public String scenarioName() {
        return running.scenario().name();
    }

    @Override
    public Instant virtualTime() {
        return running.virtualTime();
    }

    @Override
    public double progress() {
        Instant start = running.scenario().start();
        long total = Duration.between(start, running.scenario().end()).toNanos();
        if (total <= 0) {
            return 1;
        }
        double p = (double) Duration.between(start, running.virtualTime()).toNanos() / total;
        return Math.max(0, Math.min(1, p));
    }

    @Override
    public Speed speed() {
        return running.clock().speed();
    }

    @Override
    public int inFlight() {
        return running.inFlight();
    }

    @Override
    public Optional<MetricsSnapshot> metrics() {
        return running.metrics();
    }

    @Override
    public void start() {
        throw new IllegalStateException("the run has already started (state " + state() + ")");
    }

    @Override
    public void pause() {
        requireActive("pause");
        running.pause();
    }

    @Override
    public void resume() {
        requireActive("resume");
        running.resume();
    }

    @Override
    public void stop() {
        requireNotOver("stop");
        running.stop();
    }

    @Override
    public void setSpeed(Speed speed) {
        requireNotOver("change the speed of");
        running.setSpeed(speed);
    }

    private void requireActive(String action) {
        requireNotOver(action);
        if (state().equals("stopping")) {
            throw new IllegalStateException("cannot " + action + " a run that is stopping");
        }
    }

    private void requireNotOver(String action) {
        if (running.isDone()) {
            throw new IllegalStateException("cannot " + action + " a run that is over (state " + state() + ")");
        }
    }
}
