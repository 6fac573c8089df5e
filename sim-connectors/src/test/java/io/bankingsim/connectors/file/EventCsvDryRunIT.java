package io.bankingsim.connectors.file;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.bankingsim.core.Simulation;
import io.bankingsim.core.SimulationResult;
import io.bankingsim.core.clock.Speed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole dry run with the real generator and fraud patterns: events.csv has one row per event of
 * events.jsonl, each equal to that event's line and its outcome's line in outcomes.jsonl, labels
 * included, in the order of outcomes.jsonl.
 */
class EventCsvDryRunIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A small day with every kind of event (synthetic identities, an account takeover). */
    static final Path EVERY_KIND = resource("every_kind.yaml");

    @TempDir
    Path out;

    @Test
    void everyEventOfTheRunIsOneRowEqualToItsEventAndOutcomeLines() throws Exception {
        SimulationResult result = Simulation.builder().scenario(EVERY_KIND).speed(Speed.MAX)
                .recordEvents(false).output(out).build().run();

        List<String> events = Files.readAllLines(out.resolve("events.jsonl"));
        List<String> outcomes = Files.readAllLines(out.resolve("outcomes.jsonl"));
        List<Map<String, String>> rows = CsvFile.rows(out.resolve("events.csv"));
        assertThat(result.completed()).isTrue();
        assertThat(rows).hasSameSizeAs(events).hasSameSizeAs(outcomes);
        Map<String, String> eventById = new HashMap<>();
        for (String line : events) {
            eventById.put(JSON.readTree(line).get("id").asText(), line);
        }
        Map<String, Integer> kinds = new TreeMap<>();
        int fraud = 0;
        for (int i = 0; i < rows.size(); i++) {
            String outcome = outcomes.get(i);
            String event = eventById.get(JSON.readTree(outcome).get("event_id").asText());
            assertThat(rows.get(i)).containsExactlyEntriesOf(CsvFile.expectedRow(event, outcome));
            kinds.merge(rows.get(i).get("kind"), 1, Integer::sum);
            fraud += rows.get(i).get("fraud").equals("true") ? 1 : 0;
        }
        assertThat(fraud).as("labelled fraud rows").isPositive();
        assertThat(kinds).containsOnlyKeys("customer_onboarded", "account_opened", "credit_limit_change", "login",
                "profile_change", "transaction");
    }

    static Path resource(String name) {
        try {
            return Path.of(EventCsvDryRunIT.class.getClassLoader().getResource(name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
