package io.bankingsim.dashboard;

import io.bankingsim.core.RunningSimulation;
import io.bankingsim.core.Simulation;
import io.bankingsim.core.clock.Speed;
import io.bankingsim.core.metrics.MetricsSnapshot;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * What the dashboard needs of a run: its status, its metrics, and the controls. A small interface
 * of its own so that the server can be tested with a fake and attached to a run that starts later.
 *
 * <p>Control methods throw {@link IllegalStateException} with a message for the user when the
 * action is not possible in the current state (e.g. resume after stop); the server answers 409.
 *
 * <p>Implementations must be thread-safe: the server calls them from many threads.
 */
public interface SimulationControl {

    /** created, running, paused, stopping, finished, stopped or failed. */
    String state();

    /** The scenario's name. */
    String scenarioName();

    /** Virtual time now. */
    Instant virtualTime();

    /** The scenario's time zone, in which the page shows virtual time; UTC by default. */
    default ZoneId timeZone() {
        return ZoneId.of("UTC");
    }

    /** Virtual time elapsed / the scenario's duration, 0..1. */
    double progress();

    /** The speed asked for. */
    Speed speed();

    /** Events being delivered now. */
    int inFlight();

    /** The latest published metrics, if any yet. */
    Optional<MetricsSnapshot> metrics();

    /** Starts the run. */
    void start();

    /** Stops virtual time. Pausing a paused run does nothing. */
    void pause();

    /** Lets virtual time run again. Resuming a running run does nothing. */
    void resume();

    /** Stops the run gracefully; returns at once. */
    void stop();

    /** Changes the pace from now on. */
    void setSpeed(Speed speed);

    /** Controls a run that has already started: {@link #start()} is refused. */
    static SimulationControl of(RunningSimulation running) {
        return new RunControl(running);
    }

    /** Controls a simulation that starts when {@link #start()} is called (e.g. from the dashboard). */
    static StartableControl startable(Simulation simulation) {
        return new StartableControl(simulation);
    }
}
