package io.bankingsim.dashboard;

import io.bankingsim.core.clock.Speed;
import io.bankingsim.core.metrics.MetricsSnapshot;

import java.time.Instant;
import java.util.Optional;

/** A run's state machine without a run: created, running, paused, stopped. */
final class FakeControl implements SimulationControl {

    volatile String state = "created";
    volatile Speed speed = Speed.of(100);
    volatile MetricsSnapshot snapshot;

    @Override
    public String state() {
        return state;
    }

    @Override
    public String scenarioName() {
        return "fake_day";
    }

    @Override
    public Instant virtualTime() {
        return TestData.START;
    }

    @Override
    public double progress() {
        return 0.25;
    }

    @Override
    public Speed speed() {
        return speed;
    }

    @Override
    public int inFlight() {
        return 2;
    }

    @Override
    public Optional<MetricsSnapshot> metrics() {
        return Optional.ofNullable(snapshot);
    }

    @Override
    public synchronized void start() {
        require(state.equals("created"), "already started");
        state = "running";
    }

    @Override
    public synchronized void pause() {
        require(state.equals("running") || state.equals("paused"), "cannot pause when " + state);
        state = "paused";
    }

    @Override
    public synchronized void resume() {
        require(state.equals("running") || state.equals("paused"), "cannot resume when " + state);
        state = "running";
    }

    @Override
    public synchronized void stop() {
        require(!state.equals("stopped"), "already stopped");
        state = "stopped";
    }

    @Override
    public synchronized void setSpeed(Speed value) {
        require(!state.equals("stopped"), "stopped");
        speed = value;
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalStateException(message);
        }
    }
}
