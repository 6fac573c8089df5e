package io.bankingsim.core.scenario;

import java.net.URI;
import java.util.Objects;

/**
 * Where the systems under test are and how to talk to them. Immutable.
 *
 * @param nexumUrl base URL of Nexum, the core-banking system
 * @param bastionUrl base URL of Bastion, the fraud detector
 * @param kafkaBootstrapServers Kafka bootstrap servers for the event sink, or empty for none
 * @param timeoutSeconds per-request timeout
 * @param maxRetries retries of a failed request where a retry is safe
 * @param maxInFlight events being delivered at once at most (the pipeline's bound)
 */
public record Connections(URI nexumUrl, URI bastionUrl, String kafkaBootstrapServers, int timeoutSeconds,
                          int maxRetries, int maxInFlight) {

    public static final Connections DEFAULTS = new Connections(URI.create("http://localhost:8090"),
            URI.create("http://localhost:8080"), "", 30, 3, 64);

    public Connections {
        Objects.requireNonNull(nexumUrl, "nexumUrl");
        Objects.requireNonNull(bastionUrl, "bastionUrl");
        Objects.requireNonNull(kafkaBootstrapServers, "kafkaBootstrapServers");
        if (timeoutSeconds < 1 || maxRetries < 0 || maxInFlight < 1) {
            throw new IllegalArgumentException("timeout_seconds >= 1, max_retries >= 0, max_in_flight >= 1");
        }
    }

    public Connections withNexumUrl(URI url) {
        return new Connections(url, bastionUrl, kafkaBootstrapServers, timeoutSeconds, maxRetries, maxInFlight);
    }

    public Connections withBastionUrl(URI url) {
        return new Connections(nexumUrl, url, kafkaBootstrapServers, timeoutSeconds, maxRetries, maxInFlight);
    }

    public Connections withMaxInFlight(int n) {
        return new Connections(nexumUrl, bastionUrl, kafkaBootstrapServers, timeoutSeconds, maxRetries, n);
    }
}
