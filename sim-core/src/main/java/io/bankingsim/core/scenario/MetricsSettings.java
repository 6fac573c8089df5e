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

    /** The longest retention: a week. */
    public static final int MAX_RETENTION_MINUTES = 10_080;

    public MetricsSettings {
        if (collectIntervalSeconds < 1 || retentionMinutes < 1 || retentionMinutes > MAX_RETENTION_MINUTES) {
            throw new IllegalArgumentException("collect_interval_seconds must be at least 1 and retention_minutes 1 to "
                    + MAX_RETENTION_MINUTES);
        }
    }
}
