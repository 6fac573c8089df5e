package io.bankingsim.core.metrics;

import org.HdrHistogram.Histogram;

/**
 * One latency distribution: nanoseconds in, microsecond statistics out. Recording is
 * allocation-free; values are clamped to 0..1 hour. Single writer, not thread-safe: the
 * recorder's thread records and reads.
 */
final class LatencyHistogram {

    /** One hour in microseconds: the largest value kept exactly (3 significant digits). */
    static final long HIGHEST_MICROS = 3_600_000_000L;

    private final Histogram histogram = new Histogram(1, HIGHEST_MICROS, 3);

    void recordNanos(long nanos) {
        long micros = (nanos + 500) / 1_000;
        histogram.recordValue(Math.min(Math.max(micros, 0), HIGHEST_MICROS));
    }

    long count() {
        return histogram.getTotalCount();
    }

    /** The statistics so far; iterates the histogram (about 50 microseconds), so not per event. */
    LatencyStats stats() {
        if (histogram.getTotalCount() == 0) {
            return LatencyStats.EMPTY;
        }
        return new LatencyStats(histogram.getTotalCount(), histogram.getMean(),
                histogram.getValueAtPercentile(50), histogram.getValueAtPercentile(90),
                histogram.getValueAtPercentile(99), histogram.getValueAtPercentile(99.9),
                histogram.getMaxValue());
    }
}
