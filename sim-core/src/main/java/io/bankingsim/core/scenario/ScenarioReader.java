package io.bankingsim.core.scenario;

import io.bankingsim.core.clock.Speed;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import static io.bankingsim.core.scenario.ScenarioSchema.ACCOUNTS_PER_CUSTOMER;
import static io.bankingsim.core.scenario.ScenarioSchema.BASTION_URL;
import static io.bankingsim.core.scenario.ScenarioSchema.BUSINESS_HOURS;
import static io.bankingsim.core.scenario.ScenarioSchema.COLLECT_INTERVAL_SECONDS;
import static io.bankingsim.core.scenario.ScenarioSchema.CONNECTIONS;
import static io.bankingsim.core.scenario.ScenarioSchema.CURRENCY;
import static io.bankingsim.core.scenario.ScenarioSchema.CUSTOMERS;
import static io.bankingsim.core.scenario.ScenarioSchema.DASHBOARD;
import static io.bankingsim.core.scenario.ScenarioSchema.DASHBOARD_ENABLED;
import static io.bankingsim.core.scenario.ScenarioSchema.DESCRIPTION;
import static io.bankingsim.core.scenario.ScenarioSchema.NEW_CUSTOMERS_PER_DAY;
import static io.bankingsim.core.scenario.ScenarioSchema.DURATION_HOURS;
import static io.bankingsim.core.scenario.ScenarioSchema.EXPORT_CSV;
import static io.bankingsim.core.scenario.ScenarioSchema.FRAUD;
import static io.bankingsim.core.scenario.ScenarioSchema.HOST;
import static io.bankingsim.core.scenario.ScenarioSchema.INITIAL_BALANCE;
import static io.bankingsim.core.scenario.ScenarioSchema.KAFKA_BOOTSTRAP_SERVERS;
import static io.bankingsim.core.scenario.ScenarioSchema.MAX_IN_FLIGHT;
import static io.bankingsim.core.scenario.ScenarioSchema.MAX_RETRIES;
import static io.bankingsim.core.scenario.ScenarioSchema.METRICS;
import static io.bankingsim.core.scenario.ScenarioSchema.METRICS_ENABLED;
import static io.bankingsim.core.scenario.ScenarioSchema.NAME;
import static io.bankingsim.core.scenario.ScenarioSchema.NEXUM_URL;
import static io.bankingsim.core.scenario.ScenarioSchema.OFF_PEAK_TPS;
import static io.bankingsim.core.scenario.ScenarioSchema.PEAK_TPS;
import static io.bankingsim.core.scenario.ScenarioSchema.PORT;
import static io.bankingsim.core.scenario.ScenarioSchema.RETENTION_MINUTES;
import static io.bankingsim.core.scenario.ScenarioSchema.ROOT;
import static io.bankingsim.core.scenario.ScenarioSchema.SEED;
import static io.bankingsim.core.scenario.ScenarioSchema.SPEED_MULTIPLIER;
import static io.bankingsim.core.scenario.ScenarioSchema.START;
import static io.bankingsim.core.scenario.ScenarioSchema.TIMEOUT_SECONDS;
import static io.bankingsim.core.scenario.ScenarioSchema.TIME_ZONE;
import static io.bankingsim.core.scenario.ScenarioSchema.TRANSACTION_RATE;
import static io.bankingsim.core.scenario.ScenarioSchema.WEEKEND_MULTIPLIER;
import static io.bankingsim.core.scenario.ScenarioSchema.FLOW;
import static io.bankingsim.core.scenario.ScenarioSchema.MAX_RPS;
import static io.bankingsim.core.scenario.ScenarioSchema.SCORE_BATCH_SIZE;
import static io.bankingsim.core.scenario.ScenarioSchema.SCORE_LOGINS;
import static io.bankingsim.core.scenario.ScenarioSchema.FEEDBACK_DELAY_HOURS;
import static io.bankingsim.core.scenario.ScenarioSchema.NEXUM_USERNAME;
import static io.bankingsim.core.scenario.ScenarioSchema.NEXUM_PASSWORD;
import static io.bankingsim.core.scenario.ScenarioSchema.PATHS;
import static io.bankingsim.core.scenario.ScenarioSchema.CHANNELS;
import static io.bankingsim.core.scenario.ScenarioSchema.KAFKA_EVENTS_TOPIC;
import static io.bankingsim.core.scenario.ScenarioSchema.KAFKA_OUTCOMES_TOPIC;
import static io.bankingsim.core.scenario.ScenarioSchema.MAX_OUTAGE_SECONDS;

