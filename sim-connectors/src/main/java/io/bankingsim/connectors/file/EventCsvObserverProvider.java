package io.bankingsim.connectors.file;

import io.bankingsim.core.spi.ObserverProvider;
import io.bankingsim.core.spi.RunContext;
import io.bankingsim.core.spi.SimulationObserver;

import java.io.IOException;
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
        if (!context.wants("csv")) { // false without an output folder
            return Optional.empty();
        }
        return Optional.of(EventCsvObserver.open(context.outputDir()));
    }
}
