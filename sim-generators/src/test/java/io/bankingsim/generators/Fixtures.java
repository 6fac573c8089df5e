package io.bankingsim.generators;

import io.bankingsim.core.event.Event;
import io.bankingsim.core.scenario.Scenario;
import io.bankingsim.core.spi.EventSource;
import io.bankingsim.core.spi.GenerationContext;
import io.bankingsim.core.spi.TrafficGenerator.GeneratedWorld;
import io.bankingsim.generators.standard.StandardTrafficGenerator;

import java.util.ArrayList;
import java.util.List;

/** Test fixtures: scenarios, generated worlds and drained sources. */
public final class Fixtures {

    private Fixtures() {
    }

    /** The default scenario with a given number of customers and seed. */
    public static Scenario scenario(int customers, long seed) {
        return Scenario.defaults("test").withCustomers(customers).withSeed(seed);
    }

    /** A builder of a variant of {@code base} for the keys {@code Scenario} has no {@code with...} for. */
    public static ScenarioVariant variant(Scenario base) {
        return new ScenarioVariant(base);
    }

    /** Changes the keys of a scenario that have no {@code with...} method. */
    public static final class ScenarioVariant {
        private final Scenario s;
        private int accounts;
        private java.math.BigDecimal initialBalance;
        private java.util.Currency currency;
        private java.time.ZoneId zone;

        private ScenarioVariant(Scenario s) {
            this.s = s;
            this.accounts = s.accountsPerCustomer();
            this.initialBalance = s.initialBalance();
            this.currency = s.currency();
            this.zone = s.timeZone();
        }

        public ScenarioVariant accounts(int n) {
            accounts = n;
            return this;
        }

        public ScenarioVariant initialBalance(String amount) {
            initialBalance = new java.math.BigDecimal(amount);
            return this;
        }

        public ScenarioVariant currency(String code) {
            currency = java.util.Currency.getInstance(code);
            return this;
        }

        public ScenarioVariant zone(String id) {
            zone = java.time.ZoneId.of(id);
            return this;
        }

        public Scenario build() {
            return new Scenario(s.name(), s.description(), s.source(), s.seed(), s.start(), zone, s.duration(),
                    s.speed(), s.customers(), accounts, s.newCustomersPerDay(), initialBalance, currency, s.transactionRate(), s.fraud(),
                    s.connections(), s.dashboard(), s.metrics());
        }
    }

    /** The standard generator's output for a scenario, all of it genuine. */
    public static GeneratedWorld generate(Scenario scenario) {
        return new StandardTrafficGenerator().generate(new GenerationContext(scenario, 1.0));
    }

    /** Up to {@code max} events of a source, every one approved, checking that their times do not go back. */
    public static List<Event> drain(EventSource source, int max) {
        return drain(source, max, e -> io.bankingsim.core.outcome.Decision.APPROVE);
    }

    /**
     * Up to {@code max} events of a source; an adaptive source gets for each event the decision
     * {@code decide} gives (an approved and posted outcome, or a decline), right after it.
     */
    public static List<Event> drain(EventSource source, int max,
                                    java.util.function.Function<Event, io.bankingsim.core.outcome.Decision> decide) {
        List<Event> events = new ArrayList<>();
        long previous = Long.MIN_VALUE;
        while (events.size() < max && source.peekTime() != EventSource.EXHAUSTED) {
            long at = source.peekTime();
            if (at == EventSource.AWAITING_OUTCOMES) {
                throw new AssertionError("the source awaits an outcome it was given: " + events.getLast());
            }
            Event event = source.next();
            if (source.wantsOutcomes()) {
                var decision = decide.apply(event);
                boolean declined = decision == io.bankingsim.core.outcome.Decision.DECLINE;
                source.onOutcome(event, new io.bankingsim.core.outcome.Outcome(event.id(),
                        io.bankingsim.core.outcome.Status.OK, decision, declined ? 0.95 : 0.05, List.of(), !declined, 0,
                        ""));
            }
            if (at < previous) {
                throw new AssertionError("time went back at event " + events.size() + ": " + event);
            }
            if (io.bankingsim.core.clock.VirtualClock.toNanos(event.time()) != at) {
                throw new AssertionError("peekTime " + at + " differs from the event's time: " + event);
            }
            previous = at;
            events.add(event);
        }
        return events;
    }

    /** The world's customer with an id (a linear scan: for tests on small worlds). */
    public static io.bankingsim.core.spi.World.Customer customerById(io.bankingsim.core.spi.World world, String id) {
        for (int k = 0; k < world.customerCount(); k++) {
            if (world.customer(k).customerId().equals(id)) {
                return world.customer(k);
            }
        }
        throw new AssertionError("no customer " + id);
    }

    /** Every event of a source. */
    public static List<Event> drain(EventSource source) {
        return drain(source, Integer.MAX_VALUE);
    }
}
