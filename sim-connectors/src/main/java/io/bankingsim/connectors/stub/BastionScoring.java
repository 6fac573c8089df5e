package io.bankingsim.connectors.stub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bankingsim.connectors.mock.FraudScore;
import io.bankingsim.connectors.mock.MockFraudDetector;
import io.bankingsim.connectors.mock.ScoringRequest;
import io.bankingsim.core.event.Channel;
import io.bankingsim.core.event.Money;
import io.bankingsim.core.event.TransactionType;
import io.bankingsim.core.scenario.Connections;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Bastion stub's detector: reads a {@code /score} request into a {@link ScoringRequest}
 * (collecting FastAPI-style 422 problems) and scores it with a {@link MockFraudDetector}, whose
 * rules keep state over the requests' own timestamps. Thread-safe: scoring is serialised, so the
 * answers depend on the order requests arrive in.
 */
final class BastionScoring {

    static final String MODEL_VERSION = "stub-rules-1";
    static final List<String> EVENT_TYPES = List.of("transaction", "login", "profile_change");
    static final List<String> TRANSACTION_TYPES = java.util.Arrays.stream(TransactionType.values())
            .map(TransactionType::id).toList();
    static final List<String> NEXUM_CHANNELS = Connections.NEXUM_CHANNELS;
    static final List<String> CHANNEL_DETAILS = java.util.Arrays.stream(Channel.values()).map(Channel::id).toList();
    /** Timestamps are epoch seconds: anything from here on is taken for milliseconds and refused. */
    static final long MAX_TIMESTAMP = 100_000_000_000L;

    private static final Map<String, Channel> BY_NEXUM_NAME = Map.of("api", Channel.CARD_PRESENT,
            "online", Channel.ONLINE, "atm", Channel.ATM, "mobile", Channel.MOBILE, "branch", Channel.BRANCH,
            "system", Channel.SYSTEM);

    /** Transaction ids remembered so that a retried request gets its first answer again. */
    static final int REMEMBERED = 100_000;

