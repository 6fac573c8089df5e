package io.bankingsim.generators.standard;

import io.bankingsim.core.clock.VirtualClock;
import io.bankingsim.core.event.AccountOpened;
import io.bankingsim.core.event.CustomerOnboarded;
import io.bankingsim.core.event.Event;
import io.bankingsim.core.event.GroundTruth;
import io.bankingsim.core.event.Money;
import io.bankingsim.core.spi.EventSource;
import io.bankingsim.core.traffic.RandomStreams;

import java.time.Instant;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * The bank as it stands at the start of the run: for each customer in index order, its
 * onboarding and then its account openings, all at the scenario's start instant. Made lazily,
 * one event at a time. Not thread-safe (one owner: the engine loop).
 */
final class PopulationSource implements EventSource {

    private final Population population;
    private final Instant start;
    private final long startNanos;
    private final SplittableRandom random;
    private int customer;
    private int step; // 0 = onboarding, 1..accounts = account step-1

    PopulationSource(Population population, Instant start, SplittableRandom random) {
        this.population = population;
        this.start = start;
        this.startNanos = VirtualClock.toNanos(start);
        this.random = random;
    }

    @Override
    public long peekTime() {
        return customer < population.count() ? startNanos : EXHAUSTED;
    }

    @Override
    public Event next() {
        if (customer >= population.count()) {
            throw new NoSuchElementException("population source is exhausted");
        }
        int k = customer;
        String id = RandomStreams.uuid(random);
        Event event;
        if (step == 0) {
            event = new CustomerOnboarded(id, start, Population.customerId(k), population.identity(k),
                    population.kyc(k), GroundTruth.GENUINE);
        } else {
            int j = step - 1;
            event = new AccountOpened(id, start, Population.customerId(k), Population.accountId(k, j),
                    Population.product(j), Money.ofMinor(population.openingBalance(k, j), population.currency()),
                    Money.ofMinor(population.creditLimit(k, j), population.currency()), GroundTruth.GENUINE);
        }
        if (++step > population.accounts()) {
            step = 0;
            customer++;
        }
        return event;
    }
}
