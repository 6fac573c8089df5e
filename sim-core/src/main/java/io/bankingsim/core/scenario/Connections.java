package io.bankingsim.core.scenario;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Where the systems under test are and how to talk to them. Immutable. The defaults are the real
 * Nexum and Bastion APIs (docs/api-contract.md); a team whose deployment differs overrides the
 * base URLs, paths, channel names or flow.
 *
 * @param nexumUrl base URL of Nexum, the core-banking system
 * @param bastionUrl base URL of Bastion, the fraud detector
 * @param kafkaBootstrapServers Kafka bootstrap servers for the event sink, or empty for none
 * @param timeoutSeconds per-request timeout
 * @param maxRetries retries of a failed request where a retry is safe
 * @param maxInFlight events being delivered at once at most (the pipeline's bound)
 * @param flow which systems see an event, and who asks Bastion
 * @param maxRps client-side cap on Nexum requests per wall second; 0 for none
 * @param scoreBatchSize Bastion scoring requests sent together through {@code /score/batch}; 1 sends each alone
 * @param scoreLogins whether logins and profile changes are scored by Bastion
 * @param feedbackDelayHours virtual hours after a transaction its truth is sent to {@code /feedback}
 *     (the chargeback delay); negative for no feedback
 * @param nexumUsername Nexum login name, or empty for none (NEXUM_USERNAME overrides it)
 * @param nexumPassword Nexum password, or empty (NEXUM_PASSWORD overrides it)
 * @param paths every endpoint's path, by name ({@link #DEFAULT_PATHS} lists the names); complete
 * @param channels our channel id to Nexum's channel, complete
 * @param kafkaEventsTopic the topic events are published to
 * @param kafkaOutcomesTopic the topic outcomes are published to
 * @param maxOutageSeconds how long a delivery waits for an unreachable backend to come back
 */
public record Connections(URI nexumUrl, URI bastionUrl, String kafkaBootstrapServers, int timeoutSeconds,
                          int maxRetries, int maxInFlight, Flow flow, double maxRps, int scoreBatchSize,
                          boolean scoreLogins, double feedbackDelayHours, String nexumUsername, String nexumPassword,
                          Map<String, String> paths, Map<String, String> channels, String kafkaEventsTopic,
                          String kafkaOutcomesTopic, int maxOutageSeconds) {

    /** Nexum's channel names. */
    public static final List<String> NEXUM_CHANNELS = List.of("atm", "branch", "online", "mobile", "api", "system");

    /** The endpoints and their paths in the real APIs; {@code {customer_id}} and {@code {account_id}} are filled in. */
    public static final Map<String, String> DEFAULT_PATHS = ordered(
            "nexum_health", "/health",
            "nexum_login", "/rbac/auth/login",
            "customers", "/customers",
            "kyc", "/customers/{customer_id}/kyc",
            "accounts", "/accounts",
            "account", "/accounts/{account_id}",
            "account_transactions", "/accounts/{account_id}/transactions",
            "deposit", "/transactions/deposit",
            "withdraw", "/transactions/withdraw",
            "transfer", "/transactions/transfer",
            "bastion_health", "/health",
            "score", "/score",
            "score_batch", "/score/batch",
            "feedback", "/feedback");

    /** The one placeholder an endpoint's path must hold, or null when it takes none. */
    public static String placeholderOf(String endpoint) {
        return switch (endpoint) {
            case "kyc" -> "{customer_id}";
            case "account", "account_transactions" -> "{account_id}";
            default -> null;
        };
    }

    /** Our channels (ids of {@code io.bankingsim.core.event.Channel}) to Nexum's by default. */
    public static final Map<String, String> DEFAULT_CHANNELS = ordered(
            "card_present", "api",
            "online", "online",
            "atm", "atm",
            "mobile", "mobile",
            "branch", "branch",
            "system", "system");

    public static final Connections DEFAULTS = new Connections(URI.create("http://localhost:8090"),
            URI.create("http://localhost:8080"), "", 30, 3, 64);

    /** Which systems see an event. */
    public enum Flow {
        /** Bastion scores, then Nexum posts unless Bastion declined (the default). */
        SCORE_THEN_POST,
        /** Nexum posts and calls Bastion itself; a block comes back as a 400 from Nexum. */
        POST_ONLY,
        /** Bastion scores; nothing goes to Nexum. */
        SCORE_ONLY;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** All ids, for error messages. */
        public static List<String> ids() {
            return java.util.Arrays.stream(values()).map(Flow::id).toList();
        }
    }

    public Connections {
        Objects.requireNonNull(nexumUrl, "nexumUrl");
        Objects.requireNonNull(bastionUrl, "bastionUrl");
        Objects.requireNonNull(kafkaBootstrapServers, "kafkaBootstrapServers");
        Objects.requireNonNull(flow, "flow");
        Objects.requireNonNull(nexumUsername, "nexumUsername");
        Objects.requireNonNull(nexumPassword, "nexumPassword");
        Objects.requireNonNull(kafkaEventsTopic, "kafkaEventsTopic");
        Objects.requireNonNull(kafkaOutcomesTopic, "kafkaOutcomesTopic");
        if (timeoutSeconds < 1 || maxRetries < 0 || maxInFlight < 1 || maxRps < 0 || scoreBatchSize < 1
                || maxOutageSeconds < 0) {
            throw new IllegalArgumentException("timeout_seconds >= 1, max_retries >= 0, max_in_flight >= 1, max_rps >= 0,"
                    + " score_batch_size >= 1, max_outage_seconds >= 0");
        }
        paths = complete(DEFAULT_PATHS, paths, "path");
        channels = complete(DEFAULT_CHANNELS, channels, "channel");
        for (String c : channels.values()) {
            if (!NEXUM_CHANNELS.contains(c)) {
                throw new IllegalArgumentException("unknown Nexum channel '" + c + "'; allowed: " + NEXUM_CHANNELS);
            }
        }
    }

    /** The defaults for everything but the six basic settings. */
    public Connections(URI nexumUrl, URI bastionUrl, String kafkaBootstrapServers, int timeoutSeconds, int maxRetries,
                       int maxInFlight) {
        this(nexumUrl, bastionUrl, kafkaBootstrapServers, timeoutSeconds, maxRetries, maxInFlight,
                Flow.SCORE_THEN_POST, 0, 1, true, -1, "", "", DEFAULT_PATHS, DEFAULT_CHANNELS,
                "banking-sim.events", "banking-sim.outcomes", 60);
    }

    /** The path of an endpoint named in {@link #DEFAULT_PATHS}. */
    public String path(String endpoint) {
        String path = paths.get(endpoint);
        if (path == null) {
            throw new IllegalArgumentException("no endpoint named '" + endpoint + "'; known: " + paths.keySet());
        }
        return path;
    }

    /** Like the record's, but never shows the password. */
    @Override
    public String toString() {
        return "Connections[nexumUrl=" + nexumUrl + ", bastionUrl=" + bastionUrl + ", flow=" + flow.id()
                + ", kafkaBootstrapServers=" + kafkaBootstrapServers + ", timeoutSeconds=" + timeoutSeconds
                + ", maxRetries=" + maxRetries + ", maxInFlight=" + maxInFlight + ", maxRps=" + maxRps
                + ", scoreBatchSize=" + scoreBatchSize + ", scoreLogins=" + scoreLogins + ", feedbackDelayHours="
                + feedbackDelayHours + ", nexumUsername=" + nexumUsername + ", nexumPassword="
                + (nexumPassword.isEmpty() ? "" : "****") + ", paths=" + paths + ", channels=" + channels
                + ", maxOutageSeconds=" + maxOutageSeconds + "]";
    }

    /** Whether truth is sent to Bastion's {@code /feedback}. */
    public boolean feedback() {
        return feedbackDelayHours >= 0;
    }

    public Connections withNexumUrl(URI url) {
        return toBuilder().nexumUrl(url).build();
    }

    public Connections withBastionUrl(URI url) {
        return toBuilder().bastionUrl(url).build();
    }

    public Connections withMaxInFlight(int n) {
        return toBuilder().maxInFlight(n).build();
    }

    /** A builder starting from these settings. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    private static Map<String, String> complete(Map<String, String> defaults, Map<String, String> given, String what) {
        Map<String, String> all = new LinkedHashMap<>(defaults);
        if (given != null) {
            for (Map.Entry<String, String> e : given.entrySet()) {
                if (!defaults.containsKey(e.getKey())) {
                    throw new IllegalArgumentException("unknown " + what + " '" + e.getKey() + "'; allowed: "
                            + defaults.keySet());
                }
                all.put(e.getKey(), Objects.requireNonNull(e.getValue(), e.getKey()));
            }
        }
        return Collections.unmodifiableMap(all);
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }

    /** Changes some settings of a {@link Connections}. Not thread-safe. */
    public static final class Builder {
        private URI nexumUrl;
        private URI bastionUrl;
        private String kafkaBootstrapServers;
        private int timeoutSeconds;
        private int maxRetries;
        private int maxInFlight;
        private Flow flow;
        private double maxRps;
        private int scoreBatchSize;
        private boolean scoreLogins;
        private double feedbackDelayHours;
        private String nexumUsername;
        private String nexumPassword;
        private Map<String, String> paths;
        private Map<String, String> channels;
        private String kafkaEventsTopic;
        private String kafkaOutcomesTopic;
        private int maxOutageSeconds;

        private Builder(Connections c) {
            nexumUrl = c.nexumUrl;
            bastionUrl = c.bastionUrl;
            kafkaBootstrapServers = c.kafkaBootstrapServers;
            timeoutSeconds = c.timeoutSeconds;
            maxRetries = c.maxRetries;
            maxInFlight = c.maxInFlight;
            flow = c.flow;
            maxRps = c.maxRps;
            scoreBatchSize = c.scoreBatchSize;
            scoreLogins = c.scoreLogins;
            feedbackDelayHours = c.feedbackDelayHours;
            nexumUsername = c.nexumUsername;
            nexumPassword = c.nexumPassword;
            paths = c.paths;
            channels = c.channels;
            kafkaEventsTopic = c.kafkaEventsTopic;
            kafkaOutcomesTopic = c.kafkaOutcomesTopic;
            maxOutageSeconds = c.maxOutageSeconds;
        }

        public Builder nexumUrl(URI v) { nexumUrl = v; return this; }
        public Builder bastionUrl(URI v) { bastionUrl = v; return this; }
        public Builder kafkaBootstrapServers(String v) { kafkaBootstrapServers = v; return this; }
        public Builder timeoutSeconds(int v) { timeoutSeconds = v; return this; }
        public Builder maxRetries(int v) { maxRetries = v; return this; }
        public Builder maxInFlight(int v) { maxInFlight = v; return this; }
        public Builder flow(Flow v) { flow = v; return this; }
        public Builder maxRps(double v) { maxRps = v; return this; }
        public Builder scoreBatchSize(int v) { scoreBatchSize = v; return this; }
        public Builder scoreLogins(boolean v) { scoreLogins = v; return this; }
        public Builder feedbackDelayHours(double v) { feedbackDelayHours = v; return this; }
        public Builder nexumUsername(String v) { nexumUsername = v; return this; }
        public Builder nexumPassword(String v) { nexumPassword = v; return this; }
        public Builder paths(Map<String, String> v) { paths = v; return this; }
        public Builder channels(Map<String, String> v) { channels = v; return this; }
        public Builder kafkaEventsTopic(String v) { kafkaEventsTopic = v; return this; }
        public Builder kafkaOutcomesTopic(String v) { kafkaOutcomesTopic = v; return this; }
        public Builder maxOutageSeconds(int v) { maxOutageSeconds = v; return this; }

        public Connections build() {
            return new Connections(nexumUrl, bastionUrl, kafkaBootstrapServers, timeoutSeconds, maxRetries,
                    maxInFlight, flow, maxRps, scoreBatchSize, scoreLogins, feedbackDelayHours, nexumUsername,
                    nexumPassword, paths, channels, kafkaEventsTopic, kafkaOutcomesTopic, maxOutageSeconds);
        }
    }
}
