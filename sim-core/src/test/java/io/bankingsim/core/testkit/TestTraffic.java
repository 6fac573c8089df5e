package io.bankingsim.core.testkit;

import io.bankingsim.core.clock.VirtualClock;
import io.bankingsim.core.event.Channel;
import io.bankingsim.core.event.Device;
import io.bankingsim.core.event.Event;
import io.bankingsim.core.event.Geo;
import io.bankingsim.core.event.GroundTruth;
import io.bankingsim.core.event.Merchant;
import io.bankingsim.core.event.Money;
import io.bankingsim.core.event.Transaction;
import io.bankingsim.core.event.TransactionType;
import io.bankingsim.core.scenario.Scenario;
import io.bankingsim.core.spi.EventSource;
import io.bankingsim.core.spi.GenerationContext;
import io.bankingsim.core.spi.TrafficGenerator;
import io.bankingsim.core.spi.World;
import io.bankingsim.core.traffic.ArrivalIntensity;
import io.bankingsim.core.traffic.PoissonArrivals;
import io.bankingsim.core.traffic.RandomStreams;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A minimal traffic generator for the core's own tests: card purchases of 10.00 by random
 * customers, arriving as the scenario's intensity says. Registered as {@code test-traffic}.
 */
public final class TestTraffic implements TrafficGenerator {

    static final Geo HOME = new Geo("Springfield", "US", 39.8, -89.6);

    @Override
    public String name() {
        return "test-traffic";
    }

    @Override
    public GeneratedWorld generate(GenerationContext context) {
        Scenario s = context.scenario();
        TestWorld world = new TestWorld(s.customers());
        PoissonArrivals arrivals = new PoissonArrivals(ArrivalIntensity.of(s), context.genuineShare(),
                RandomStreams.of(s.seed(), "test-traffic", 0));
        SplittableRandom random = RandomStreams.of(s.seed(), "test-traffic-picks", 0);
        EventSource source = new EventSource() {
            long next = arrivals.next();

            @Override
            public long peekTime() {
                return next == Long.MAX_VALUE ? EXHAUSTED : next;
            }

            @Override
            public Event next() {
                int k = random.nextInt(world.customerCount());
                World.Customer c = world.customer(k);
                Event e = purchase(RandomStreams.uuid(random), next, c, 1000, GroundTruth.GENUINE, world.merchant(random));
                next = arrivals.next();
                return e;
            }
        };
        return new GeneratedWorld(world, List.of(source));
    }

    /** A card purchase of {@code cents} by the customer at the merchant. */
    public static Transaction purchase(String id, long epochNanos, World.Customer c, long cents, GroundTruth truth,
                                       Merchant merchant) {
        return new Transaction(id, VirtualClock.fromNanos(epochNanos), TransactionType.CARD_PURCHASE, c.customerId(),
                c.accountIds().get(0), null, Money.ofMinor(cents, java.util.Currency.getInstance("USD")),
                Channel.CARD_PRESENT, merchant, null, truth);
    }

    /** A population of identical customers at one place. */
    static final class TestWorld implements World {
        private final int customers;

        TestWorld(int customers) {
            this.customers = customers;
        }

        @Override
        public int customerCount() {
            return customers;
        }

        @Override
        public Customer customer(int index) {
            return new Customer(index, "C" + index, List.of("A" + index), HOME,
                    new Device("fp" + index, "Android 15", "10.0.0.1", HOME));
        }

        @Override
        public Merchant merchant(SplittableRandom random) {
            return new Merchant("M" + random.nextInt(10), "Shop", "5411", HOME);
        }

        @Override
        public Merchant merchant(String mcc, SplittableRandom random) {
            return new Merchant("M" + random.nextInt(10), "Shop", mcc, HOME);
        }

        @Override
        public Geo foreignPlace(Geo home, SplittableRandom random) {
            return new Geo("Lagos", "NG", 6.5, 3.4);
        }

        @Override
        public Device newDevice(Geo where, SplittableRandom random) {
            return new Device("new" + random.nextInt(), "Linux", "203.0.113.9", where);
        }
    }
}
