package io.bankingsim.core.spi;

import io.bankingsim.core.scenario.PatternSettings;
import io.bankingsim.core.scenario.Scenario;

import java.time.Instant;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * One run of a fraud pattern: what a {@link FraudPattern} is given to produce a campaign's
 * events. Immutable, except for the random stream, which belongs to this campaign alone and is
 * derived from (seed, campaign number), so campaigns do not disturb each other's draws.
 *
 * @param id campaign id, carried in every event's ground truth
 * @param start virtual instant of the campaign's first event
 * @param settings the pattern's scenario settings (intensity, duration, params)
 * @param scenario the whole scenario (currency, time zone, end of the run)
 * @param world the bank's population
 * @param random this campaign's own random stream
 */
public record Campaign(String id, Instant start, PatternSettings settings, Scenario scenario, World world,
                       SplittableRandom random) {
    public Campaign {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(world, "world");
        Objects.requireNonNull(random, "random");
    }
}
