package io.bankingsim.core.metrics;

import io.bankingsim.core.event.TransactionType;
import io.bankingsim.core.outcome.Decision;
import io.bankingsim.core.outcome.Status;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Streams snapshots as CSV (RFC 4180, comma separated, {@code \n} line ends, UTF-8): the header
 * once when opened, then one row per {@link #write} flushed at once, so the file can be tailed
 * while the run goes on. Nothing is kept in memory.
 *
 * <p>The columns are fixed for a version of the simulator and listed by {@link #columns()}; maps
 * become one column per enum constant (e.g. {@code tx_card_purchase}, {@code status_ok}).
 * Per-pattern detection is not in the CSV (its columns would depend on the run): it is in
 * {@code summary.json}. Cells: elapsed times in seconds, latencies in microseconds, ratios and
 * rates with up to 6 decimals, an undefined ratio as an empty cell, money as
 * {@code "1234.50 USD"} ({@code |} between currencies), the virtual time in ISO-8601. Text cells
 * are quoted when needed. See docs/metrics.md.
 *
 * <p>Not thread-safe: call from one thread (observers run on the engine thread).
 */
public final class MetricsCsv implements AutoCloseable {

    private record Column(String name, Function<MetricsSnapshot, String> value) {
    }

    private static final List<Column> COLUMNS = columnList();

    private final Writer out;

    private MetricsCsv(Writer out) throws IOException {
        this(out, COLUMNS.stream().map(Column::name).toList());
    }

    private MetricsCsv(Writer out, List<String> header) throws IOException {
        this.out = out;
        writeRow(header);
    }

    /** Creates (or truncates) {@code file}, and its parent directories, and writes the header. */
    public static MetricsCsv open(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return new MetricsCsv(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    }

    /** Writes to {@code out}, starting with the header; {@link #close()} closes it. */
    public static MetricsCsv of(Writer out) throws IOException {
        Objects.requireNonNull(out, "out");
        return new MetricsCsv(out instanceof BufferedWriter ? out : new BufferedWriter(out));
    }

    /** The column names, in order. */
    public static List<String> columns() {
        return COLUMNS.stream().map(Column::name).toList();
    }

    /** Appends one row and flushes. */
    public void write(MetricsSnapshot snapshot) throws IOException {
        Objects.requireNonNull(snapshot, "snapshot");
        List<String> cells = new ArrayList<>(COLUMNS.size());
        for (Column column : COLUMNS) {
            cells.add(column.value().apply(snapshot));
        }
        writeRow(cells);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    /**
     * Writes {@code campaigns.csv}: one row per fraud campaign (id, pattern, first event, events,
     * whether and how soon it was detected), the same CSV dialect as the metrics.
     */
    public static void writeCampaigns(List<CampaignResult> campaigns, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            MetricsCsv csv = new MetricsCsv(w, List.of("campaign_id", "pattern", "first_event", "events", "detected",
                    "detection_delay_s", "events_to_detection"));
            for (CampaignResult c : campaigns) {
                csv.writeRow(List.of(c.campaignId(), c.pattern(), c.firstEvent().toString(), Long.toString(c.events()),
                        Boolean.toString(c.detected()),
                        c.detected() ? String.format(java.util.Locale.ROOT, "%.3f", c.delaySeconds()) : "",
                        c.detected() ? Long.toString(c.eventsToDetection()) : ""));
            }
        }
    }

    private void writeRow(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quoted(cells.get(i)));
        }
        out.write('\n');
    }

    private static String quoted(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }

    private static List<Column> columnList() {
        List<Column> c = new ArrayList<>();
        c.add(new Column("state", s -> s.run().state()));
        c.add(new Column("wall_elapsed_s", s -> seconds(s.run().wallElapsedNanos())));
        c.add(new Column("virtual_time", s -> s.run().virtualNow().toString()));
        c.add(new Column("virtual_elapsed_s", s -> seconds(s.run().virtualElapsedNanos())));
        c.add(new Column("progress", s -> decimal(s.run().progress())));
        c.add(new Column("set_speed", s -> s.run().setSpeed()));
        c.add(new Column("effective_speed", s -> decimal(s.run().effectiveSpeed())));
        c.add(new Column("interval_effective_speed", s -> decimal(s.run().intervalEffectiveSpeed())));
        c.add(new Column("in_flight", s -> Integer.toString(s.run().inFlight())));
        c.add(new Column("events_released", s -> Long.toString(s.counts().eventsReleased())));
        for (String kind : List.of("customer_onboarded", "account_opened", "login", "profile_change", "credit_limit_change",
                "transaction")) {
            c.add(new Column("released_" + kind, s -> entry(s.counts().releasedByKind(), kind)));
        }
        for (TransactionType type : TransactionType.values()) {
            c.add(new Column("tx_" + type.id(), s -> entry(s.counts().transactionsByType(), type.id())));
        }
        c.add(new Column("outcomes", s -> Long.toString(s.counts().outcomes())));
        for (Status status : Status.values()) {
            c.add(new Column("status_" + status.id(), s -> entry(s.counts().outcomesByStatus(), status.id())));
        }
        for (Decision decision : Decision.values()) {
            c.add(new Column("decision_" + decision.id(), s -> entry(s.counts().outcomesByDecision(), decision.id())));
        }
        c.add(new Column("money_moved", s -> MoneyTotal.join(s.counts().moneyMoved())));
        c.add(new Column("money_posted", s -> MoneyTotal.join(s.counts().moneyPosted())));
        c.add(new Column("tps_wall", s -> decimal(s.throughput().transactionsPerWallSecond())));
        c.add(new Column("tps_wall_interval", s -> decimal(s.throughput().intervalTransactionsPerWallSecond())));
        c.add(new Column("tps_virtual", s -> decimal(s.throughput().transactionsPerVirtualSecond())));
        c.add(new Column("events_per_wall_s", s -> decimal(s.throughput().eventsPerWallSecond())));
        detectionColumns(c);
        latencyColumns(c, "service", s -> s.latency().service());
        latencyColumns(c, "response", s -> s.latency().response());
        return List.copyOf(c);
    }

    private static void detectionColumns(List<Column> c) {
        c.add(new Column("tp", s -> Long.toString(s.detection().matrix().truePositives())));
        c.add(new Column("fp", s -> Long.toString(s.detection().matrix().falsePositives())));
        c.add(new Column("tn", s -> Long.toString(s.detection().matrix().trueNegatives())));
        c.add(new Column("fn", s -> Long.toString(s.detection().matrix().falseNegatives())));
        c.add(new Column("unscored", s -> Long.toString(s.detection().matrix().unscored())));
        c.add(new Column("precision", s -> decimal(s.detection().matrix().precision())));
        c.add(new Column("recall", s -> decimal(s.detection().matrix().recall())));
        c.add(new Column("false_positive_rate", s -> decimal(s.detection().matrix().falsePositiveRate())));
        c.add(new Column("f1", s -> decimal(s.detection().matrix().f1())));
        c.add(new Column("fraud_amount_total", s -> MoneyTotal.join(s.detection().amounts().total())));
        c.add(new Column("fraud_amount_prevented", s -> MoneyTotal.join(s.detection().amounts().prevented())));
        c.add(new Column("fraud_amount_lost", s -> MoneyTotal.join(s.detection().amounts().lost())));
        c.add(new Column("fraud_amount_unresolved", s -> MoneyTotal.join(s.detection().amounts().unresolved())));
        c.add(new Column("campaigns_seen", s -> Long.toString(s.detection().campaigns().campaignsSeen())));
        c.add(new Column("campaigns_detected", s -> Long.toString(s.detection().campaigns().campaignsDetected())));
        c.add(new Column("detection_delay_mean_s", s -> decimal(s.detection().campaigns().meanDelaySeconds())));
        c.add(new Column("detection_delay_max_s", s -> decimal(s.detection().campaigns().maxDelaySeconds())));
    }

    private static void latencyColumns(List<Column> c, String prefix, Function<MetricsSnapshot, LatencyStats> stats) {
        c.add(new Column(prefix + "_count", s -> Long.toString(stats.apply(s).count())));
        c.add(new Column(prefix + "_mean_us", s -> decimal(stats.apply(s).meanMicros())));
        c.add(new Column(prefix + "_p50_us", s -> Long.toString(stats.apply(s).p50Micros())));
        c.add(new Column(prefix + "_p90_us", s -> Long.toString(stats.apply(s).p90Micros())));
        c.add(new Column(prefix + "_p99_us", s -> Long.toString(stats.apply(s).p99Micros())));
        c.add(new Column(prefix + "_p999_us", s -> Long.toString(stats.apply(s).p999Micros())));
        c.add(new Column(prefix + "_max_us", s -> Long.toString(stats.apply(s).maxMicros())));
    }

    private static String entry(Map<String, Long> map, String key) {
        return Long.toString(map.getOrDefault(key, 0L));
    }

    private static String seconds(long nanos) {
        return BigDecimal.valueOf(nanos, 9).stripTrailingZeros().toPlainString();
    }

    /** Up to 6 decimals, no exponent; empty for an undefined value. */
    static String decimal(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "";
        }
        return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }
}
