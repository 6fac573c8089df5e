package io.bankingsim.connectors.kafka;

import io.bankingsim.connectors.EventFixtures;
import io.bankingsim.core.clock.ManualTicker;
import io.bankingsim.core.clock.VirtualClock;
import io.bankingsim.core.event.CreditLimitChange;
import io.bankingsim.core.event.Event;
import io.bankingsim.core.event.EventJson;
import io.bankingsim.core.event.GroundTruth;
import io.bankingsim.core.event.Money;
import io.bankingsim.core.event.ProfileChange;
import io.bankingsim.core.event.TransactionType;
import io.bankingsim.core.outcome.Decision;
import io.bankingsim.core.outcome.Outcome;
import io.bankingsim.core.outcome.Status;
import io.bankingsim.core.scenario.Scenario;
import io.bankingsim.core.spi.ObserverProvider;
import io.bankingsim.core.spi.PluginRegistry;
import io.bankingsim.core.spi.RunContext;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Kafka sink's contract, on Kafka's own MockProducer: topics, keys, values, the producer's
 * settings, and how a refused record fails the run.
 */
class KafkaSinkTest {

    private static final String SERVERS = "k1:9092,k2:9092";

    private final EventFixtures fixtures = new EventFixtures();

    private static MockProducer<String, byte[]> producer(boolean autoComplete) {
        return new MockProducer<>(autoComplete, null, new StringSerializer(), new ByteArraySerializer());
    }

    private static KafkaSink sink(MockProducer<String, byte[]> producer) {
        return new KafkaSink(producer, SERVERS, "sim.events", "sim.outcomes", Duration.ofSeconds(3));
    }

    private static Outcome ok(Event event) {
        return new Outcome(event.id(), Status.OK, Decision.APPROVE, 0.2, List.of("velocity"), true, 1_000, "");
    }

    private static String value(ProducerRecord<String, byte[]> record) {
        return new String(record.value(), StandardCharsets.UTF_8);
    }

    @Test
    void eventsAreKeyedByAccountOrElseByCustomer() {
        assertThat(RecordKeys.of(fixtures.purchase("C1", "A1", "5.00").build())).isEqualTo("A1");
        assertThat(RecordKeys.of(fixtures.tx(TransactionType.TRANSFER_OUT, "C1", "A1", "5.00").to("A2").build()))
                .isEqualTo("A1");
        assertThat(RecordKeys.of(fixtures.open("C1", "A3", "10.00", "0"))).isEqualTo("A3");
        assertThat(RecordKeys.of(new CreditLimitChange("e", EventFixtures.NOON, "C1", "A4", Money.of("900", "USD"),
                GroundTruth.GENUINE))).isEqualTo("A4");
        assertThat(RecordKeys.of(fixtures.onboard("C1"))).isEqualTo("C1");
        assertThat(RecordKeys.of(fixtures.login("C1", EventFixtures.device("fp", "US")))).isEqualTo("C1");
        assertThat(RecordKeys.of(new ProfileChange("p", EventFixtures.NOON, "C1", ProfileChange.Change.EMAIL,
                io.bankingsim.core.event.Channel.ONLINE, EventFixtures.device("fp", "US"), GroundTruth.GENUINE)))
                .isEqualTo("C1");
    }

    @Test
    void anEventIsPublishedToTheEventsTopicAsTheEventLogLine() {
        MockProducer<String, byte[]> producer = producer(true);
        Event purchase = fixtures.purchase("C1", "A1", "12.50").build();

        sink(producer).onEvent(purchase);

        ProducerRecord<String, byte[]> record = producer.history().getFirst();
        assertThat(record.topic()).isEqualTo("sim.events");
        assertThat(record.key()).isEqualTo("A1");
        assertThat(value(record)).isEqualTo(EventJson.eventToJson(purchase));
        assertThat(record.timestamp()).as("the producer's clock, not virtual time").isNull();
    }

    @Test
    void anOutcomeIsPublishedToTheOutcomesTopicUnderItsEventsKey() {
        MockProducer<String, byte[]> producer = producer(true);
        KafkaSink sink = sink(producer);
        Event login = fixtures.login("C7", EventFixtures.device("fp", "US"));

        sink.onEvent(login);
        sink.onOutcome(login, ok(login), 3_000_000);

        ProducerRecord<String, byte[]> record = producer.history().get(1);
        assertThat(record.topic()).isEqualTo("sim.outcomes");
        assertThat(record.key()).isEqualTo("C7");
        assertThat(value(record)).isEqualTo(EventJson.outcomeToJson(ok(login), 3_000_000));
    }

