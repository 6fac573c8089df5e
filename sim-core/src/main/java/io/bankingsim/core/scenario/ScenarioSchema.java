package io.bankingsim.core.scenario;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static io.bankingsim.core.scenario.NumberRange.above;
import static io.bankingsim.core.scenario.NumberRange.aboveAtMost;
import static io.bankingsim.core.scenario.NumberRange.atLeast;
import static io.bankingsim.core.scenario.NumberRange.atLeastBelow;
import static io.bankingsim.core.scenario.NumberRange.between;
import static io.bankingsim.core.scenario.ValueType.bool;
import static io.bankingsim.core.scenario.ValueType.intRange;
import static io.bankingsim.core.scenario.ValueType.number;

/**
 * Every key a scenario file may hold, section by section, with its type and allowed range: the
 * one table to extend when a key is added (declare the key, list it in its section, use it in
 * {@link ScenarioReader}, document it in docs/scenarios.md). Defaults are not here: they are the
 * records' {@code DEFAULTS}. Checks that span several keys live in the readers.
 */
final class ScenarioSchema {

    private ScenarioSchema() {
    }

    // transaction_rate
    static final Key<Double> PEAK_TPS = Key.of("peak_tps", number(atLeast(0)));
    static final Key<Double> OFF_PEAK_TPS = Key.of("off_peak_tps", number(atLeast(0)));
    static final Key<HourWindow> BUSINESS_HOURS = Key.of("business_hours", hourWindow(false));
    static final Key<Double> WEEKEND_MULTIPLIER = Key.of("weekend_multiplier", number(atLeast(0)));
    static final Section TRANSACTION_RATE_KEYS = Section.of(PEAK_TPS, OFF_PEAK_TPS, BUSINESS_HOURS,
            WEEKEND_MULTIPLIER);

    // fraud.patterns[i]; the type is checked against the loader's known pattern types
    static final Key<String> PATTERN_TYPE = Key.required("type", ValueType.nonEmptyString());
    static final Key<Double> WEIGHT = Key.of("weight", number(atLeast(0)));
    static final Key<Double> INTENSITY = Key.of("intensity", number(above(0)));
    static final Key<Integer> COUNT = Key.nullable("count", intRange(0, Integer.MAX_VALUE));
    static final Key<Integer> DURATION_MINUTES = Key.nullable("duration_minutes", intRange(1, Integer.MAX_VALUE));
    static final Key<Map<String, Object>> PARAMS = Key.nullable("params", ValueType.plainMapping());
    static final Section PATTERN_KEYS = Section.of(PATTERN_TYPE, WEIGHT, INTENSITY, COUNT, DURATION_MINUTES, PARAMS);

    // fraud
    static final Key<Double> RATE = Key.of("rate", number(atLeastBelow(0, 1)));
    static final Key<HourWindow> ATTACK_WINDOW = Key.nullable("attack_window", hourWindow(true));
    static final Key<List<Values>> PATTERNS = Key.of("patterns", ValueType.listOf(PATTERN_KEYS));
    static final Section FRAUD_KEYS = Section.of(RATE, ATTACK_WINDOW, PATTERNS);

