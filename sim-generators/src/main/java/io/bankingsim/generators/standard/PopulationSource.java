package io.bankingsim.generators.standard;

import io.bankingsim.core.clock.VirtualClock;
import io.bankingsim.core.event.Channel;
import io.bankingsim.core.event.Event;
import io.bankingsim.core.event.GroundTruth;
import io.bankingsim.core.spi.EventSource;
import io.bankingsim.core.traffic.RandomStreams;
import io.bankingsim.generators.internal.KycModel;

import java.time.Instant;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * The bank as it stands at the start of the run: for each customer of the book in index order,
 * its onboarding (identity, the checks it passed when it joined, its segment and income) and then
 * its account openings, all at the scenario's start instant. Made lazily, one event at a time.
 * Not thread-safe (one owner: the engine loop).
 */
final class PopulationSource implements EventSource {

    private final Population population;
    private final Onboarding onboarding;
    private final Instant start;
    private final long startNanos;
    private final SplittableRandom random;
    private int customer;
    private int step; // 0 = onboarding, 1..accounts = account step-1

    PopulationSource(Population population, Onboarding onboarding, Instant start, SplittableRandom random) {
        this.population = population;
        this.onboarding = onboarding;
        this.start = start;
        this.startNanos = VirtualClock.toNanos(start);
        this.random = random;
    }

    @Override
    public long peekTime() {
        return customer < population.initialCount() ? startNanos : EXHAUSTED;
    }

    @Override
    public Event next() {
        if (customer >= population.initialCount()) {
            throw new NoSuchElementException("population source is exhausted");
        }
        int k = customer;
        String id = RandomStreams.uuid(random);
        Event event;
        if (step == 0) {
            SplittableRandom r = RandomStreams.of(population.seed(), "kyc", k);
            Channel channel = r.nextDouble() < 0.55 ? Channel.BRANCH : population.hasPhone(k) ? Channel.MOBILE
                    : Channel.ONLINE;
            event = onboarding.onboarded(id, start, k, max -> KycModel.established(r, max), channel,
                    GroundTruth.GENUINE);
        } else {
            event = onboarding.accountOpened(id, start, k, step - 1, GroundTruth.GENUINE);
        }
        if (++step > population.accounts()) {
            step = 0;
            customer++;
        }
        return event;
    }
}
