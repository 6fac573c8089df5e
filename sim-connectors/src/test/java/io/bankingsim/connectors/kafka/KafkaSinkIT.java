package io.bankingsim.connectors.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bankingsim.core.Simulation;
import io.bankingsim.core.SimulationException;
import io.bankingsim.core.SimulationResult;
import io.bankingsim.core.clock.Speed;
import io.bankingsim.core.scenario.Connections;
import io.bankingsim.core.scenario.Scenario;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Kafka sink against a real broker in this JVM: a whole dry run arrives once, in order per
 * account, byte for byte as in the event log; an unreachable broker or a missing topic stops the
 * run before it starts, with a message naming them.
 */
class KafkaSinkIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path EVERY_KIND = resource("every_kind.yaml");

    private static KafkaBroker broker;

    @TempDir
    Path out;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = KafkaBroker.start();
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    private static UnaryOperator<Scenario> kafka(String servers, String events, String outcomes) {
        return s -> s.withConnections(s.connections().toBuilder().kafkaBootstrapServers(servers)
                .kafkaEventsTopic(events).kafkaOutcomesTopic(outcomes).build());
    }

    @Test
    void aDryRunPublishesEveryEventAndOutcomeOnceInOrderPerKeyAsTheEventLogWritesThem() throws Exception {
        broker.createTopics(3, "run1.events", "run1.outcomes");

        SimulationResult result = Simulation.builder().scenario(EVERY_KIND).speed(Speed.MAX).recordEvents(false)
                .output(out).customize(kafka(broker.bootstrapServers(), "run1.events", "run1.outcomes"))
                .build().run();

        assertThat(result.completed()).isTrue();
        List<String> events = Files.readAllLines(out.resolve("events.jsonl"));
        List<String> outcomes = Files.readAllLines(out.resolve("outcomes.jsonl"));
        Map<String, String> keyOfEvent = new HashMap<>();
        Map<String, List<String>> eventsByKey = new LinkedHashMap<>();
        for (String line : events) {
            JsonNode event = JSON.readTree(line);
            String key = expectedKey(event);
            assertThat(keyOfEvent.put(event.get("id").asText(), key)).as("unique event id").isNull();
            eventsByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(line);
        }
        Map<String, List<String>> outcomesByKey = new LinkedHashMap<>();
        for (String line : outcomes) {
            String key = keyOfEvent.get(JSON.readTree(line).get("event_id").asText());
            outcomesByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(line);
        }

        List<ConsumerRecord<String, byte[]>> eventRecords = broker.readAll("run1.events");
        List<ConsumerRecord<String, byte[]>> outcomeRecords = broker.readAll("run1.outcomes");

        assertThat(eventRecords).hasSameSizeAs(events);
        assertThat(outcomeRecords).hasSameSizeAs(outcomes).hasSameSizeAs(events);
        assertThat(byKey(eventRecords)).as("each key's events, in release order, as in events.jsonl")
                .containsExactlyInAnyOrderEntriesOf(eventsByKey);
        assertThat(byKey(outcomeRecords)).as("each key's outcomes, in arrival order, as in outcomes.jsonl")
                .containsExactlyInAnyOrderEntriesOf(outcomesByKey);
        for (List<String> sequence : byKey(eventRecords).values()) {
            List<String> times = new ArrayList<>();
            for (String value : sequence) {
                times.add(JSON.readTree(value).get("time").asText());
            }
            assertThat(times.stream().map(java.time.Instant::parse).toList()).as("virtual-time order").isSorted();
        }
        assertThat(eventRecords).extracting(ConsumerRecord::partition).as("keys spread over the partitions")
                .contains(0, 1, 2);
    }

    @Test
    void anUnreachableBrokerFailsTheRunBeforeItStartsNamingTheServers() throws Exception {
        String nobody = "127.0.0.1:" + freePort();
        long start = System.nanoTime();

        assertThatThrownBy(() -> Simulation.builder().scenario("normal_day").customers(20).durationHours(1)
                .speed(Speed.MAX).customize(kafka(nobody, "e", "o")).build().start())
                .isInstanceOf(SimulationException.class)
                .hasMessageContaining("cannot reach Kafka at " + nobody)
                .hasMessageContaining("kafka_bootstrap_servers");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("fails fast")
                .isLessThan(Duration.ofSeconds(KafkaSink.CHECK_SECONDS + 10));
    }

    @Test
    void aHostThatDoesNotResolveFailsAtOnceNamingIt() {
        Connections connections = Scenario.defaults("t").connections().toBuilder()
                .kafkaBootstrapServers("no-such-host.invalid:9092").build();

        assertThatThrownBy(() -> KafkaSink.connect(connections))
                .isInstanceOf(KafkaSinkException.class)
                .hasMessageContaining("cannot reach Kafka at no-such-host.invalid:9092");
    }

    @Test
    void aMissingTopicFailsBeforeTheRunStartsNamingIt() {
        Connections connections = Scenario.defaults("t").connections().toBuilder()
                .kafkaBootstrapServers(broker.bootstrapServers()).kafkaEventsTopic("nowhere.events").build();

        assertThatThrownBy(() -> KafkaSink.connect(connections, Duration.ofSeconds(5), Duration.ofSeconds(1)))
                .isInstanceOf(KafkaSinkException.class)
                .hasMessageContaining("topic 'nowhere.events' does not exist at " + broker.bootstrapServers());
    }

    /** The account for the kinds that concern one, the customer for the others. */
    private static String expectedKey(JsonNode event) {
        return switch (event.get("kind").asText()) {
            case "transaction", "account_opened", "credit_limit_change" -> event.get("account_id").asText();
            default -> event.get("customer_id").asText();
        };
    }

    /** Record values by key, each key's in partition-offset order, checking each key sits in one partition. */
    private static Map<String, List<String>> byKey(List<ConsumerRecord<String, byte[]>> records) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        Map<String, Integer> partitionOfKey = new HashMap<>();
        for (ConsumerRecord<String, byte[]> r : records) {
            Integer partition = partitionOfKey.putIfAbsent(r.key(), r.partition());
            assertThat(partition == null || partition == r.partition()).as("one partition for key " + r.key()).isTrue();
            values.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(new String(r.value(), StandardCharsets.UTF_8));
        }
        return values;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Path resource(String name) {
        try {
            return Path.of(KafkaSinkIT.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
