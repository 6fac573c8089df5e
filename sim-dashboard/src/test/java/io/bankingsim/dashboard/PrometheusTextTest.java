package io.bankingsim.dashboard;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class PrometheusTextTest {

    private static final String NAME = "[a-zA-Z_:][a-zA-Z0-9_:]*";
    private static final String LABEL = "[a-zA-Z_][a-zA-Z0-9_]*=\"(?:\\\\[\\\\\"n]|[^\"\\\\\\n])*\"";
    private static final Pattern SAMPLE = Pattern.compile(
            "(" + NAME + ")(\\{" + LABEL + "(?:," + LABEL + ")*\\})? (NaN|[+-]Inf|-?[0-9]+(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)");
    private static final Pattern TYPE = Pattern.compile("# TYPE (" + NAME + ") (counter|gauge|summary|histogram|untyped)");
    private static final Pattern HELP = Pattern.compile("# HELP (" + NAME + ") .*");

    @Test
    void everyLineParsesAndEverySampleBelongsToADeclaredFamily() {
        FakeControl control = new FakeControl();
        String text = PrometheusText.write(control, TestData.snapshot(5), 2);

        assertThat(text).endsWith("\n");
        Set<String> declared = new HashSet<>();
        for (String line : text.split("\n")) {
            Matcher type = TYPE.matcher(line);
            if (type.matches()) {
                assertThat(declared.add(type.group(1))).as("declared once: %s", line).isTrue();
                continue;
            }
            if (HELP.matcher(line).matches()) {
                continue;
            }
            Matcher sample = SAMPLE.matcher(line);
            assertThat(sample.matches()).as("a sample line: %s", line).isTrue();
            String family = sample.group(1).replaceAll("_(sum|count)$", "");
            assertThat(declared).as("family of %s", line).contains(family);
        }
        assertThat(declared).contains("banking_sim_events_released_total", "banking_sim_outcomes_total",
                "banking_sim_decisions_total", "banking_sim_transactions_per_second",
                "banking_sim_virtual_time_seconds", "banking_sim_effective_speed", "banking_sim_in_flight",
                "banking_sim_detection_precision", "banking_sim_detection_recall",
                "banking_sim_latency_microseconds", "banking_sim_api_requests_total", "banking_sim_api_errors_total");
    }

    @Test
    void countsQuantilesAndApiFiguresAreThere() {
        String text = PrometheusText.write(new FakeControl(), TestData.snapshot(5), 0);
        List<String> lines = List.of(text.split("\n"));

        assertThat(lines).contains("banking_sim_events_released_total{kind=\"transaction\"} 6",
                "banking_sim_decisions_total{decision=\"decline\"} 1",
                "banking_sim_in_flight 2",
                "banking_sim_virtual_time_seconds 1767571200",
                "banking_sim_api_requests_total{system=\"bastion\",endpoint=\"sc\\\"ore\\\\x\\n\"} 100",
                "banking_sim_api_errors_total{system=\"bastion\",endpoint=\"sc\\\"ore\\\\x\\n\",kind=\"timeout\"} 2",
                "banking_sim_api_latency_microseconds{system=\"bastion\",endpoint=\"sc\\\"ore\\\\x\\n\",quantile=\"0.99\"} 3000");
        assertThat(lines).anyMatch(l -> l.startsWith("banking_sim_latency_microseconds{kind=\"service\",quantile=\"0.5\"} "));
        assertThat(lines).anyMatch(l -> l.startsWith("banking_sim_latency_microseconds_count{kind=\"response\"} 6"));
    }

    @Test
    void beforeTheFirstSnapshotOnlyTheStatusGaugesAreWritten() {
        String text = PrometheusText.write(new FakeControl(), null, 0);

        assertThat(text).contains("banking_sim_virtual_time_seconds ", "banking_sim_in_flight 2")
                .doesNotContain("banking_sim_outcomes_total");
    }

    @Test
    void specialValuesAndLabelsAreEscaped() {
        assertThat(PrometheusText.number(Double.NaN)).isEqualTo("NaN");
        assertThat(PrometheusText.number(Double.POSITIVE_INFINITY)).isEqualTo("+Inf");
        assertThat(PrometheusText.number(2.5)).isEqualTo("2.5");
        assertThat(PrometheusText.number(3)).isEqualTo("3");
        assertThat(PrometheusText.escapeLabel("a\"b\\c\nd")).isEqualTo("a\\\"b\\\\c\\nd");
    }
}