    // connections
    static final Key<URI> NEXUM_URL = Key.of("nexum_url", httpUrl());
    static final Key<URI> BASTION_URL = Key.of("bastion_url", httpUrl());
    static final Key<String> KAFKA_BOOTSTRAP_SERVERS = Key.nullable("kafka_bootstrap_servers", ValueType.string());
    static final Key<Integer> TIMEOUT_SECONDS = Key.of("timeout_seconds", intRange(1, 3600));
    static final Key<Integer> MAX_RETRIES = Key.of("max_retries", intRange(0, 20));
    static final Key<Integer> MAX_IN_FLIGHT = Key.of("max_in_flight", intRange(1, 100_000));
    static final Key<String> FLOW = Key.of("flow", ValueType.oneOf(Connections.Flow.ids()));
    static final Key<Double> MAX_RPS = Key.of("max_rps", number(atLeast(0)));
    static final Key<Integer> SCORE_BATCH_SIZE = Key.of("score_batch_size", intRange(1, 1000));
    static final Key<Boolean> SCORE_LOGINS = Key.of("score_logins", bool());
    static final Key<Double> FEEDBACK_DELAY_HOURS = Key.nullable("feedback_delay_hours",
            number(between(0, 24 * 365)));
    static final Key<String> NEXUM_USERNAME = Key.of("nexum_username", ValueType.string());
    static final Key<String> NEXUM_PASSWORD = Key.of("nexum_password", ValueType.string());
    static final Key<String> KAFKA_EVENTS_TOPIC = Key.of("kafka_events_topic", ValueType.nonEmptyString());
    static final Key<String> KAFKA_OUTCOMES_TOPIC = Key.of("kafka_outcomes_topic", ValueType.nonEmptyString());
    static final Key<Integer> MAX_OUTAGE_SECONDS = Key.of("max_outage_seconds", intRange(0, 86_400));
    static final Section PATHS_KEYS = Section.of(Connections.DEFAULT_PATHS.keySet().stream()
            .map(name -> Key.of(name, apiPath(Connections.placeholderOf(name), Connections.DEFAULT_PATHS.get(name))))
            .toArray(Key[]::new));
    static final Key<Values> PATHS = Key.of("paths", PATHS_KEYS);
    static final Section CHANNELS_KEYS = Section.of(Connections.DEFAULT_CHANNELS.keySet().stream()
            .map(name -> Key.of(name, ValueType.oneOf(Connections.NEXUM_CHANNELS))).toArray(Key[]::new));
    static final Key<Values> CHANNELS = Key.of("channels", CHANNELS_KEYS);
    static final Section CONNECTIONS_KEYS = Section.of(NEXUM_URL, BASTION_URL, KAFKA_BOOTSTRAP_SERVERS,
            TIMEOUT_SECONDS, MAX_RETRIES, MAX_IN_FLIGHT, FLOW, MAX_RPS, SCORE_BATCH_SIZE, SCORE_LOGINS,
            FEEDBACK_DELAY_HOURS, NEXUM_USERNAME, NEXUM_PASSWORD, PATHS, CHANNELS, KAFKA_EVENTS_TOPIC,
            KAFKA_OUTCOMES_TOPIC, MAX_OUTAGE_SECONDS);

    // dashboard
    static final Key<Boolean> DASHBOARD_ENABLED = Key.of("enabled", bool());
    static final Key<Integer> PORT = Key.of("port", intRange(1, 65535));
    static final Key<String> HOST = Key.of("host", ValueType.nonEmptyString());
    static final Section DASHBOARD_KEYS = Section.of(DASHBOARD_ENABLED, PORT, HOST);

    // metrics
    static final Key<Boolean> METRICS_ENABLED = Key.of("enabled", bool());
    static final Key<Integer> COLLECT_INTERVAL_SECONDS = Key.of("collect_interval_seconds", intRange(1, 3600));
    static final Key<Integer> RETENTION_MINUTES = Key.of("retention_minutes", intRange(1, MetricsSettings.MAX_RETENTION_MINUTES));
    static final Key<Boolean> EXPORT_CSV = Key.of("export_csv", bool());
    static final Section METRICS_KEYS = Section.of(METRICS_ENABLED, COLLECT_INTERVAL_SECONDS, RETENTION_MINUTES,
            EXPORT_CSV);

    // top level
    static final Key<String> NAME = Key.required("name", ValueType.nonEmptyString());
    static final Key<String> DESCRIPTION = Key.of("description", ValueType.string());
    static final Key<Long> SEED = Key.of("seed", ValueType.integer(Long.MIN_VALUE, Long.MAX_VALUE));
    static final Key<StartTime> START = Key.of("start", startTime());
    static final Key<ZoneId> TIME_ZONE = Key.of("time_zone", zoneId());
    static final Key<Double> DURATION_HOURS = Key.of("duration_hours", number(aboveAtMost(0, Scenario.MAX_DURATION_HOURS)));
    static final Key<Double> SPEED_MULTIPLIER = Key.of("speed_multiplier", speedMultiplier());
    static final Key<Integer> CUSTOMERS = Key.of("customers", intRange(1, Scenario.MAX_CUSTOMERS));
    static final Key<Integer> ACCOUNTS_PER_CUSTOMER = Key.of("accounts_per_customer", intRange(1, 4));
    static final Key<Double> NEW_CUSTOMERS_PER_DAY = Key.of("new_customers_per_day",
            number(between(0, Scenario.MAX_NEW_CUSTOMERS_PER_DAY)));
    static final Key<BigDecimal> INITIAL_BALANCE = Key.of("initial_balance", ValueType.decimalNumber(atLeast(0)));
    static final Key<Currency> CURRENCY = Key.of("currency", currency());
    static final Key<Values> TRANSACTION_RATE = Key.of("transaction_rate", TRANSACTION_RATE_KEYS);
    static final Key<Values> FRAUD = Key.of("fraud", FRAUD_KEYS);
    static final Key<Values> CONNECTIONS = Key.of("connections", CONNECTIONS_KEYS);
    static final Key<Values> DASHBOARD = Key.of("dashboard", DASHBOARD_KEYS);
    static final Key<Values> METRICS = Key.of("metrics", METRICS_KEYS);
    static final Section ROOT = Section.of(NAME, DESCRIPTION, SEED, START, TIME_ZONE, DURATION_HOURS,
            SPEED_MULTIPLIER, CUSTOMERS, ACCOUNTS_PER_CUSTOMER, NEW_CUSTOMERS_PER_DAY, INITIAL_BALANCE, CURRENCY, TRANSACTION_RATE, FRAUD,
            CONNECTIONS, DASHBOARD, METRICS);

