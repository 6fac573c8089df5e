/**
 * Run metrics: a single-writer {@link io.bankingsim.core.metrics.MetricsRecorder} fed by the
 * engine loop for every event and outcome, immutable {@link io.bankingsim.core.metrics.MetricsSnapshot}s
 * for the dashboard, observers and the end of a run, a streaming
 * {@link io.bankingsim.core.metrics.MetricsCsv} writer and the {@link io.bankingsim.core.metrics.RunSummary}
 * (console text and {@code summary.json}).
 *
 * <p>Conventions of every type here: a ratio whose denominator is zero (precision with nothing
 * flagged, a rate before any wall time has passed) is {@code NaN} in Java, {@code null} in JSON,
 * an empty cell in CSV and {@code n/a} in text; it is never reported as 0. Latencies are in
 * microseconds, elapsed times in nanoseconds unless a name says otherwise ({@code Seconds},
 * {@code Micros}), money in minor units of its currency with the exact decimal beside it.
 * See docs/metrics.md.
 */
package io.bankingsim.core.metrics;
