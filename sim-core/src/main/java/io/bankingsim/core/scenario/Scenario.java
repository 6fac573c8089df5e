package io.bankingsim.core.scenario;

import io.bankingsim.core.clock.Speed;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Objects;

/**
 * A validated, immutable scenario: the world to simulate and how to run it. Built by
 * {@link ScenarioLoader} from YAML (every key is documented in docs/scenarios.md), or in code
 * through {@link #defaults(String)} and the {@code with...} methods.
 *
 * @param name display name
 * @param description free text
 * @param source where it was loaded from (a file path or {@code classpath:scenarios/x.yaml})
 * @param seed the seed every random stream derives from; the same seed gives the same world
 * @param start the virtual instant the simulation starts at
 * @param timeZone the zone in which business hours, weekends and attack windows are read
 * @param duration how much virtual time to simulate
 * @param speed the default pace, virtual seconds per wall second (or max)
 * @param customers number of customers at start
 * @param accountsPerCustomer accounts each customer holds (1 to 4)
 * @param newCustomersPerDay expected number of applications from new customers per day (0 or more),
 *     arriving over the day with the shape of the transaction rate
 * @param initialBalance mean opening balance of an account
 * @param currency the bank's currency
 * @param transactionRate arrival intensity of everyday transactions
 * @param fraud fraud rate and patterns
 * @param connections the systems under test
 * @param dashboard the live dashboard
 * @param metrics metric collection and export
 */
