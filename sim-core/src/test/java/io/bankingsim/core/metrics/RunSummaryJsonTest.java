package io.bankingsim.core.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bankingsim.core.event.Transaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static io.bankingsim.core.metrics.Fixtures.outcome;
import static io.bankingsim.core.metrics.Fixtures.transaction;
import static org.assertj.core.api.Assertions.assertThat;

class RunSummaryJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void summaryJsonHasTheScenarioSeedAndEverySectionInSnakeCase() throws IOException {
        Path file = dir.resolve("run/summary.json");
        RunSummary.writeJson(finishedRun(), "retail_baseline", 42, file);

        JsonNode json = MAPPER.readTree(Files.readString(file));

        assertThat(json.get("scenario").asText()).isEqualTo("retail_baseline");
        assertThat(json.get("seed").asLong()).isEqualTo(42);
        assertThat(json.get("run").get("virtual_now").asText()).isEqualTo("2026-03-02T01:00:00Z");
        assertThat(json.get("run").get("set_speed").asText()).isEqualTo("100");
        assertThat(json.get("counts").get("released_by_kind").get("transaction").asLong()).isEqualTo(2);
        assertThat(json.get("counts").get("money_moved").get(0).get("minor_units").asLong()).isEqualTo(2000);
        assertThat(json.get("throughput").has("interval_transactions_per_wall_second")).isTrue();
        JsonNode matrix = json.get("detection").get("matrix");
        assertThat(matrix.get("true_positives").asLong()).isEqualTo(1);
        assertThat(matrix.get("true_negatives").asLong()).isEqualTo(1);
        assertThat(matrix.get("false_positive_rate").asDouble()).isZero();
        assertThat(json.get("detection").get("by_pattern").get(0).get("pattern").asText()).isEqualTo("card_testing");
        assertThat(json.get("detection").get("amounts").get("prevented").get(0).get("amount").asText())
                .isEqualTo("10.00");
        assertThat(json.get("detection").get("campaigns").get("campaigns_detected").asLong()).isEqualTo(1);
        assertThat(json.get("latency").get("service").get("p999_micros").isNumber()).isTrue();
        assertThat(Files.readString(file)).contains("\n  \"seed\" : 42");
    }

    @Test
    void undefinedRatiosAreNullAndTheTextHasNoNaN() {
        String text = RunSummary.toJson(Fixtures.Run.start().snapshot(), "empty", 1);

        assertThat(text).doesNotContain("NaN").doesNotContain("Infinity");
        JsonNode json = readTree(text);
        assertThat(json.get("detection").get("matrix").get("precision").isNull()).isTrue();
        assertThat(json.get("throughput").get("transactions_per_wall_second").isNull()).isTrue();
        assertThat(json.get("latency").get("response").get("mean_micros").isNull()).isTrue();
        assertThat(json.get("detection").get("campaigns").get("mean_delay_seconds").isNull()).isTrue();
    }

    @Test
    void anyPlainObjectMapperWritesASnapshotAsValidSnakeCaseJson() throws IOException {
        String text = MAPPER.writeValueAsString(Fixtures.Run.start().snapshot());

        assertThat(text).doesNotContain("NaN").contains("\"wall_elapsed_nanos\"").contains("\"virtual_now\":\"");
        assertThat(readTree(text).fieldNames()).toIterable()
                .containsExactly("run", "counts", "throughput", "detection", "latency", "api");
    }

    private static MetricsSnapshot finishedRun() {
        Fixtures.Run run = Fixtures.Run.start();
        Transaction fraud = transaction().fraud("card_testing", "c1").build();
        run.play(fraud, outcome(fraud).declined().build());
        Transaction genuine = transaction().build();
        run.play(genuine, outcome(genuine).build());
        run.ticker().advance(Duration.ofSeconds(3));
        return run.snapshot();
    }

    private static JsonNode readTree(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not valid JSON: " + text, e);
        }
    }
}