/**
 * Turns the YAML tree of a scenario into a {@link Scenario}: reads every section through the
 * tables of {@link ScenarioSchema}, fills in the records' defaults, and checks what spans keys
 * (the start in its time zone, the balance against the currency's decimals). Problems go to the
 * collector; when there are any the result must not be used. Immutable and thread-safe.
 */
final class ScenarioReader {

    private static final Scenario DEFAULTS = Scenario.defaults("defaults");

    private final FraudReader fraudReader;

    ScenarioReader(List<String> knownPatternTypes) {
        this.fraudReader = new FraudReader(knownPatternTypes);
    }

    /** The scenario, or null when a problem was found (then it is in the collector). */
    Scenario read(YamlNode.Mapping root, String source, Problems problems) {
        Values top = ROOT.read(root, "", problems);
        ZoneId zone = top.get(TIME_ZONE, DEFAULTS.timeZone());
        Instant start = top.find(START).map(s -> s.in(zone)).orElse(DEFAULTS.start());
        double speed = top.get(SPEED_MULTIPLIER, DEFAULTS.speed().multiplier());
        Currency currency = top.get(CURRENCY, DEFAULTS.currency());
        BigDecimal balance = balance(top, currency, problems);
        TransactionRate rate = transactionRate(section(top, TRANSACTION_RATE), speed);
        Fraud fraud = fraudReader.read(section(top, FRAUD), problems);
        Connections connections = connections(section(top, CONNECTIONS));
        DashboardSettings dashboard = dashboard(section(top, DASHBOARD));
        MetricsSettings metrics = metrics(section(top, METRICS));
        if (!problems.isEmpty()) {
            return null;
        }
        try {
            return new Scenario(top.get(NAME, "").strip(), top.get(DESCRIPTION, DEFAULTS.description()), source,
                    top.get(SEED, DEFAULTS.seed()), start, zone, duration(top), Speed.of(speed),
                    top.get(CUSTOMERS, DEFAULTS.customers()),
                    top.get(ACCOUNTS_PER_CUSTOMER, DEFAULTS.accountsPerCustomer()),
                    top.get(NEW_CUSTOMERS_PER_DAY, DEFAULTS.newCustomersPerDay()), balance, currency, rate, fraud,
                    connections, dashboard, metrics);
        } catch (IllegalArgumentException | ArithmeticException e) {
            // The tables above should have caught it; report it rather than fail without a location.
            problems.at(root, "", String.valueOf(e.getMessage()));
            return null;
        }
    }

    /** A section's values, or none (every key at its default) when the section is absent. */
    private static Values section(Values top, Key<Values> key) {
        return top.get(key, Values.empty(top.path(key), top.node()));
    }

    private static Duration duration(Values top) {
        return top.find(DURATION_HOURS).map(h -> Duration.ofNanos(Math.round(h * 3_600e9)))
                .orElse(DEFAULTS.duration());
    }

