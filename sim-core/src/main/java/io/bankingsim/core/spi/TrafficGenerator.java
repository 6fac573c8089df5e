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
     * @param expectedScheduledTransactions genuine transactions the sources make on top of the
     *     scenario's {@code transaction_rate} (standing orders such as salaries and rent), as
     *     expected over the run; the fraud budget counts them so that {@code fraud.rate} stays the
     *     fraction of all transactions
     */
    record GeneratedWorld(World world, java.util.List<EventSource> sources, double expectedScheduledTransactions) {
        public GeneratedWorld {
            java.util.Objects.requireNonNull(world, "world");
            sources = java.util.List.copyOf(sources);
            if (!(expectedScheduledTransactions >= 0) || Double.isInfinite(expectedScheduledTransactions)) {
                throw new IllegalArgumentException("expected scheduled transactions must be finite and >= 0: "
                        + expectedScheduledTransactions);
            }
        }

        /** A world whose sources follow {@code transaction_rate} alone. */
        public GeneratedWorld(World world, java.util.List<EventSource> sources) {
            this(world, sources, 0);
        }
    }
}