    @Test
    void aRefusedRecordFailsTheRunAtTheNextCallAndAgainAtTheFinish() {
        MockProducer<String, byte[]> producer = producer(false);
        KafkaSink sink = sink(producer);
        Event first = fixtures.purchase("C1", "A1", "1.00").build();
        Event second = fixtures.purchase("C1", "A1", "2.00").build();
        sink.onEvent(first);

        producer.errorNext(new org.apache.kafka.common.errors.RecordTooLargeException("too large"));

        assertThatThrownBy(() -> sink.onEvent(second)).isInstanceOf(KafkaSinkException.class)
                .hasMessageContaining("Kafka at " + SERVERS).hasMessageContaining("too large");
        sink.onOutcome(first, ok(first), 0);
        assertThat(producer.history()).as("nothing is published after a failure").hasSize(1);
        assertThatThrownBy(() -> sink.onFinish(null)).isInstanceOf(KafkaSinkException.class)
                .hasMessageContaining("too large");
        assertThat(producer.closed()).isTrue();
    }

    @Test
    void aFailureSurfacesAtTheNextSnapshotWhenNoEventComes() {
        MockProducer<String, byte[]> producer = producer(false);
        KafkaSink sink = sink(producer);
        sink.onEvent(fixtures.onboard("C1"));
        producer.errorNext(new org.apache.kafka.common.errors.TimeoutException("expired"));

        assertThatThrownBy(() -> sink.onSnapshot(null)).isInstanceOf(KafkaSinkException.class)
                .hasMessageContaining("expired");
    }

    @Test
    void aRecordSendCannotTakeFailsTheRunAtOnce() {
        MockProducer<String, byte[]> producer = producer(true);
        producer.sendException = new org.apache.kafka.common.KafkaException("producer closed");
        KafkaSink sink = sink(producer);

        assertThatThrownBy(() -> sink.onEvent(fixtures.onboard("C1"))).isInstanceOf(KafkaSinkException.class)
                .hasMessageContaining("topic sim.events at " + SERVERS).hasMessageContaining("producer closed");
    }

    @Test
    void finishClosesTheProducerAndSucceedsWhenEveryRecordWasConfirmed() {
        MockProducer<String, byte[]> producer = producer(true);
        KafkaSink sink = sink(producer);
        Event e = fixtures.onboard("C1");
        sink.onEvent(e);
        sink.onOutcome(e, ok(e), 0);

        sink.onFinish(null);
        sink.onFinish(null);

        assertThat(producer.closed()).isTrue();
        assertThat(sink.sent()).isEqualTo(2);
    }

    @Test
    void finishFailsWhenARecordWasNeverConfirmed() {
        MockProducer<String, byte[]> producer = producer(false);
        KafkaSink sink = sink(producer);
        sink.onEvent(fixtures.onboard("C1"));
        sink.onEvent(fixtures.onboard("C2"));
        producer.completeNext();

        assertThatThrownBy(() -> sink.onFinish(null)).isInstanceOf(KafkaSinkException.class)
                .hasMessage("1 of 2 records were not confirmed by Kafka at " + SERVERS + " within 3 s");
    }

    @Test
    void theProducerIsIdempotentAndWaitsAtMostTenSecondsForMetadataOrBufferRoom() {
        var config = KafkaSink.producerConfig(SERVERS, Duration.ofSeconds(KafkaSink.MAX_BLOCK_SECONDS));

        assertThat(config).containsEntry(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SERVERS)
                .containsEntry(ProducerConfig.CLIENT_ID_CONFIG, "banking-sim")
                .containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true)
                .containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                .containsEntry(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000)
                .containsEntry(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        // Kafka itself accepts the settings as a whole
        assertThat(new ProducerConfig(config).getBoolean(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG)).isTrue();
    }

    @Test
    void theSinkIsFoundByServiceLoaderAndStaysAwayWithoutBootstrapServers() {
        PluginRegistry<ObserverProvider> registry = PluginRegistry.load(ObserverProvider.class, ObserverProvider::name);
        Scenario scenario = Scenario.defaults("test");
        RunContext context = new RunContext(scenario,
                VirtualClock.start(scenario.start(), scenario.speed(), new ManualTicker()), null);

        assertThat(registry.require("kafka")).isInstanceOf(KafkaSinkProvider.class);
        assertThat(new KafkaSinkProvider().create(context)).isEmpty();
    }
}
