package io.bankingsim.generators.standard;

import io.bankingsim.core.event.AccountOpened;
import io.bankingsim.core.event.Channel;
import io.bankingsim.core.event.CustomerOnboarded;
import io.bankingsim.core.event.CustomerOnboarded.Identity;
import io.bankingsim.core.event.CustomerOnboarded.KycCheck;
import io.bankingsim.core.event.GroundTruth;
import io.bankingsim.core.event.Device;
import io.bankingsim.core.event.Geo;
import io.bankingsim.core.event.Merchant;
import io.bankingsim.core.spi.World;

import java.time.Instant;
import java.util.SplittableRandom;

/**
 * The standard population as fraud patterns see it: customers re-derived on each call, the run's
 * merchant catalogue, places abroad, new devices, new customers for synthetic identities and
 * everyone's identity. Not thread-safe beyond what {@link World} requires (engine thread).
 */
final class StandardWorld implements World {

    private final Population population;
    private final Customers customers;
    private final Merchants merchants;
    private final Onboarding onboarding;

    StandardWorld(Population population, Customers customers, Merchants merchants, Onboarding onboarding) {
        this.population = population;
        this.customers = customers;
        this.merchants = merchants;
        this.onboarding = onboarding;
    }

    @Override
    public CustomerOnboarded onboarding(String eventId, Instant time, Customer customer, KycCheck checks,
                                        Channel channel, GroundTruth truth) {
        return onboarding.onboarded(eventId, time, customer.index(), max -> checks, channel, truth);
    }

    @Override
    public AccountOpened accountOpening(String eventId, Instant time, Customer customer, String accountId,
                                        GroundTruth truth) {
        int j = customer.accountIds().indexOf(accountId);
        if (j < 0) {
            throw new IllegalArgumentException(customer.customerId() + " holds no account " + accountId);
        }
        return onboarding.accountOpened(eventId, time, customer.index(), j, truth);
    }

    /** The population behind this world (for tests in this package). */
    Population population() {
        return population;
    }

    @Override
    public int customerCount() {
        return population.initialCount();
    }

    @Override
    public Customer customer(int index) {
        if (index < 0 || index >= population.initialCount()) {
            throw new IndexOutOfBoundsException("customer " + index + " of " + population.initialCount());
        }
        return customers.customer(index);
    }

    /** A merchant paid online, like those genuine customers buy from online (see {@link Merchants#online}). */
    @Override
    public Merchant merchant(SplittableRandom random) {
        return merchants.online(random);
    }

    @Override
    public Merchant merchant(String mcc, SplittableRandom random) {
        return merchants.ofMcc(mcc, random);
    }

    @Override
    public Merchant merchantAt(String mcc, Geo place, SplittableRandom random) {
        return merchants.ofMccAt(mcc, place, random);
    }

    @Override
    public Merchant branch(Geo place, int which) {
        return merchants.branchAt(place, which);
    }

    @Override
    public Geo foreignPlace(Geo home, SplittableRandom random) {
        while (true) {
            Geo g = merchants.foreignPlace(random);
            if (!g.country().equals(home.country())) {
                return g;
            }
        }
    }

    @Override
    public Device newDevice(Geo where, SplittableRandom random) {
        Device template = population.facts().device(Math.abs(random.nextInt()), random.nextBoolean(), where);
        return new Device(CustomerFacts.fingerprint(random), template.os(), CustomerFacts.publicIp(random), where);
    }

    @Override
    public void silence(Customer customer, Instant from) {
        population.silence(customer.index(), io.bankingsim.core.clock.VirtualClock.toNanos(from));
    }

    @Override
    public Customer newCustomer(long number) {
        return customers.outsider(number);
    }

    @Override
    public String accountNumber(Customer customer, String accountId) {
        int j = customer.accountIds().indexOf(accountId);
        if (j < 0) {
            throw new IllegalArgumentException(customer.customerId() + " holds no account " + accountId);
        }
        return customers.accountNumber(customer.index(), j);
    }

    @Override
    public Identity identity(Customer customer) {
        int k = customer.index();
        return population.facts().identity(k, population.segment(k), population.city(k));
    }
}