public record Scenario(String name, String description, String source, long seed, Instant start, ZoneId timeZone,
                       Duration duration, Speed speed, int customers, int accountsPerCustomer,
                       double newCustomersPerDay, BigDecimal initialBalance, Currency currency, TransactionRate transactionRate, Fraud fraud,
                       Connections connections, DashboardSettings dashboard, MetricsSettings metrics) {

    /** The seed used when a scenario names none, so that runs are reproducible by default. */
    public static final long DEFAULT_SEED = 42L;

    /** The virtual start used when a scenario names none: a Monday at midnight UTC. */
    public static final Instant DEFAULT_START = Instant.parse("2026-01-05T00:00:00Z");

    /** The most customers a scenario may have. */
    public static final int MAX_CUSTOMERS = 10_000_000;

    /** The most applications from new customers a scenario may expect per day. */
    public static final int MAX_NEW_CUSTOMERS_PER_DAY = 1_000_000;

    /** The highest finite speed multiplier. */
    public static final double MAX_SPEED = 10_000_000;

    /** The longest simulated duration, in hours (ten years). */
    public static final int MAX_DURATION_HOURS = 87_600;

    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(speed, "speed");
        Objects.requireNonNull(initialBalance, "initialBalance");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(transactionRate, "transactionRate");
        Objects.requireNonNull(fraud, "fraud");
        Objects.requireNonNull(connections, "connections");
        Objects.requireNonNull(dashboard, "dashboard");
        Objects.requireNonNull(metrics, "metrics");
        if (duration.isNegative() || duration.isZero() || duration.compareTo(Duration.ofHours(MAX_DURATION_HOURS)) > 0) {
            throw new IllegalArgumentException("duration must be more than 0 and at most " + MAX_DURATION_HOURS
                    + " hours, not " + duration.toSeconds() / 3600.0 + " hours");
        }
        if (!speed.isMax() && speed.multiplier() > MAX_SPEED) {
            throw new IllegalArgumentException("speed must be at most " + (long) MAX_SPEED + " or 'max', not " + speed);
        }
        if (customers < 1 || customers > MAX_CUSTOMERS) {
            throw new IllegalArgumentException("customers must be 1 to " + MAX_CUSTOMERS + ", not " + customers);
        }
        if (accountsPerCustomer < 1 || accountsPerCustomer > 4) {
            throw new IllegalArgumentException("accounts_per_customer must be 1 to 4: " + accountsPerCustomer);
        }
        if (!(newCustomersPerDay >= 0) || newCustomersPerDay > MAX_NEW_CUSTOMERS_PER_DAY) {
            throw new IllegalArgumentException("new_customers_per_day must be 0 to " + MAX_NEW_CUSTOMERS_PER_DAY
                    + ", not " + newCustomersPerDay);
        }
        if (initialBalance.signum() < 0) {
            throw new IllegalArgumentException("initial_balance cannot be negative: " + initialBalance);
        }
    }

    /** A scenario with every key at its documented default. */
    public static Scenario defaults(String name) {
        return new Scenario(name, "", "code", DEFAULT_SEED, DEFAULT_START, ZoneId.of("UTC"), Duration.ofHours(24),
                Speed.of(100), 500, 2, 0, new BigDecimal("5000.00"), Currency.getInstance("USD"),
                TransactionRate.DEFAULTS, Fraud.DEFAULTS, Connections.DEFAULTS, DashboardSettings.DEFAULTS,
                MetricsSettings.DEFAULTS);
    }

    /** The virtual instant the simulation ends at. */
    public Instant end() {
        return start.plus(duration);
    }

    public Scenario withName(String value) {
        return toBuilder().name(value).build();
    }

    public Scenario withSeed(long value) {
        return toBuilder().seed(value).build();
    }

    public Scenario withStart(Instant value) {
        return toBuilder().start(value).build();
    }

    public Scenario withDuration(Duration value) {
        return toBuilder().duration(value).build();
    }

    public Scenario withCustomers(int value) {
        return toBuilder().customers(value).build();
    }

    public Scenario withTransactionRate(TransactionRate value) {
        return toBuilder().transactionRate(value).build();
    }

    public Scenario withFraud(Fraud value) {
        return toBuilder().fraud(value).build();
    }

    public Scenario withConnections(Connections value) {
        return toBuilder().connections(value).build();
    }

    public Scenario withDashboard(DashboardSettings value) {
        return toBuilder().dashboard(value).build();
    }

    public Scenario withMetrics(MetricsSettings value) {
        return toBuilder().metrics(value).build();
    }

    public Scenario withTimeZone(ZoneId value) {
        return toBuilder().timeZone(value).build();
    }

    public Scenario withAccountsPerCustomer(int value) {
        return toBuilder().accountsPerCustomer(value).build();
    }

    public Scenario withInitialBalance(BigDecimal value) {
        return toBuilder().initialBalance(value).build();
    }

    public Scenario withCurrency(Currency value) {
        return toBuilder().currency(value).build();
    }

    /**
     * Runs at another pace. The simulated world does not change: transaction rates stay tied to
     * the scenario's own {@code speed_multiplier} (see {@link TransactionRate}).
     */
    public Scenario withSpeed(Speed value) {
        return toBuilder().speed(value).build();
    }

    /** A builder holding this scenario's values, to change several at once. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.description = description;
        b.source = source;
        b.seed = seed;
        b.start = start;
        b.timeZone = timeZone;
        b.duration = duration;
        b.speed = speed;
        b.customers = customers;
        b.accountsPerCustomer = accountsPerCustomer;
        b.newCustomersPerDay = newCustomersPerDay;
        b.initialBalance = initialBalance;
        b.currency = currency;
        b.transactionRate = transactionRate;
        b.fraud = fraud;
        b.connections = connections;
        b.dashboard = dashboard;
        b.metrics = metrics;
        return b;
    }

    /** Changes of a scenario; {@link #build()} validates them as the constructor does. Not thread-safe. */
    public static final class Builder {
        private String name;
        private String description;
        private String source;
        private long seed;
        private Instant start;
        private ZoneId timeZone;
        private Duration duration;
        private Speed speed;
        private int customers;
        private int accountsPerCustomer;
        private double newCustomersPerDay;
        private BigDecimal initialBalance;
        private Currency currency;
        private TransactionRate transactionRate;
        private Fraud fraud;
        private Connections connections;
        private DashboardSettings dashboard;
        private MetricsSettings metrics;

        private Builder() {
        }

        public Builder name(String value) {
            this.name = value;
            return this;
        }

        public Builder description(String value) {
            this.description = value;
            return this;
        }

        public Builder source(String value) {
            this.source = value;
            return this;
        }

        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        public Builder start(Instant value) {
            this.start = value;
            return this;
        }

        public Builder timeZone(ZoneId value) {
            this.timeZone = value;
            return this;
        }

        public Builder duration(Duration value) {
            this.duration = value;
            return this;
        }

        public Builder speed(Speed value) {
            this.speed = value;
            return this;
        }

        public Builder customers(int value) {
            this.customers = value;
            return this;
        }

        public Builder accountsPerCustomer(int value) {
            this.accountsPerCustomer = value;
            return this;
        }

        public Builder newCustomersPerDay(double value) {
            this.newCustomersPerDay = value;
            return this;
        }

        public Builder initialBalance(BigDecimal value) {
            this.initialBalance = value;
            return this;
        }

        public Builder currency(Currency value) {
            this.currency = value;
            return this;
        }

        public Builder transactionRate(TransactionRate value) {
            this.transactionRate = value;
            return this;
        }

        public Builder fraud(Fraud value) {
            this.fraud = value;
            return this;
        }

        public Builder connections(Connections value) {
            this.connections = value;
            return this;
        }

        public Builder dashboard(DashboardSettings value) {
            this.dashboard = value;
            return this;
        }

        public Builder metrics(MetricsSettings value) {
            this.metrics = value;
            return this;
        }

        public Scenario build() {
            return new Scenario(name, description, source, seed, start, timeZone, duration, speed, customers,
                    accountsPerCustomer, newCustomersPerDay, initialBalance, currency, transactionRate, fraud, connections, dashboard,
                    metrics);
        }
    }
}
