package io.bankingsim.connectors.kafka;

import io.bankingsim.core.scenario.Connections;
import io.bankingsim.core.spi.ObserverProvider;
import io.bankingsim.core.spi.RunContext;
import io.bankingsim.core.spi.SimulationObserver;

import java.util.Optional;

/**
 * Provides the {@code kafka} observer: a {@link KafkaSink} when the scenario's
 * {@code connections.kafka_bootstrap_servers} is not empty, nothing otherwise. Creating it checks
 * the brokers and topics, so a run against an unreachable Kafka fails before its first event.
 * Registered through {@code META-INF/services}. Stateless, thread-safe.
 */
public final class KafkaSinkProvider implements ObserverProvider {

    /** The provider's name. */
    public static final String NAME = "kafka";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<SimulationObserver> create(RunContext context) {
        Connections connections = context.scenario().connections();
        if (connections.kafkaBootstrapServers().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(KafkaSink.connect(connections));
    }
}
