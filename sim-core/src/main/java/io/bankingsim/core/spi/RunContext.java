package io.bankingsim.core.spi;

import io.bankingsim.core.clock.VirtualClock;
import io.bankingsim.core.scenario.Scenario;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What plug-ins are told about the run they join. Immutable.
 *
 * @param scenario the effective scenario (overrides applied)
 * @param clock the run's virtual clock
 * @param outputDir where the run writes its files, if anywhere
 */
public record RunContext(Scenario scenario, VirtualClock clock, Path outputDir) {
    public RunContext {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(clock, "clock");
    }

    /** The output folder, if the run has one. */
    public Optional<Path> output() {
        return Optional.ofNullable(outputDir);
    }
}
