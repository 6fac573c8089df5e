package io.bankingsim.core.scenario;

/**
 * Metric collection. Immutable.
 *
 * @param enabled whether periodic snapshots are taken
 * @param collectIntervalSeconds wall seconds between snapshots (at least 1)
 * @param retentionMinutes how many minutes of snapshots are kept in memory for the dashboard
 * @param exportCsv whether snapshots are written to {@code metrics.csv} in the output folder
 */
public record MetricsSettings(boolean enabled, int collectIntervalSeconds, int retentionMinutes, boolean exportCsv) {

    public static final MetricsSettings DEFAULTS = new MetricsSettings(true, 1, 60, true);

    public MetricsSettings {
        if (collectIntervalSeconds < 1 || retentionMinutes < 1) {
            throw new IllegalArgumentException("collect_interval_seconds and retention_minutes must be at least 1");
        }
    }
}
