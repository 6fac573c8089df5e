package io.bankingsim.connectors.file;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bankingsim.connectors.EventFixtures;
import io.bankingsim.core.clock.ManualTicker;
import io.bankingsim.core.clock.VirtualClock;
import io.bankingsim.core.event.Event;
import io.bankingsim.core.event.EventJson;
import io.bankingsim.core.outcome.Decision;
import io.bankingsim.core.outcome.Outcome;
import io.bankingsim.core.outcome.Status;
import io.bankingsim.core.scenario.Scenario;
import io.bankingsim.core.spi.ObserverProvider;
import io.bankingsim.core.spi.PluginRegistry;
import io.bankingsim.core.spi.RunContext;
import io.bankingsim.core.spi.SimulationObserver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EventLogObserverTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path temp;

    private static RunContext context(Path output) {
        Scenario scenario = Scenario.defaults("test");
        return new RunContext(scenario, VirtualClock.start(scenario.start(), scenario.speed(), new ManualTicker()),
                output);
    }

    private static List<Event> events(int count) {
        EventFixtures fixtures = new EventFixtures();
        List<Event> events = new ArrayList<>();
        events.add(fixtures.onboard("c-1"));
        events.add(fixtures.open("c-1", "a-1", "100.00", "0"));
        events.add(fixtures.login("c-1", EventFixtures.device("fp-1", "US")));
        while (events.size() < count) {
            fixtures.advance(Duration.ofMinutes(3));
            events.add(fixtures.purchase("c-1", "a-1", "12.50").build());
        }
        return events;
    }

    private static SimulationObserver run(Path output, List<Event> events) throws Exception {
        SimulationObserver observer = new EventLogObserverProvider().create(context(output)).orElseThrow();
        observer.onStart(context(output));
        for (Event event : events) {
            observer.onEvent(event);
        }
        for (Event event : events) {
            observer.onOutcome(event, new Outcome(event.id(), Status.OK, Decision.APPROVE, 0.1, List.of("velocity"),
                    true, 1_500, ""), 2_000_000);
        }
        observer.onFinish(null);
        return observer;
    }

    @Test
    void eventLogIsFoundByServiceLoader() {
        PluginRegistry<ObserverProvider> registry = PluginRegistry.load(ObserverProvider.class, ObserverProvider::name);

        assertThat(registry.require("event-log")).isInstanceOf(EventLogObserverProvider.class);
    }

    @Test
    void noOutputFolderMeansNoObserver() throws Exception {
        assertThat(new EventLogObserverProvider().create(context(null))).isEmpty();
    }

    @Test
    void eachEventIsOneJsonLineInReleaseOrder() throws Exception {
        List<Event> events = events(2_000);

        run(temp, events);

        List<String> lines = Files.readAllLines(temp.resolve("events.jsonl"));
        assertThat(lines).hasSize(events.size());
        for (int i = 0; i < lines.size(); i++) {
            JsonNode node = MAPPER.readTree(lines.get(i));
            assertThat(node.get("id").asText()).isEqualTo(events.get(i).id());
            assertThat(lines.get(i)).isEqualTo(EventJson.eventToJson(events.get(i)));
        }
    }

    @Test
    void eachOutcomeIsOneJsonLineWithItsResponseTime() throws Exception {
        List<Event> events = events(50);

        run(temp, events);

        List<String> lines = Files.readAllLines(temp.resolve("outcomes.jsonl"));
        assertThat(lines).hasSize(events.size());
        JsonNode first = MAPPER.readTree(lines.getFirst());
        assertThat(first.get("event_id").asText()).isEqualTo(events.getFirst().id());
        assertThat(first.get("response_ms").asDouble()).isEqualTo(2.0);
        assertThat(first.get("service_ms").asDouble()).isEqualTo(0.001);
    }

    @Test
    void missingFolderIsCreated() throws Exception {
        Path nested = temp.resolve("runs/first");

        run(nested, events(5));

        assertThat(nested.resolve("events.jsonl")).isRegularFile();
        assertThat(nested.resolve("outcomes.jsonl")).isRegularFile();
    }

    @Test
    void sameEventsGiveTheSameBytes() throws Exception {
        run(temp.resolve("a"), events(300));
        run(temp.resolve("b"), events(300));

        assertThat(Files.mismatch(temp.resolve("a/events.jsonl"), temp.resolve("b/events.jsonl"))).isEqualTo(-1);
    }

    @Test
    void finishingTwiceIsHarmless() throws Exception {
        SimulationObserver observer = run(temp, events(5));

        observer.onFinish(null);

        assertThat(Files.readAllLines(temp.resolve("events.jsonl"))).hasSize(5);
    }
}
