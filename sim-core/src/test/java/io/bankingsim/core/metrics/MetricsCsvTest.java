package io.bankingsim.core.metrics;

import io.bankingsim.core.clock.Speed;
import io.bankingsim.core.clock.VirtualClock;
import io.bankingsim.core.event.Transaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.bankingsim.core.metrics.Fixtures.START;
import static io.bankingsim.core.metrics.Fixtures.outcome;
import static io.bankingsim.core.metrics.Fixtures.transaction;
import static org.assertj.core.api.Assertions.assertThat;

class MetricsCsvTest {

    @TempDir
    Path dir;

    @Test
    void theHeaderIsWrittenOnceAndEachSnapshotAddsARowThatParsesBack() throws IOException {
        Fixtures.Run run = Fixtures.Run.start();
        Path file = dir.resolve("out/metrics.csv");
        try (MetricsCsv csv = MetricsCsv.open(file)) {
            Transaction t = transaction().fraud("card_testing", "c1").amount("12.50", "USD").build();
            run.play(t, outcome(t).declined().build());
            run.ticker().advance(Duration.ofSeconds(2));
            csv.write(run.snapshot(Duration.ofSeconds(200)));
            Transaction g = transaction().build();
            run.play(g, outcome(g).build());
            run.ticker().advance(Duration.ofSeconds(4));
            csv.write(run.snapshot(Duration.ofSeconds(400)));
        }

        List<List<String>> rows = parse(Files.readString(file, StandardCharsets.UTF_8));

        assertThat(rows).hasSize(3);
        assertThat(rows.getFirst()).isEqualTo(MetricsCsv.columns());
        Map<String, String> last = row(rows, 2);
        assertThat(last).containsEntry("events_released", "2").containsEntry("released_transaction", "2")
                .containsEntry("tp", "1").containsEntry("tn", "1").containsEntry("precision", "1")
                .containsEntry("tps_wall", "0.333333").containsEntry("tps_wall_interval", "0.25")
                .containsEntry("effective_speed", "66.666667").containsEntry("virtual_elapsed_s", "400")
                .containsEntry("fraud_amount_prevented", "12.50 USD").containsEntry("money_moved", "22.50 USD")
                .containsEntry("set_speed", "100").containsEntry("virtual_time", "2026-03-02T00:06:40Z");
        assertThat(row(rows, 1)).containsEntry("events_released", "1");
    }

    @Test
    void anUndefinedRatioIsAnEmptyCell() throws IOException {
        StringWriter out = new StringWriter();
        try (MetricsCsv csv = MetricsCsv.of(out)) {
            csv.write(Fixtures.Run.start().snapshot());
        }

        Map<String, String> row = row(parse(out.toString()), 1);

        assertThat(row).containsEntry("precision", "").containsEntry("recall", "")
                .containsEntry("tps_wall", "").containsEntry("service_mean_us", "");
    }

    @Test
    void aTextCellWithACommaOrQuoteIsQuotedAndParsesBack() throws IOException {
        StringWriter out = new StringWriter();
        MetricsRecorder recorder = Fixtures.Run.start().recorder();
        try (MetricsCsv csv = MetricsCsv.of(out)) {
            csv.write(recorder.snapshot(VirtualClock.toNanos(START), "stopped, \"by user\"", 0, Speed.of(2.5)));
        }

        Map<String, String> row = row(parse(out.toString()), 1);

        assertThat(row).containsEntry("state", "stopped, \"by user\"").containsEntry("set_speed", "2.5");
    }

    @Test
    void columnNamesAreUniqueAndSnakeCase() {
        assertThat(MetricsCsv.columns()).doesNotHaveDuplicates().allMatch(c -> c.matches("[a-z0-9_]+"))
                .contains("tx_card_purchase", "status_not_delivered", "decision_decline", "response_p999_us");
    }

    private static Map<String, String> row(List<List<String>> rows, int index) {
        Map<String, String> map = new LinkedHashMap<>();
        List<String> header = rows.getFirst();
        assertThat(rows.get(index)).hasSameSizeAs(header);
        for (int i = 0; i < header.size(); i++) {
            map.put(header.get(i), rows.get(index).get(i));
        }
        return map;
    }

    /** A small RFC 4180 reader: quoted cells may hold commas, doubled quotes and line breaks. */
    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(ch);
            }
        }
        assertThat(cell).isEmpty();
        assertThat(row).isEmpty();
        return rows;
    }
}
