package io.bankingsim.core.metrics;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The end-of-run report of a final {@link MetricsSnapshot}: a human-readable text for the console
 * (counts, throughput, latency percentiles, the confusion matrix, precision, recall, per-pattern
 * recall, fraud money and campaign detection) and {@code summary.json} (pretty-printed, snake_case
 * keys: {@code scenario}, {@code seed}, then the snapshot's {@code run}, {@code counts},
 * {@code throughput}, {@code detection} and {@code latency}; an undefined ratio is {@code null}).
 *
 * <p>Stateless and thread-safe. It returns or writes; it never prints (the CLI decides that).
 */
public final class RunSummary {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RunSummary() {
    }

    /** The summary as JSON text, as {@link #writeJson} writes it. */
    public static String toJson(MetricsSnapshot s, String scenarioName, long seed) {
        ObjectNode root = JSON.createObjectNode();
        root.put("scenario", scenarioName);
        root.put("seed", seed);
        root.setAll((ObjectNode) JSON.valueToTree(s));
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("a tree of plain values cannot fail to serialise", e);
        }
    }

    /** Writes {@code summary.json} (UTF-8) to {@code file}, creating its parent directories. */
    public static void writeJson(MetricsSnapshot s, String scenarioName, long seed, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, toJson(s, scenarioName, seed), StandardCharsets.UTF_8);
    }

    /** The multi-line console report, ending with a line break. */
    public static String toText(MetricsSnapshot s, String scenarioName, long seed) {
        StringBuilder b = new StringBuilder();
        MetricsSnapshot.Run run = s.run();
        line(b, "Run summary: scenario '%s', seed %d", scenarioName, seed);
        line(b, "  %-22s %s", "state", run.state());
        line(b, "  %-22s %s s", "wall time", fixed(run.wallElapsedNanos() / 1e9, 3));
        line(b, "  %-22s %s (%s elapsed, %s %% of the scenario)", "virtual time", run.virtualNow(),
                duration(run.virtualElapsedNanos()), fixed(run.progress() * 100, 1));
        line(b, "  %-22s set %s, effective %s", "speed", run.setSpeed(), fixed(run.effectiveSpeed(), 2));
        counts(b, s.counts());
        MetricsSnapshot.Throughput t = s.throughput();
        b.append('\n');
        line(b, "Throughput");
        line(b, "  %-22s %s per wall second, %s per virtual second", "transactions",
                fixed(t.transactionsPerWallSecond(), 2), fixed(t.transactionsPerVirtualSecond(), 2));
        line(b, "  %-22s %s per wall second", "events", fixed(t.eventsPerWallSecond(), 2));
        latency(b, s.latency());
        api(b, s.api());
        detection(b, s.detection());
        return b.toString();
    }

    private static void counts(StringBuilder b, MetricsSnapshot.Counts c) {
        b.append('\n');
        line(b, "Counts");
        line(b, "  %-22s %,d (%s)", "events released", c.eventsReleased(), entries(c.releasedByKind()));
        line(b, "  %-22s %s", "transactions by type", entries(c.transactionsByType()));
        line(b, "  %-22s %,d (%s)", "outcomes", c.outcomes(), entries(c.outcomesByStatus()));
        line(b, "  %-22s %s", "decisions", entries(c.outcomesByDecision()));
        line(b, "  %-22s %s", "money moved", money(c.moneyMoved()));
        line(b, "  %-22s %s", "money posted", money(c.moneyPosted()));
    }

    private static void latency(StringBuilder b, MetricsSnapshot.Latency l) {
        b.append('\n');
        line(b, "Latency (microseconds)    %10s %13s %10s %10s %10s %10s %10s",
                "count", "mean", "p50", "p90", "p99", "p99.9", "max");
        latencyRow(b, "service", l.service());
        latencyRow(b, "response (from due time)", l.response());
    }

    private static void latencyRow(StringBuilder b, String name, LatencyStats x) {
        line(b, "  %-23s %,10d %13s %,10d %,10d %,10d %,10d %,10d", name, x.count(), fixed(x.meanMicros(), 1),
                x.p50Micros(), x.p90Micros(), x.p99Micros(), x.p999Micros(), x.maxMicros());
    }

    private static void api(StringBuilder b, List<EndpointStats> api) {
        if (api.isEmpty()) {
            return;
        }
        b.append('\n');
        line(b, "API calls (latency in microseconds)  %9s %9s %8s %9s %8s %8s %9s %9s %9s %9s", "requests", "ok",
                "retries", "throttled", "rejected", "errors", "p50", "p90", "p99", "p99.9");
        for (EndpointStats e : api) {
            if (e.requests() == 0) {
                continue;
            }
            LatencyStats l = e.latency();
            line(b, "  %-34s %,9d %,9d %,8d %,9d %,8d %,8d %,9d %,9d %,9d %,9d", e.system() + " " + e.endpoint(),
                    e.requests(), e.ok(), e.retries(), e.throttled(), e.errors().get(EndpointMetrics.REJECTED),
                    e.errorCount(), l.p50Micros(), l.p90Micros(), l.p99Micros(), l.p999Micros());
            String kinds = e.errors().entrySet().stream().filter(k -> k.getValue() > 0)
                    .filter(k -> EndpointMetrics.isError(k.getKey()))
                    .map(k -> k.getKey() + " " + String.format(Locale.ROOT, "%,d", k.getValue()))
                    .collect(Collectors.joining(", "));
            if (!kinds.isEmpty()) {
                line(b, "    errors: %s", kinds);
            }
        }
    }

    private static void detection(StringBuilder b, MetricsSnapshot.Detection d) {
        ConfusionMatrix m = d.matrix();
        b.append('\n');
        line(b, "Detection (%,d scored, %,d unscored)", m.scored(), m.unscored());
        line(b, "  %-12s %14s %14s", "", "flagged", "not flagged");
        line(b, "  %-12s %,11d TP %,11d FN", "fraud", m.truePositives(), m.falseNegatives());
        line(b, "  %-12s %,11d FP %,11d TN", "genuine", m.falsePositives(), m.trueNegatives());
        line(b, "  precision %s, recall %s, false positive rate %s, F1 %s", fixed(m.precision(), 4),
                fixed(m.recall(), 4), fixed(m.falsePositiveRate(), 4), fixed(m.f1(), 4));
        if (!d.byPattern().isEmpty()) {
            line(b, "  %-22s %10s %10s %10s %10s %9s %8s", "pattern", "events", "flagged", "missed", "unscored",
                    "precision", "recall");
            for (PatternDetection p : d.byPattern()) {
                line(b, "  %-22s %,10d %,10d %,10d %,10d %9s %8s", p.pattern(), p.events(), p.flagged(), p.missed(),
                        p.unscored(), fixed(p.precision(), 4), fixed(p.recall(), 4));
            }
        }
        FraudAmounts a = d.amounts();
        line(b, "  %-22s total %s, prevented %s, lost %s, unresolved %s", "fraud money", money(a.total()),
                money(a.prevented()), money(a.lost()), money(a.unresolved()));
        CampaignDetection c = d.campaigns();
        line(b, "  %-22s %,d seen, %,d detected; delay mean %s s, max %s s (virtual); %s events to detection",
                "campaigns", c.campaignsSeen(), c.campaignsDetected(), fixed(c.meanDelaySeconds(), 1),
                fixed(c.maxDelaySeconds(), 1), fixed(c.meanEventsToDetection(), 1));
    }

    private static String entries(Map<String, Long> map) {
        return map.entrySet().stream()
                .map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%,d", e.getValue()))
                .collect(Collectors.joining(", "));
    }

    private static String money(List<MoneyTotal> totals) {
        return totals.isEmpty() ? "0" : MoneyTotal.join(totals).replace("|", " + ");
    }

    /** {@code digits} decimals with thousands separators, or {@code n/a} when undefined. */
    private static String fixed(double value, int digits) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "n/a";
        }
        return String.format(Locale.ROOT, "%,." + digits + "f", value);
    }

    /** {@code 1d 02:03:04.5} style, or {@code 02:03:04.5} under a day. */
    private static String duration(long nanos) {
        long seconds = nanos / 1_000_000_000L;
        long tenths = nanos % 1_000_000_000L / 100_000_000L;
        long days = seconds / 86_400;
        String clock = String.format(Locale.ROOT, "%02d:%02d:%02d.%d", seconds % 86_400 / 3600, seconds % 3600 / 60,
                seconds % 60, tenths);
        return days > 0 ? days + "d " + clock : clock;
    }

    private static void line(StringBuilder b, String format, Object... args) {
        b.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
