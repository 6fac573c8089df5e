package io.bankingsim.connectors.kafka;

import com.fasterxml.jackson.core.JsonGenerator;
import io.bankingsim.core.event.Event;
import io.bankingsim.core.event.EventJson;
import io.bankingsim.core.metrics.MetricsSnapshot;
import io.bankingsim.core.outcome.Outcome;
import io.bankingsim.core.scenario.Connections;
import io.bankingsim.core.spi.SimulationObserver;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Publishes a run to Kafka: every event, as {@link EventJson} writes it in {@code events.jsonl},
 * to {@link Connections#kafkaEventsTopic()} when it is released, and every outcome, as in
 * {@code outcomes.jsonl}, to {@link Connections#kafkaOutcomesTopic()} when it arrives. Records
 * are keyed by the event's account (customer for events without one, see {@link RecordKeys}); an
 * outcome has its event's key, so one account's events, and its outcomes, keep their order in one
 * partition. Values are UTF-8 JSON; record timestamps are the producer's wall clock (the virtual
 * time is the JSON's {@code time}: brokers reject timestamps far from their clock).
 *
 * <p>The producer is idempotent ({@code enable.idempotence=true}, {@code acks=all}): a retry
 * neither duplicates nor reorders records. {@link #connect} fails fast when the brokers do not
 * answer within {@value #CHECK_SECONDS} s or a topic is missing, so a run never starts against a
 * Kafka it cannot reach. Sending is asynchronous: the engine thread only hands a record to the
 * producer's buffer. It blocks only when that buffer (32 MB) is full, which slows the run down
 * to what Kafka takes (backpressure), for at most {@value #MAX_BLOCK_SECONDS} s per record
 * ({@code max.block.ms}) before the run fails.
 *
 * <p>A record Kafka did not accept fails the run at the next call of this observer (the engine
 * then stops releasing events) and again at {@link #onFinish}, which flushes and closes the
 * producer within {@code connections.timeout_seconds} and fails when a record was not confirmed
 * by then: a run that ends without error has every event and outcome on the brokers, each once.
 *
 * <p>Thread-safety: the observer methods are called on the engine thread only; the producer's
 * callbacks only touch atomics.
 */
public final class KafkaSink implements SimulationObserver {

    /** The producer's {@code client.id}. */
    public static final String CLIENT_ID = "banking-sim";
    /** How long {@link #connect} waits for the brokers to answer. */
    public static final int CHECK_SECONDS = 5;
    /** The producer's {@code max.block.ms} in seconds: the longest a send waits for metadata or buffer room. */
    public static final int MAX_BLOCK_SECONDS = 10;

    private static final System.Logger LOG = System.getLogger(KafkaSink.class.getName());

    private final Producer<String, byte[]> producer;
    private final String servers;
    private final String eventsTopic;
    private final String outcomesTopic;
    private final Duration closeTimeout;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1024);
    private final JsonGenerator json;
    private final Callback confirm = this::confirm;
    private final AtomicReference<KafkaSinkException> failure = new AtomicReference<>();
    private final AtomicLong confirmed = new AtomicLong();
    private long sent;
    private boolean failed;
    private boolean closed;

    KafkaSink(Producer<String, byte[]> producer, String servers, String eventsTopic, String outcomesTopic,
              Duration closeTimeout) {
        this.producer = producer;
        this.servers = servers;
        this.eventsTopic = eventsTopic;
        this.outcomesTopic = outcomesTopic;
        this.closeTimeout = closeTimeout;
        try {
            this.json = EventJson.generator(buffer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks that the brokers at {@code connections.kafka_bootstrap_servers} answer and that both
     * topics exist (or are created by the brokers), then opens an idempotent producer.
     *
     * @throws KafkaSinkException naming the servers (and topic) when Kafka cannot be used
     */
    public static KafkaSink connect(Connections connections) {
        return connect(connections, Duration.ofSeconds(CHECK_SECONDS), Duration.ofSeconds(MAX_BLOCK_SECONDS));
    }

    static KafkaSink connect(Connections connections, Duration check, Duration maxBlock) {
        String servers = connections.kafkaBootstrapServers().trim();
        BrokerCheck.requireReachable(servers, check);
        Producer<String, byte[]> producer;
        try {
            producer = new KafkaProducer<>(producerConfig(servers, maxBlock));
        } catch (KafkaException e) {
            throw new KafkaSinkException("cannot create a Kafka producer for " + servers + ": " + e.getMessage(), e);
        }
        try {
            BrokerCheck.requireTopic(producer, servers, connections.kafkaEventsTopic(), maxBlock);
            BrokerCheck.requireTopic(producer, servers, connections.kafkaOutcomesTopic(), maxBlock);
        } catch (RuntimeException e) {
            producer.close(Duration.ZERO);
            throw e;
        }
        LOG.log(System.Logger.Level.INFO, "publishing events to Kafka topic " + connections.kafkaEventsTopic()
                + " and outcomes to " + connections.kafkaOutcomesTopic() + " at " + servers);
        return new KafkaSink(producer, servers, connections.kafkaEventsTopic(), connections.kafkaOutcomesTopic(),
                Duration.ofSeconds(connections.timeoutSeconds()));
    }

    /** The producer's settings. */
    static Map<String, Object> producerConfig(String servers, Duration maxBlock) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, CLIENT_ID);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        // a few ms of batching make large batches at high rates and cost nothing noticeable at low ones
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        // a batch of JSON shrinks to about a third, for little CPU
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        // the default, 60 s, would stall the engine thread for a minute on a lost broker
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) maxBlock.toMillis());
        return config;
    }

    @Override
    public void onEvent(Event event) {
        if (usable()) {
            buffer.reset();
            try {
                EventJson.writeEvent(json, event);
                json.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            publish(eventsTopic, RecordKeys.of(event), buffer.toByteArray());
        }
    }

    @Override
    public void onOutcome(Event event, Outcome outcome, long responseNanos) {
        if (usable()) {
            buffer.reset();
            try {
                EventJson.writeOutcome(json, outcome, responseNanos);
                json.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            publish(outcomesTopic, RecordKeys.of(event), buffer.toByteArray());
        }
    }

    @Override
    public void onSnapshot(MetricsSnapshot snapshot) {
        usable();
    }

    /**
     * Flushes the records still buffered, closes the producer (waiting at most
     * {@code connections.timeout_seconds}) and fails if a record was refused or not confirmed.
     * Idempotent.
     */
    @Override
    public void onFinish(MetricsSnapshot finalSnapshot) {
        if (closed) {
            return;
        }
        closed = true;
        try {
            producer.close(closeTimeout);
        } catch (KafkaException e) {
            failure.compareAndSet(null, new KafkaSinkException("cannot close the Kafka producer for " + servers
                    + ": " + e.getMessage(), e));
        }
        KafkaSinkException error = failure.get();
        if (error != null) {
            throw new KafkaSinkException(error.getMessage(), error);
        }
        long missing = sent - confirmed.get();
        if (missing > 0) {
            throw new KafkaSinkException(missing + " of " + sent + " records were not confirmed by Kafka at "
                    + servers + " within " + closeTimeout.toSeconds() + " s", null);
        }
    }

    /** Records sent to the producer so far (events and outcomes). */
    long sent() {
        return sent;
    }

    /** False once closed or failed; throws, once, the first failure a callback reported. */
    private boolean usable() {
        if (closed || failed) {
            return false;
        }
        KafkaSinkException error = failure.get();
        if (error != null) {
            failed = true;
            LOG.log(System.Logger.Level.WARNING, error.getMessage(), error);
            throw new KafkaSinkException(error.getMessage(), error);
        }
        return true;
    }

    private void publish(String topic, String key, byte[] value) {
        try {
            producer.send(new ProducerRecord<>(topic, key, value), confirm);
        } catch (KafkaException e) {
            failed = true;
            throw new KafkaSinkException("cannot publish to Kafka topic " + topic + " at " + servers + ": "
                    + e.getMessage(), e);
        }
        sent++;
    }

    /** On the producer's I/O thread (or the caller's, for an immediate refusal). */
    private void confirm(RecordMetadata metadata, Exception error) {
        confirmed.incrementAndGet();
        if (error != null && failure.get() == null) {
            String topic = metadata != null ? " to topic " + metadata.topic() : "";
            failure.compareAndSet(null, new KafkaSinkException("Kafka at " + servers + " did not accept a record"
                    + topic + ": " + error.getMessage(), error));
        }
    }
}
