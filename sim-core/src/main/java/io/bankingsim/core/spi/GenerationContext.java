package io.bankingsim.core.spi;

import io.bankingsim.core.scenario.Scenario;

/**
 * What a {@link TrafficGenerator} is given to build its world: the scenario (with the run's
 * seed, customer count and duration already applied) and the share of transactions that is
 * genuine. Immutable.
 *
 * @param scenario the scenario to generate
 * @param genuineShare the fraction of the scenario's transaction intensity that everyday traffic
 *     must produce (1 - fraud.rate); fraud campaigns produce the rest
 */
public record GenerationContext(Scenario scenario, double genuineShare) {
    public GenerationContext {
        if (!(genuineShare >= 0 && genuineShare <= 1)) {
            throw new IllegalArgumentException("genuine share must be within 0..1: " + genuineShare);
        }
    }
}
