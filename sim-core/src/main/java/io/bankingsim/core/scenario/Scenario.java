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
                       BigDecimal initialBalance, Currency currency, TransactionRate transactionRate, Fraud fraud,
                       Connections connections, DashboardSettings dashboard, MetricsSettings metrics) {

    /** The seed used when a scenario names none, so that runs are reproducible by default. */
    public static final long DEFAULT_SEED = 42L;

    /** The virtual start used when a scenario names none: a Monday at midnight UTC. */
    public static final Instant DEFAULT_START = Instant.parse("2026-01-05T00:00:00Z");

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
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("duration must be positive: " + duration);
        }
        if (customers < 1) {
            throw new IllegalArgumentException("customers must be at least 1: " + customers);
        }
        if (accountsPerCustomer < 1 || accountsPerCustomer > 4) {
            throw new IllegalArgumentException("accounts_per_customer must be 1 to 4: " + accountsPerCustomer);
        }
        if (initialBalance.signum() < 0) {
            throw new IllegalArgumentException("initial_balance cannot be negative: " + initialBalance);
        }
    }

    /** A scenario with every key at its documented default. */
    public static Scenario defaults(String name) {
        return new Scenario(name, "", "code", DEFAULT_SEED, DEFAULT_START, ZoneId.of("UTC"), Duration.ofHours(24),
                Speed.of(100), 500, 2, new BigDecimal("5000.00"), Currency.getInstance("USD"),
                TransactionRate.DEFAULTS, Fraud.DEFAULTS, Connections.DEFAULTS, DashboardSettings.DEFAULTS,
                MetricsSettings.DEFAULTS);
    }

    /** The virtual instant the simulation ends at. */
    public Instant end() {
        return start.plus(duration);
    }

    public Scenario withName(String newName) {
        return new Scenario(newName, description, source, seed, start, timeZone, duration, speed, customers,
                accountsPerCustomer, initialBalance, currency, transactionRate, fraud, connections, dashboard,
                metrics);
    }

    public Scenario withSeed(long newSeed) {
        return new Scenario(name, description, source, newSeed, start, timeZone, duration, speed, customers,
                accountsPerCustomer, initialBalance, currency, transactionRate, fraud, connections, dashboard,
                metrics);
    }

    public Scenario withStart(Instant newStart) {
        return new Scenario(name, description, source, seed, newStart, timeZone, duration, speed, customers,
                accountsPerCustomer, initialBalance, currency, transactionRate, fraud, connections, dashboard,
                metrics);
    }

    public Scenario withDuration(Duration newDuration) {
        return new Scenario(name, description, source, seed, start, timeZone, newDuration, speed, customers,
                accountsPerCustomer, initialBalance, currency, transactionRate, fraud, connections, dashboard,
                metrics);
    }

    /**
     * Runs at another pace. The simulated world does not change: transaction rates stay tied to
     * the scenario's own {@code speed_multiplier} (see {@link TransactionRate}).
     */
    public Scenario withSpeed(Speed newSpeed) {
        return new Scenario(name, description, source, seed, start, timeZone, duration, newSpeed, customers,
                accountsPerCustomer, initialBalance, currency, transactionRate, fraud, connections, dashboard,
                metrics);
    }

    public Scenario withCustomers(int newCustomers) {
        return new Scenario(name, description, source, seed, start, timeZone, duration, speed, newCustomers,
                accountsPerCustomer, initialBalance, currency, transactionRate, fraud, connections, dashboard,
                metrics);
    }

    public Scenario withTransactionRate(TransactionRate rate) {
        return new Scenario(name, description, source, seed, start, timeZone, duration, speed, customers,
                accountsPerCustomer, initialBalance, currency, rate, fraud, connections, dashboard, metrics);
    }

    public Scenario withFraud(Fraud newFraud) {
        return new Scenario(name, description, source, seed, start, timeZone, duration, speed, customers,
                accountsPerCustomer, initialBalance, currency, transactionRate, newFraud, connections, dashboard,
                metrics);
    }

    public Scenario withConnections(Connections newConnections) {
        return new Scenario(name, description, source, seed, start, timeZone, duration, speed, customers,
                accountsPerCustomer, initialBalance, currency, transactionRate, fraud, newConnections, dashboard,
                metrics);
    }

    public Scenario withDashboard(DashboardSettings newDashboard) {
        return new Scenario(name, description, source, seed, start, timeZone, duration, speed, customers,
                accountsPerCustomer, initialBalance, currency, transactionRate, fraud, connections, newDashboard,
                metrics);
    }

    public Scenario withMetrics(MetricsSettings newMetrics) {
        return new Scenario(name, description, source, seed, start, timeZone, duration, speed, customers,
                accountsPerCustomer, initialBalance, currency, transactionRate, fraud, connections, dashboard,
                newMetrics);
    }
}
