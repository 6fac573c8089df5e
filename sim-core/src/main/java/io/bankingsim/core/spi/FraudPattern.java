package io.bankingsim.core.spi;

import io.bankingsim.core.scenario.PatternSettings;

/**
 * Extension point: a kind of fraud, run as campaigns. The engine decides when campaigns start
 * (from {@code fraud.rate}, weights, counts and the attack window); the pattern decides what a
 * campaign does. Every event of a campaign carries a fraud {@link io.bankingsim.core.event.GroundTruth}
 * with the pattern's {@link #type()} and the campaign's id; a victim's innocent events stay genuine.
 *
 * <p>Found by {@link java.util.ServiceLoader} under a unique {@link #type()}; a scenario names it
 * in {@code fraud.patterns[].type}. Implementations must be stateless or thread-safe; per-campaign
 * state lives in the {@link EventSource} a campaign returns.
 */
public interface FraudPattern {

    /** Stable, unique type name used in scenarios, e.g. {@code card_testing}. */
    String type();

    /**
     * Mean number of fraudulent transactions one campaign produces with these settings. Used to
     * turn {@code fraud.rate} into a number of campaigns, so it must match what
     * {@link #campaign(Campaign)} does on average.
     */
    double expectedTransactions(PatternSettings settings);

    /** The events of one campaign, starting at {@link Campaign#start()}, in virtual-time order. */
    EventSource campaign(Campaign campaign);

    /**
     * Checks a scenario's settings for this pattern before the run starts, above all its
     * {@code params}: throws {@link IllegalArgumentException} with a message naming the parameter,
     * what is wrong and the allowed values. The default accepts anything.
     */
    default void check(io.bankingsim.core.scenario.PatternSettings settings) {
    }
}
