package io.bankingsim.cli;

import io.bankingsim.core.metrics.ConfusionMatrix;
import io.bankingsim.core.metrics.MetricsSnapshot;
import io.bankingsim.core.spi.RunContext;
import io.bankingsim.core.spi.SimulationObserver;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * The console's progress line, drawn from each metrics snapshot (never per event):
 * {@code 2026-01-05 14:32 | 58.3% | 1,234 tps | 45,678 events | fraud caught 12/40 | speed x1,520}.
 * Virtual time is shown in the scenario's time zone; TPS and speed are over the interval since
 * the previous snapshot; fraud caught is TP / (TP + FN). On a terminal the line is rewritten in
 * place at every snapshot; elsewhere a line is printed at most every {@value #LINE_INTERVAL_SECONDS}
 * wall seconds (read from the snapshots, not the wall clock). Called on the engine thread only.
 */
final class ProgressLine implements SimulationObserver {

    static final long LINE_INTERVAL_SECONDS = 5;
    private static final long LINE_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(LINE_INTERVAL_SECONDS);
    private static final DateTimeFormatter VIRTUAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final ConsoleOutput console;
    private ZoneId zone = ZoneOffset.UTC;
    private long lastLineWallNanos = Long.MIN_VALUE;

    ProgressLine(ConsoleOutput console) {
        this.console = Objects.requireNonNull(console, "console");
    }

    @Override
    public void onStart(RunContext context) {
        zone = context.scenario().timeZone();
    }

    @Override
    public void onSnapshot(MetricsSnapshot snapshot) {
        if (console.terminal()) {
            console.status(format(snapshot, zone));
            return;
        }
        long wall = snapshot.run().wallElapsedNanos();
        if (lastLineWallNanos == Long.MIN_VALUE || wall - lastLineWallNanos >= LINE_INTERVAL_NANOS) {
            console.status(format(snapshot, zone));
            lastLineWallNanos = wall;
        }
    }

    @Override
    public void onFinish(MetricsSnapshot finalSnapshot) {
        if (console.terminal()) {
            console.status(format(finalSnapshot, zone));
            console.endStatus();
        }
    }

    /** The progress text of one snapshot. */
    static String format(MetricsSnapshot snapshot, ZoneId zone) {
        MetricsSnapshot.Run run = snapshot.run();
        ConfusionMatrix matrix = snapshot.detection().matrix();
        long fraudScored = matrix.truePositives() + matrix.falseNegatives();
        double tps = snapshot.throughput().intervalTransactionsPerWallSecond();
        double speed = Double.isFinite(run.intervalEffectiveSpeed()) ? run.intervalEffectiveSpeed()
                : run.effectiveSpeed();
        return VIRTUAL_TIME.format(run.virtualNow().atZone(zone))
                + String.format(Locale.ROOT, " | %5.1f%%", run.progress() * 100)
                + " | " + whole(tps) + " tps"
                + " | " + String.format(Locale.ROOT, "%,d", snapshot.counts().eventsReleased()) + " events"
                + " | fraud caught " + matrix.truePositives() + "/" + fraudScored
                + " | speed x" + whole(speed)
                + api(snapshot.api());
    }

    /** Errors and 429s of the backends, when there are any (an HTTP run). */
    private static String api(java.util.List<io.bankingsim.core.metrics.EndpointStats> api) {
        long errors = 0;
        long throttled = 0;
        for (io.bankingsim.core.metrics.EndpointStats e : api) {
            errors += e.errorCount();
            throttled += e.throttled();
        }
        if (errors == 0 && throttled == 0) {
            return "";
        }
        return String.format(Locale.ROOT, " | api errors %,d, throttled %,d", errors, throttled);
    }

    private static String whole(double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        if (Double.isInfinite(value)) {
            return "max";
        }
        return String.format(Locale.ROOT, "%,.0f", value);
    }
}