    /** A start as written: an instant, or a local date-time still to be read in the time zone. */
    record StartTime(Instant instant, LocalDateTime local) {

        Instant in(ZoneId zone) {
            return instant != null ? instant : local.atZone(zone).toInstant();
        }
    }

    /** Two integers [from, to]; business hours need from < to, an attack window may wrap midnight. */
    static ValueType<HourWindow> hourWindow(boolean mayWrap) {
        ValueType<Long> fromType = ValueType.integer(0, 23);
        ValueType<Long> toType = mayWrap ? ValueType.integer(0, 24) : ValueType.integer(1, 24);
        return (node, path, problems) -> {
            if (!(node instanceof YamlNode.Sequence seq) || seq.items().size() != 2) {
                problems.at(node, path, "expected two integers [from, to] (hours, e.g. [8, 18]), got "
                        + node.describe());
                return null;
            }
            Long from = fromType.read(seq.items().get(0), Problems.item(path, 0), problems);
            Long to = toType.read(seq.items().get(1), Problems.item(path, 1), problems);
            if (from == null || to == null) {
                return null;
            }
            if (!mayWrap && from >= to) {
                problems.at(node, path, "from must be before to in [from, to], got [" + from + ", " + to + "]");
                return null;
            }
            if (from.equals(to)) {
                problems.at(node, path, "from and to must differ in [from, to], got [" + from + ", " + to
                        + "]; leave the key out to allow every hour");
                return null;
            }
            return new HourWindow(from.intValue(), to.intValue());
        };
    }

    /** A positive number; {@code max} is refused with a hint, since it is a run option. */
    static ValueType<Double> speedMultiplier() {
        ValueType<Double> number = number(aboveAtMost(0, Scenario.MAX_SPEED));
        return (node, path, problems) -> {
            if (node instanceof YamlNode.Scalar s && s.kind() == YamlNode.Kind.STRING
                    && s.text().strip().equalsIgnoreCase("max")) {
                problems.at(node, path, "'max' is a run option (--speed max), not a scenario setting: give the"
                        + " speed the transaction rates refer to, a number greater than 0 and at most 10000000");
                return null;
            }
            return number.read(node, path, problems);
        };
    }

    static ValueType<StartTime> startTime() {
        return ValueType.string().then(text -> {
            String t = text.strip();
            try {
                return ValueType.Result.ok(new StartTime(Instant.parse(t), null));
            } catch (DateTimeException notAnInstant) {
                try {
                    return ValueType.Result.ok(new StartTime(null, LocalDateTime.parse(t)));
                } catch (DateTimeException notLocal) {
                    try {
                        return ValueType.Result.ok(new StartTime(null, LocalDate.parse(t).atStartOfDay()));
                    } catch (DateTimeException notADate) {
                        return ValueType.Result.error("expected an ISO instant such as 2026-01-05T00:00:00Z, a local"
                                + " date-time such as 2026-01-05T08:30 or a date such as 2026-01-05 (the last two"
                                + " read in time_zone), got '" + text + "'");
                    }
                }
            }
        });
    }

