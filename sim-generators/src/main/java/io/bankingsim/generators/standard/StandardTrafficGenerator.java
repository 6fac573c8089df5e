package io.bankingsim.generators.standard;

import io.bankingsim.core.clock.VirtualClock;
import io.bankingsim.core.scenario.Scenario;
import io.bankingsim.core.spi.GenerationContext;
import io.bankingsim.core.spi.TrafficGenerator;
import io.bankingsim.core.traffic.ArrivalIntensity;
import io.bankingsim.core.traffic.PoissonArrivals;
import io.bankingsim.core.traffic.RandomStreams;
import io.bankingsim.generators.internal.Ids;

import java.util.List;

/**
 * The built-in traffic generator, {@code standard}: a compact population of
 * {@code scenario.customers()} customers holding {@code accounts_per_customer} accounts each
 * (checking, savings, credit card, business, in that order), and their everyday life.
 *
 * <p>{@link #generate} returns two sources: the population, onboarded at the scenario's start
 * (each customer followed by its account openings), and everyday transactions arriving as a
 * Poisson process over the scenario's {@link ArrivalIntensity} times the genuine share, online and
 * mobile ones preceded by a login. Every customer is derived from (seed, customer index) alone;
 * the same scenario and seed give the same events. Stateless and thread-safe; the world and
 * sources it returns belong to one run and its engine thread.
 */
public final class StandardTrafficGenerator implements TrafficGenerator {

    /** The name the generator is registered under. */
    public static final String NAME = "standard";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public GeneratedWorld generate(GenerationContext context) {
        Scenario scenario = context.scenario();
        if (scenario.customers() > Ids.MAX_CUSTOMER_INDEX + 1) {
            throw new IllegalArgumentException("the standard generator supports up to "
                    + (Ids.MAX_CUSTOMER_INDEX + 1) + " customers, not " + scenario.customers());
        }
        Population population = new Population(scenario);
        long seed = scenario.seed();
        PopulationSource onboarding = new PopulationSource(population, scenario.start(),
                RandomStreams.of(seed, "population", 0));
        PoissonArrivals arrivals = new PoissonArrivals(ArrivalIntensity.of(scenario), context.genuineShare(),
                RandomStreams.of(seed, "everyday", 0));
        EverydaySource everyday = new EverydaySource(population, arrivals, RandomStreams.of(seed, "everyday", 1),
                scenario.timeZone(), VirtualClock.toNanos(scenario.start()));
        return new GeneratedWorld(new StandardWorld(population), List.of(onboarding, everyday));
    }
}
