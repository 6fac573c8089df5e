package io.bankingsim.connectors.file;

import io.bankingsim.core.spi.ObserverProvider;
import io.bankingsim.core.spi.RunContext;
import io.bankingsim.core.spi.SimulationObserver;

import java.io.IOException;
import java.util.Optional;

/**
 * Provides the {@code event-log} observer: an {@link EventLogObserver} writing
 * {@code events.jsonl} and {@code outcomes.jsonl} into the run's output folder, when the run has
 * one. Registered through {@code META-INF/services}. Stateless, thread-safe.
 */
public final class EventLogObserverProvider implements ObserverProvider {

    /** The provider's name. */
    public static final String NAME = "event-log";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<SimulationObserver> create(RunContext context) throws IOException {
        if (!context.wants("jsonl")) { // false without an output folder
            return Optional.empty();
        }
        return Optional.of(EventLogObserver.open(context.outputDir()));
    }
}
