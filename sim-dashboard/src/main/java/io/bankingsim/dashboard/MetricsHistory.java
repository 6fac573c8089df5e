package io.bankingsim.dashboard;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.bankingsim.core.metrics.ConfusionMatrix;
import io.bankingsim.core.metrics.EndpointStats;
import io.bankingsim.core.metrics.MetricsSnapshot;
import io.bankingsim.core.metrics.UndefinedAsNullSerializer;
import io.bankingsim.core.outcome.Status;
import io.bankingsim.core.scenario.MetricsSettings;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's memory of a run: one small {@link Point} per metrics snapshot, for the charts
 * of a page opened late ({@code GET /api/metrics/history}). Keeps the points of the last
 * {@code metrics.retention_minutes} of wall time, at most one per snapshot, and drops the oldest.
 *
 * <p>Thread-safety: {@link #add} from one thread (the engine's), the rest from any; the methods
 * synchronise on the history, and {@link #add} only copies a few numbers inside the lock.
 */
final class MetricsHistory {

    /** The default retention: {@code metrics.retention_minutes}' default. */
    static final int DEFAULT_RETENTION_MINUTES = MetricsSettings.DEFAULTS.retentionMinutes();

    /** The longest retention: a week, as {@code metrics.retention_minutes} allows. */
    static final int MAX_RETENTION_MINUTES = MetricsSettings.MAX_RETENTION_MINUTES;

    private final ArrayDeque<Point> points = new ArrayDeque<>();
    private volatile long retentionNanos = DEFAULT_RETENTION_MINUTES * 60_000_000_000L;
    private MetricsSnapshot previous;

    /**
     * One moment of the run, the numbers the charts draw. Ratios are cumulative since the start
     * (null while undefined); {@code errorRate} and {@code throttleRate} are over the interval since
     * the previous point (outcomes that were error, unknown or not delivered; throttled).
     *
     * @param wallSeconds wall seconds since the run started
     * @param virtualTime the virtual date-time (ISO-8601)
     * @param progress 0 to 1
     * @param tps transactions per wall second over the last interval
     * @param effectiveSpeed virtual seconds per wall second over the last interval
     * @param transactions transactions released so far
     * @param caught true positives so far
     * @param missed false negatives so far
     * @param precision TP / (TP + FP)
     * @param recall TP / (TP + FN)
     * @param falsePositiveRate FP / (FP + TN)
     * @param p50Ms service latency median since the start, milliseconds
     * @param p99Ms service latency 99th percentile since the start, milliseconds
     * @param errorRate the interval's share of failed outcomes
     * @param throttleRate the interval's share of throttled outcomes
     * @param apiErrorRate the interval's share of requests to the systems under test that failed
     *     (timeouts, refused connections, 5xx...; not 429s or 400 refusals); null without requests
     * @param inFlight events awaiting their outcome
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Point(double wallSeconds, String virtualTime, double progress,
                 @JsonSerialize(using = UndefinedAsNullSerializer.class) double tps,
                 @JsonSerialize(using = UndefinedAsNullSerializer.class) double effectiveSpeed,
                 long transactions, long caught, long missed,
                 @JsonSerialize(using = UndefinedAsNullSerializer.class) double precision,
                 @JsonSerialize(using = UndefinedAsNullSerializer.class) double recall,
                 @JsonSerialize(using = UndefinedAsNullSerializer.class) double falsePositiveRate,
                 double p50Ms, double p99Ms,
                 @JsonSerialize(using = UndefinedAsNullSerializer.class) double errorRate,
                 @JsonSerialize(using = UndefinedAsNullSerializer.class) double throttleRate,
                 @JsonSerialize(using = UndefinedAsNullSerializer.class) double apiErrorRate,
                 int inFlight) {
    }

    /** Keeps the points of the last {@code minutes} of wall time (1 to 10080). */
    void retentionMinutes(int minutes) {
        if (minutes < 1 || minutes > MAX_RETENTION_MINUTES) {
            throw new IllegalArgumentException("retention must be within 1..10080 minutes: " + minutes);
        }
        retentionNanos = minutes * 60_000_000_000L;
    }

    /** The retention in minutes. */
    int retentionMinutes() {
        return (int) (retentionNanos / 60_000_000_000L);
    }

    /** Adds the point of {@code snapshot}, unless it is the same moment as the last one. */
    void add(MetricsSnapshot snapshot) {
        Point point;
        synchronized (this) {
            if (previous != null && previous.run().wallElapsedNanos() == snapshot.run().wallElapsedNanos()) {
                return;
            }
            point = pointOf(previous, snapshot);
            previous = snapshot;
            points.addLast(point);
            long oldest = snapshot.run().wallElapsedNanos() - retentionNanos;
            while (!points.isEmpty() && points.peekFirst().wallSeconds() * 1e9 < oldest) {
                points.removeFirst();
            }
        }
    }

    /** Forgets everything (a new run). */
    synchronized void clear() {
        points.clear();
        previous = null;
    }

    /** The points after {@code afterWallSeconds} (all of them for a negative value), oldest first. */
    List<Point> since(double afterWallSeconds) {
        return since(afterWallSeconds, Integer.MAX_VALUE);
    }

    /**
     * The points after {@code afterWallSeconds}, oldest first, thinned evenly to at most
     * {@code maxPoints} (the newest point always kept), so a week of history fits a chart.
     */
    synchronized List<Point> since(double afterWallSeconds, int maxPoints) {
        if (maxPoints < 1) {
            throw new IllegalArgumentException("maxPoints must be positive: " + maxPoints);
        }
        List<Point> all = new ArrayList<>();
        for (Point p : points) {
            if (p.wallSeconds() > afterWallSeconds) {
                all.add(p);
            }
        }
        if (all.size() <= maxPoints) {
            return all;
        }
        List<Point> out = new ArrayList<>(maxPoints);
        double step = (double) (all.size() - 1) / Math.max(1, maxPoints - 1);
        for (int i = 0; i < maxPoints - 1; i++) {
            out.add(all.get((int) Math.round(i * step)));
        }
        out.add(all.get(all.size() - 1));
        return out;
    }

    static Point pointOf(MetricsSnapshot before, MetricsSnapshot now) {
        ConfusionMatrix m = now.detection().matrix();
        Map<String, Long> status = now.counts().outcomesByStatus();
        Map<String, Long> was = before == null ? Map.of() : before.counts().outcomesByStatus();
        long outcomes = now.counts().outcomes() - (before == null ? 0 : before.counts().outcomes());
        long failed = delta(status, was, Status.ERROR.id()) + delta(status, was, Status.UNKNOWN.id())
                + delta(status, was, Status.NOT_DELIVERED.id());
        long throttled = delta(status, was, Status.THROTTLED.id());
        MetricsSnapshot.Run run = now.run();
        return new Point(run.wallElapsedNanos() / 1e9, run.virtualNow().toString(), run.progress(),
                now.throughput().intervalTransactionsPerWallSecond(), run.intervalEffectiveSpeed(),
                now.counts().transactionsReleased(),
                m.truePositives(), m.falseNegatives(), m.precision(), m.recall(), m.falsePositiveRate(),
                now.latency().service().p50Micros() / 1000.0, now.latency().service().p99Micros() / 1000.0,
                outcomes > 0 ? (double) failed / outcomes : Double.NaN,
                outcomes > 0 ? (double) throttled / outcomes : Double.NaN, apiErrorRate(before, now), run.inFlight());
    }

    /** Failed requests / requests over the interval, across every endpoint; NaN without requests. */
    private static double apiErrorRate(MetricsSnapshot before, MetricsSnapshot now) {
        long requests = 0;
        long errors = 0;
        for (EndpointStats e : now.api()) {
            requests += e.requests();
            errors += e.errorCount();
        }
        if (before != null) {
            for (EndpointStats e : before.api()) {
                requests -= e.requests();
                errors -= e.errorCount();
            }
        }
        return requests > 0 ? (double) errors / requests : Double.NaN;
    }

    private static long delta(Map<String, Long> now, Map<String, Long> before, String key) {
        return now.getOrDefault(key, 0L) - before.getOrDefault(key, 0L);
    }
}