    static ValueType<ZoneId> zoneId() {
        return ValueType.nonEmptyString().then(text -> {
            try {
                return ValueType.Result.ok(ZoneId.of(text.strip()));
            } catch (DateTimeException e) {
                String hint = Levenshtein.closest(text.strip(), ZoneId.getAvailableZoneIds())
                        .map(c -> ", did you mean '" + c + "'?").orElse(".");
                return ValueType.Result.error("unknown time zone '" + text + "'" + hint + " Allowed: a region ID"
                        + " such as Europe/Berlin or America/New_York, UTC, or an offset such as +01:00");
            }
        });
    }

    /** ISO 4217 codes Java still knows that are no longer legal tender (replaced or redenominated). */
    static final Set<String> WITHDRAWN_CURRENCIES = Set.of("ADP", "AFA", "ATS", "AYM", "AZM", "BEF", "BGL", "BYB",
            "BYR", "CSD", "CYP", "DEM", "EEK", "ESP", "FIM", "FRF", "GHC", "GRD", "GWP", "HRK", "IEP", "ITL", "LTL",
            "LUF", "LVL", "MGF", "MRO", "MTL", "MZM", "NLG", "PTE", "ROL", "RUR", "SDD", "SIT", "SKK", "SLL", "SRG",
            "STD", "TMM", "TPE", "TRL", "VEB", "VEF", "XFO", "XFU", "YUM", "ZMK", "ZWD", "ZWN", "ZWR", "ZWL", "CUC");

    static ValueType<Currency> currency() {
        return ValueType.string().then(text -> {
            Set<String> codes = Currency.getAvailableCurrencies().stream()
                    .filter(c -> c.getDefaultFractionDigits() >= 0 && !WITHDRAWN_CURRENCIES.contains(c.getCurrencyCode()))
                    .map(Currency::getCurrencyCode).collect(Collectors.toCollection(TreeSet::new));
            if (codes.contains(text)) {
                return ValueType.Result.ok(Currency.getInstance(text));
            }
            String upper = text.strip().toUpperCase(Locale.ROOT);
            if (codes.contains(upper)) {
                return ValueType.Result.error("currency codes are upper-case: write '" + upper + "'");
            }
            String hint = Levenshtein.closest(text, codes).map(c -> ", did you mean '" + c + "'?").orElse(".");
            String why = WITHDRAWN_CURRENCIES.contains(text) ? "'" + text + "' is a withdrawn currency"
                    : Currency.getAvailableCurrencies().stream().anyMatch(c -> c.getCurrencyCode().equals(text))
                    ? "'" + text + "' is not a currency a bank keeps accounts in (a metal, fund or test code)"
                    : "unknown currency '" + text + "'";
            return ValueType.Result.error(why + hint + " Allowed (ISO 4217, in use): " + String.join(", ", codes));
        });
    }

    /**
     * An absolute path such as {@code /transactions/deposit}, holding {@code placeholder} (e.g.
     * {@code {customer_id}}) once when the endpoint needs one, and no other placeholder;
     * {@code example} is the endpoint's default path, shown in the error.
     */
    static ValueType<String> apiPath(String placeholder, String example) {
        return ValueType.nonEmptyString().then(text -> {
            String t = text.strip();
            String rest = placeholder == null ? t : t.replaceFirst(java.util.regex.Pattern.quote(placeholder), "");
            if (!t.startsWith("/") || rest.contains("{") || rest.contains("}") || rest.contains(" ")
                    || rest.contains("?") || rest.contains("#")) {
                return ValueType.Result.error("expected a path starting with / such as " + example + ", with no"
                        + " query and " + (placeholder == null ? "no placeholder" : "no placeholder but one "
                        + placeholder) + ", got '" + text + "'");
            }
            if (placeholder != null && !t.contains(placeholder)) {
                return ValueType.Result.error("this endpoint's path must hold " + placeholder
                        + " where Nexum expects the id, e.g. " + example + ", got '" + text + "'");
            }
            return ValueType.Result.ok(t);
        });
    }

    static ValueType<URI> httpUrl() {
        return ValueType.nonEmptyString().then(text -> {
            String error = "expected an absolute http or https URL such as http://localhost:8090, got '" + text + "'";
            try {
                URI uri = new URI(text.strip());
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                boolean http = scheme.equals("http") || scheme.equals("https");
                return http && uri.getHost() != null ? ValueType.Result.ok(uri) : ValueType.Result.error(error);
            } catch (URISyntaxException e) {
                return ValueType.Result.error(error);
            }
        });
    }
}
