package io.bankingsim.core.spi;

import java.util.Optional;

/**
 * Extension point: observers that join every run when they apply, e.g. the event-log sinks when
 * the run has an output folder. Found by {@link java.util.ServiceLoader} under a unique
 * {@link #name()}.
 */
public interface ObserverProvider {

    /** Stable, unique name, e.g. {@code jsonl-event-log}. */
    String name();

    /** An observer for this run, or empty when it does not apply (e.g. no output folder). */
    Optional<SimulationObserver> create(RunContext context) throws Exception;
}
