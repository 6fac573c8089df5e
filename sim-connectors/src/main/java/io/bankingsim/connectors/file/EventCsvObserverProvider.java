package io.bankingsim.connectors.file;

import io.bankingsim.core.spi.ObserverProvider;
import io.bankingsim.core.spi.RunContext;
import io.bankingsim.core.spi.SimulationObserver;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Provides the {@code event-csv} observer: an {@link EventCsvObserver} writing the labelled data
 * set {@code events.csv} into the run's output folder, when the run has one. Registered through
 * {@code META-INF/services}. Stateless, thread-safe.
 */
public final class EventCsvObserverProvider implements ObserverProvider {

    /** The provider's name. */
    public static final String NAME = "event-csv";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<SimulationObserver> create(RunContext context) throws IOException {
        Optional<Path> output = context.output();
        if (output.isEmpty() || !context.wants("csv")) {
            return Optional.empty();
        }
        return Optional.of(EventCsvObserver.open(output.get()));
    }
}
