package io.bankingsim.connectors.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.TimeoutException;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * The checks a Kafka sink makes before a run starts, so that a wrong address or a missing topic
 * ends the run at once with a message that names it, instead of a stall or a failure mid-run.
 * Stateless.
 */
final class BrokerCheck {

    private BrokerCheck() {
    }

    /** Asks the cluster for its id; fails when no broker answers within {@code timeout}. */
    static void requireReachable(String servers, Duration timeout) {
        if (servers.isEmpty()) {
            throw new IllegalArgumentException("no Kafka bootstrap servers");
        }
        int millis = (int) timeout.toMillis();
        Admin admin;
        try {
            admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                    AdminClientConfig.CLIENT_ID_CONFIG, KafkaSink.CLIENT_ID + "-check",
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, millis,
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis));
        } catch (KafkaException e) {
            // e.g. "Failed to create new KafkaAdminClient", caused by "No resolvable bootstrap urls ..."
            throw unreachable(servers, innermostMessage(e), e);
        }
        try {
            admin.describeCluster(new DescribeClusterOptions().timeoutMs(millis)).clusterId().get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            String why = cause instanceof TimeoutException
                    ? "no broker answered within " + timeout.toMillis() / 1000.0 + " s"
                    : cause.getMessage();
            throw unreachable(servers, why, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unreachable(servers, "interrupted while waiting for an answer", e);
        } finally {
            admin.close(Duration.ofSeconds(1));
        }
    }

    /** Reads the topic's partitions, which waits for the brokers to create it where they do so. */
    static void requireTopic(Producer<?, ?> producer, String servers, String topic, Duration maxBlock) {
        try {
            producer.partitionsFor(topic);
        } catch (TimeoutException e) {
            throw new KafkaSinkException("Kafka topic '" + topic + "' does not exist at " + servers
                    + " and was not created within " + maxBlock.toSeconds()
                    + " s: create it, or let the brokers create topics (auto.create.topics.enable)", e);
        } catch (KafkaException e) {
            throw new KafkaSinkException("cannot use Kafka topic '" + topic + "' at " + servers + ": "
                    + e.getMessage(), e);
        }
    }

    private static String innermostMessage(Throwable e) {
        String message = e.getMessage();
        for (Throwable cause = e.getCause(); cause != null && cause != e; e = cause, cause = cause.getCause()) {
            if (cause.getMessage() != null) {
                message = cause.getMessage();
            }
        }
        return message;
    }

    private static KafkaSinkException unreachable(String servers, String why, Throwable cause) {
        return new KafkaSinkException("cannot reach Kafka at " + servers
                + " (connections.kafka_bootstrap_servers): " + why, cause);
    }
}
