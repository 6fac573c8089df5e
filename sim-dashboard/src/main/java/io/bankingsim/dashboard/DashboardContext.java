package io.bankingsim.dashboard;

import io.bankingsim.core.metrics.MetricsSnapshot;

import java.util.Optional;

/**
 * What a {@link DashboardPlugin}'s routes may use: the run's status and controls, and its latest
 * metrics. Thread-safe.
 */
public interface DashboardContext {

    /** The run shown by the dashboard. */
    SimulationControl control();

    /** The latest metrics snapshot, if any yet. */
    Optional<MetricsSnapshot> latestMetrics();
}