    private final MockFraudDetector detector = new MockFraudDetector();
    private final Map<String, FraudScore> answered = new java.util.LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, FraudScore> eldest) {
            return size() > REMEMBERED;
        }
    };

    /** The request in {@code body}, or null when it has problems (recorded in the body's errors). */
    static ScoringRequest read(JsonBody body) {
        String id = body.requiredString("transaction_id");
        String customer = body.requiredString("cif_id");
        Instant timestamp = timestamp(body);
        JsonBody meta = body.object("metadata", false);
        String eventType = meta == null ? null : meta.optionalEnum("event_type", EVENT_TYPES);
        eventType = eventType == null ? "transaction" : eventType;
        boolean transaction = eventType.equals("transaction");
        Channel channel = channel(body, meta);
        TransactionType type = null;
        Money amount = null;
        String accountId = null;
        if (transaction) {
            if (meta == null && body.field("metadata") == null) {
                body.error("metadata", "Field required", "missing");
            }
            String typeName = meta == null ? null : meta.requiredEnum("transaction_type", TRANSACTION_TYPES);
            type = typeName == null ? null : TransactionType.valueOf(typeName.toUpperCase(Locale.ROOT));
            amount = money(body);
            accountId = meta == null ? null : meta.optionalString("account_id");
        }
        String merchant = body.optionalString("merchant_id");
        String mcc = body.optionalString("merchant_category");
        String country = body.optionalString("country");
        String device = meta == null ? null : meta.optionalString("device_id");
        String ip = meta == null ? null : meta.optionalString("ip");
        String ipCountry = meta == null ? null : meta.optionalString("ip_country");
        if (id == null || customer == null || timestamp == null || channel == null
                || (transaction && (type == null || amount == null))) {
            return null;
        }
        return new ScoringRequest(id, eventType, type, customer,
                accountId == null && transaction ? "cif:" + customer : accountId, amount, merchant, mcc, channel,
                country, timestamp, device, ip, ipCountry);
    }

    /**
     * Scores {@code requests} in order, one after the other. Scoring is idempotent per
     * {@code transaction_id}: a request seen before (a client's retry after a lost answer) gets
     * the same answer and does not count twice in the rules' state (of the last
     * {@value #REMEMBERED} ids).
     */
    synchronized List<ObjectNode> score(List<ScoringRequest> requests) {
        List<ObjectNode> answers = new ArrayList<>(requests.size());
        for (ScoringRequest request : requests) {
            FraudScore score = answered.get(request.eventId());
            if (score != null) {
                answers.add(answer(request.eventId(), score));
                continue;
            }
            try {
                score = detector.score(request);
                answered.put(request.eventId(), score);
            } catch (ArithmeticException e) {
                // More than 68 years between two timestamps: the detector keeps seconds in an int.
                throw new Rejection(JsonBody.unprocessable(JsonBody.error(List.of("body", "timestamp"),
                        "Input should be within 68 years of the first timestamp scored", "value_error")));
            }
            answers.add(answer(request.eventId(), score));
        }
        return answers;
    }

    static ObjectNode answer(String transactionId, FraudScore score) {
        ObjectNode answer = StubJson.object().put("transaction_id", transactionId)
                .put("risk_score", score.riskScore()).put("action", score.decision().name())
                .put("reason", score.ruleHits().isEmpty() ? "no rule hit" : String.join(", ", score.ruleHits()));
        score.ruleHits().forEach(answer.putArray("rule_hits")::add);
        answer.put("model_version", MODEL_VERSION);
        return answer;
    }

    private static Instant timestamp(JsonBody body) {
        JsonNode value = body.field("timestamp");
        if (value == null) {
            if (body.node().isObject()) {
                body.error("timestamp", "Field required", "missing");
            }
            return null;
        }
        BigDecimal seconds = null;
        if (value.isNumber()) {
            seconds = value.decimalValue();
        } else if (value.isTextual()) {
            try {
                seconds = new BigDecimal(value.asText().strip());
            } catch (NumberFormatException e) {
                try {
                    return Instant.parse(value.asText().strip());
                } catch (DateTimeParseException e2) {
                    // reported below
                }
            }
        }
        if (seconds == null) {
            body.error("timestamp", "Input should be a number of epoch seconds", "float_parsing");
            return null;
        }
        if (seconds.signum() < 0 || seconds.compareTo(BigDecimal.valueOf(MAX_TIMESTAMP)) >= 0) {
            body.error("timestamp", "Input should be epoch seconds from 0 to " + MAX_TIMESTAMP
                    + " (milliseconds are not accepted)", "value_error");
            return null;
        }
        long whole = seconds.longValue();
        int nanos = seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).intValue();
        return Instant.ofEpochSecond(whole, nanos);
    }

    private static Channel channel(JsonBody body, JsonBody meta) {
        String detail = meta == null ? null : meta.optionalEnum("channel_detail", CHANNEL_DETAILS);
        String nexum = body.optionalEnum("channel", NEXUM_CHANNELS);
        if (detail != null) {
            return Channel.valueOf(detail.toUpperCase(Locale.ROOT));
        }
        if (nexum != null) {
            return BY_NEXUM_NAME.get(nexum);
        }
        if (body.field("channel") == null && body.node().isObject()) {
            body.error("channel", "Field required", "missing");
        }
        return null;
    }

    private static Money money(JsonBody body) {
        BigDecimal amount = body.decimal("amount", true);
        Currency currency = MoneyField.currency(body, "currency");
        if (amount == null || currency == null) {
            return null;
        }
        if (amount.signum() < 0) {
            body.error("amount", "Input should be greater than or equal to 0", "greater_than_equal");
            return null;
        }
        try {
            return Money.of(amount.setScale(NexumLedger.scale(currency), RoundingMode.HALF_UP), currency);
        } catch (ArithmeticException e) {
            body.error("amount", "Input should be a finite number that fits in 18 digits", "finite_number");
            return null;
        }
    }
}
