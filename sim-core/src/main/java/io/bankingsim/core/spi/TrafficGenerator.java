package io.bankingsim.core.spi;

/**
 * Extension point: the everyday life of a bank. A generator builds the population (customers,
 * accounts, devices) and the genuine traffic (onboarding, account openings, logins,
 * transactions) following the scenario's {@code transaction_rate}, and exposes the population to
 * fraud patterns as a {@link World}.
 *
 * <p>Found by {@link java.util.ServiceLoader} under a unique {@link #name()}; a run uses the one
 * named {@code standard} unless the embedding API names another.
 */
public interface TrafficGenerator {

    /** Stable, unique name, e.g. {@code standard}. */
    String name();

    /** Builds the world for one run. Called once per run, on the engine thread. */
    GeneratedWorld generate(GenerationContext context);

    /**
     * What a generator produced for one run.
     *
     * @param world the population as fraud patterns see it
     * @param sources the genuine event streams, each in virtual-time order
     */
    record GeneratedWorld(World world, java.util.List<EventSource> sources) {
        public GeneratedWorld {
            java.util.Objects.requireNonNull(world, "world");
            sources = java.util.List.copyOf(sources);
        }
    }
}
