package io.bankingsim.core.engine;

import io.bankingsim.core.scenario.Scenario;
import io.bankingsim.core.spi.RunContext;

import java.util.Objects;

/**
 * The engine's settings for one run. Immutable.
 *
 * @param runContext the run (effective scenario, clock, output folder)
 * @param maxInFlight deliveries in flight at most
 * @param snapshotIntervalNanos wall time between metric snapshots
 * @param drainTimeoutNanos how long a stopping run waits for answers to deliveries in flight
 */
record EngineConfig(RunContext runContext, int maxInFlight, long snapshotIntervalNanos, long drainTimeoutNanos) {
    EngineConfig {
        Objects.requireNonNull(runContext, "runContext");
        if (maxInFlight < 1 || snapshotIntervalNanos <= 0 || drainTimeoutNanos < 0) {
            throw new IllegalArgumentException("invalid engine settings");
        }
    }

    Scenario scenario() {
        return runContext.scenario();
    }
}
