package io.bankingsim.dashboard;

import java.util.Locale;
import java.util.Optional;

/** What a WebSocket client can subscribe to. */
enum Topic {
    METRICS, TRANSACTIONS, FRAUD_ALERTS;

    /** The name a client uses, e.g. {@code fraud_alerts}. */
    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<Topic> parse(String id) {
        for (Topic t : values()) {
            if (t.id().equals(id)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The allowed names, for error messages. */
    static String allowed() {
        return java.util.Arrays.stream(values()).map(Topic::id).collect(java.util.stream.Collectors.joining(", "));
    }
}