    /**
     * The balance as written, scaled to the currency's minor unit (5000 USD becomes 5000.00);
     * more decimals than the currency has, or more than a long of minor units, is a problem.
     */
    private static BigDecimal balance(Values top, Currency currency, Problems problems) {
        BigDecimal written = top.find(INITIAL_BALANCE).orElse(null);
        boolean currencyInvalid = top.find(CURRENCY).isEmpty() && top.node(CURRENCY) != top.node();
        if (written == null || currencyInvalid) {
            return DEFAULTS.initialBalance();
        }
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        BigDecimal exact = written.stripTrailingZeros();
        if (exact.scale() > digits) {
            problems.at(top.node(INITIAL_BALANCE), top.path(INITIAL_BALANCE), currency.getCurrencyCode()
                    + " allows at most " + digits + (digits == 1 ? " decimal" : " decimals") + ", got " + written);
            return DEFAULTS.initialBalance();
        }
        BigDecimal scaled = exact.setScale(digits, RoundingMode.UNNECESSARY);
        BigDecimal max = BigDecimal.valueOf(Long.MAX_VALUE, digits);
        if (scaled.compareTo(max) > 0) {
            problems.at(top.node(INITIAL_BALANCE), top.path(INITIAL_BALANCE), "must be at most "
                    + max.toPlainString() + " " + currency.getCurrencyCode() + ", got " + written);
            return DEFAULTS.initialBalance();
        }
        return scaled;
    }

    private static TransactionRate transactionRate(Values v, double speed) {
        TransactionRate d = TransactionRate.DEFAULTS;
        return new TransactionRate(v.get(PEAK_TPS, d.peakTps()), v.get(OFF_PEAK_TPS, d.offPeakTps()),
                v.get(BUSINESS_HOURS, d.businessHours()), v.get(WEEKEND_MULTIPLIER, d.weekendMultiplier()), speed);
    }

    private static Connections connections(Values v) {
        Connections d = Connections.DEFAULTS;
        Double feedback = v.get(FEEDBACK_DELAY_HOURS, null);
        return new Connections(v.get(NEXUM_URL, d.nexumUrl()), v.get(BASTION_URL, d.bastionUrl()),
                v.get(KAFKA_BOOTSTRAP_SERVERS, d.kafkaBootstrapServers()).strip(),
                v.get(TIMEOUT_SECONDS, d.timeoutSeconds()), v.get(MAX_RETRIES, d.maxRetries()),
                v.get(MAX_IN_FLIGHT, d.maxInFlight()),
                Connections.Flow.valueOf(v.get(FLOW, d.flow().id()).toUpperCase(java.util.Locale.ROOT)),
                v.get(MAX_RPS, d.maxRps()), v.get(SCORE_BATCH_SIZE, d.scoreBatchSize()),
                v.get(SCORE_LOGINS, d.scoreLogins()), feedback == null ? d.feedbackDelayHours() : feedback,
                v.get(NEXUM_USERNAME, d.nexumUsername()), v.get(NEXUM_PASSWORD, d.nexumPassword()),
                strings(section(v, PATHS)), strings(section(v, CHANNELS)),
                v.get(KAFKA_EVENTS_TOPIC, d.kafkaEventsTopic()), v.get(KAFKA_OUTCOMES_TOPIC, d.kafkaOutcomesTopic()),
                v.get(MAX_OUTAGE_SECONDS, d.maxOutageSeconds()));
    }

    /** A section of string values (paths, channels) as a map by key name. */
    private static Map<String, String> strings(Values v) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        v.byName().forEach((name, value) -> map.put(name, (String) value));
        return map;
    }

    private static DashboardSettings dashboard(Values v) {
        DashboardSettings d = DashboardSettings.DEFAULTS;
        return new DashboardSettings(v.get(DASHBOARD_ENABLED, d.enabled()), v.get(PORT, d.port()),
                v.get(HOST, d.host()).strip());
    }

    private static MetricsSettings metrics(Values v) {
        MetricsSettings d = MetricsSettings.DEFAULTS;
        return new MetricsSettings(v.get(METRICS_ENABLED, d.enabled()),
                v.get(COLLECT_INTERVAL_SECONDS, d.collectIntervalSeconds()),
                v.get(RETENTION_MINUTES, d.retentionMinutes()), v.get(EXPORT_CSV, d.exportCsv()));
    }
}
