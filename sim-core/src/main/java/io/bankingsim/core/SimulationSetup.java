package io.bankingsim.core;

import io.bankingsim.core.clock.Ticker;
import io.bankingsim.core.scenario.PatternSettings;
import io.bankingsim.core.scenario.Scenario;
import io.bankingsim.core.spi.Connector;
import io.bankingsim.core.spi.FraudPattern;
import io.bankingsim.core.spi.SimulationObserver;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a run needs, checked before it starts. Immutable.
 */
record SimulationSetup(Scenario scenario, Simulation.Plugins plugins, String generatorName, String connectorName,
                       Connector connector, List<SimulationObserver> observers, Path output,
                       java.util.Set<String> outputFormats, int recordLimit,
                       Ticker ticker, Duration drainTimeout) {

    /** Fails, naming what is missing, when a needed plug-in is not on the class path. */
    void check() throws SimulationException {
        if (plugins.generators().find(generatorName).isEmpty()) {
            throw new SimulationException("no traffic generator named '" + generatorName + "' on the class path; found: "
                    + names(plugins.generators().names()), true);
        }
        if (connector == null && plugins.connectors().find(connectorName).isEmpty()) {
            throw new SimulationException("no connector named '" + connectorName + "' on the class path; found: "
                    + names(plugins.connectors().names()), true);
        }
        for (PatternSettings p : scenario.fraud().patterns()) {
            if (plugins.patterns().find(p.type()).isEmpty()) {
                throw new SimulationException(scenario.source() + ": fraud pattern '" + p.type()
                        + "' has no implementation on the class path; found: " + names(plugins.patterns().names()), true);
            }
            try {
                plugins.patterns().require(p.type()).check(p);
            } catch (IllegalArgumentException e) {
                throw new SimulationException(scenario.source() + ": fraud pattern '" + p.type() + "': "
                        + e.getMessage(), true);
            }
        }
    }

    /** The scenario's patterns, or every registered pattern with weight 1 when it names none. */
    List<PatternSettings> patterns() {
        if (!scenario.fraud().patterns().isEmpty()) {
            return scenario.fraud().patterns();
        }
        List<PatternSettings> all = new ArrayList<>();
        for (String type : plugins.patterns().names()) {
            all.add(PatternSettings.of(type));
        }
        return all;
    }

    /** The implementation of each of {@link #patterns()}, at the same index. */
    List<FraudPattern> patternImplementations() {
        return patterns().stream().map(p -> plugins.patterns().require(p.type())).toList();
    }

    private static String names(java.util.Collection<String> names) {
        return names.isEmpty() ? "none" : String.join(", ", names);
    }
}
