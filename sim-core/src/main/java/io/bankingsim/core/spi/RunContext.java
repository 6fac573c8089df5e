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
 * @param outputFormats the event-log formats asked for, among {@link #FORMATS}
 */
public record RunContext(Scenario scenario, VirtualClock clock, Path outputDir, java.util.Set<String> outputFormats) {

    /** The event-log formats: {@code jsonl} (events.jsonl, outcomes.jsonl) and {@code csv} (events.csv). */
    public static final java.util.Set<String> FORMATS = java.util.Set.of("jsonl", "csv");

    public RunContext {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(clock, "clock");
        outputFormats = checkFormats(outputFormats);
    }

    /**
     * An unmodifiable copy of {@code formats}, each one of {@link #FORMATS}.
     *
     * @throws IllegalArgumentException naming an unknown format and the allowed ones
     */
    public static java.util.Set<String> checkFormats(java.util.Set<String> formats) {
        java.util.Set<String> copy = java.util.Set.copyOf(formats);
        for (String f : copy) {
            if (!FORMATS.contains(f)) {
                throw new IllegalArgumentException("unknown output format '" + f + "'; allowed: jsonl, csv");
            }
        }
        return copy;
    }

    /** A context asking for every format. */
    public RunContext(Scenario scenario, VirtualClock clock, Path outputDir) {
        this(scenario, clock, outputDir, FORMATS);
    }

    /** Whether the run has an output folder and wants the event log in {@code format} there. */
    public boolean wants(String format) {
        return outputDir != null && outputFormats.contains(format);
    }

    /** The output folder, if the run has one. */
    public Optional<Path> output() {
        return Optional.ofNullable(outputDir);
    }
}
