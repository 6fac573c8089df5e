package io.bankingsim.cli;

import io.bankingsim.core.clock.ManualTicker;
import io.bankingsim.core.clock.Speed;
import io.bankingsim.core.clock.VirtualClock;
import io.bankingsim.core.metrics.ConfusionMatrix;
import io.bankingsim.core.metrics.MetricsRecorder;
import io.bankingsim.core.metrics.MetricsSnapshot;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The progress line: what it shows, and how often it prints. */
class ProgressLineTest {

    private static final Instant START = Instant.parse("2026-01-06T00:00:00Z");

    @Test
    void showsVirtualTimeProgressTpsEventsFraudCaughtAndSpeed() {
        MetricsSnapshot s = snapshot(Instant.parse("2026-01-06T14:32:00Z"), 0.583, 1234.4, 45_678, 1520,
                ConfusionMatrix.of(12, 3, 100, 28, 0), TimeUnit.SECONDS.toNanos(1));

        assertThat(ProgressLine.format(s, ZoneOffset.UTC)).isEqualTo(
                "2026-01-06 14:32 |  58.3% | 1,234 tps | 45,678 events | fraud caught 12/40 | speed x1,520");
    }

    @Test
    void virtualTimeIsShownInTheScenarioTimeZone() {
        MetricsSnapshot s = snapshot(Instant.parse("2026-01-06T14:32:00Z"), 0.5, 1, 1, 1,
                ConfusionMatrix.of(0, 0, 0, 0, 0), 1);

        assertThat(ProgressLine.format(s, ZoneId.of("Europe/Paris"))).startsWith("2026-01-06 15:32 |");
    }

    @Test
    void undefinedRatesShowAsDash() {
        MetricsSnapshot s = snapshot(START, 0, Double.NaN, 0, Double.NaN, ConfusionMatrix.of(0, 0, 0, 0, 0), 0);

        assertThat(ProgressLine.format(s, ZoneOffset.UTC)).contains("| - tps |", "fraud caught 0/0", "speed x-");
    }

    @Test
    void withoutATerminalPrintsALineAtMostEveryFiveSeconds() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ProgressLine progress = new ProgressLine(new ConsoleOutput(new PrintStream(err, true, StandardCharsets.UTF_8),
                false));

        for (int second = 0; second <= 11; second++) {
            progress.onSnapshot(snapshot(START.plusSeconds(second * 60L), second / 12.0, 10, second, 60,
                    ConfusionMatrix.of(0, 0, 0, 0, 0), TimeUnit.SECONDS.toNanos(second)));
        }

        String text = err.toString(StandardCharsets.UTF_8);
        assertThat(text.lines()).hasSize(3);
        assertThat(text).doesNotContain("\r");
    }

    @Test
    void onATerminalRewritesOneLineAndEndsItAtTheFinish() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ProgressLine progress = new ProgressLine(new ConsoleOutput(new PrintStream(err, true, StandardCharsets.UTF_8),
                true));

        for (int second = 0; second < 3; second++) {
            progress.onSnapshot(snapshot(START, 0.1, 10, second, 60, ConfusionMatrix.of(0, 0, 0, 0, 0),
                    TimeUnit.SECONDS.toNanos(second)));
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("\n").startsWith("\r");
        progress.onFinish(snapshot(START, 1, 10, 3, 60, ConfusionMatrix.of(0, 0, 0, 0, 0),
                TimeUnit.SECONDS.toNanos(3)));

        String text = err.toString(StandardCharsets.UTF_8);
        assertThat(text).endsWith(System.lineSeparator()).contains("100.0%");
        assertThat(text.split("\r")).hasSize(5);
    }

    /** A snapshot with the given figures; everything else as a fresh recorder has it. */
    private static MetricsSnapshot snapshot(Instant virtualNow, double progress, double intervalTps, long events,
                                            double intervalSpeed, ConfusionMatrix matrix, long wallElapsedNanos) {
        MetricsSnapshot base = new MetricsRecorder(new ManualTicker(), START, START.plusSeconds(3600))
                .snapshot(VirtualClock.toNanos(START), "running", 0, Speed.MAX);
        MetricsSnapshot.Run run = new MetricsSnapshot.Run("running", wallElapsedNanos, virtualNow, 0, progress, "max",
                intervalSpeed, intervalSpeed, TimeUnit.SECONDS.toNanos(1), 0);
        MetricsSnapshot.Counts c = base.counts();
        MetricsSnapshot.Counts counts = new MetricsSnapshot.Counts(events, c.releasedByKind(), c.transactionsByType(),
                c.outcomes(), c.outcomesByStatus(), c.outcomesByDecision(), c.moneyMoved(), c.moneyPosted());
        MetricsSnapshot.Throughput throughput = new MetricsSnapshot.Throughput(intervalTps, intervalTps, intervalTps,
                intervalTps);
        MetricsSnapshot.Detection d = base.detection();
        return new MetricsSnapshot(run, counts, throughput,
                new MetricsSnapshot.Detection(matrix, d.byPattern(), d.amounts(), d.campaigns()), base.latency());
    }
}
