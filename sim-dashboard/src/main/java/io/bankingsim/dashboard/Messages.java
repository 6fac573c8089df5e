package io.bankingsim.dashboard;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bankingsim.core.event.Event;
import io.bankingsim.core.event.EventJson;
import io.bankingsim.core.event.GroundTruth;
import io.bankingsim.core.event.Transaction;
import io.bankingsim.core.metrics.MetricsSnapshot;
import io.bankingsim.core.outcome.Outcome;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;

/**
 * The JSON of the dashboard's WebSocket messages and error bodies:
 * {@code {"type": ..., "data": ...}}. Stateless and thread-safe.
 */
final class Messages {

    static final ObjectMapper JSON = new ObjectMapper();

    private Messages() {
    }

    /** {@code {"type":"metrics_update","data":<snapshot>}}. */
    static String metricsUpdate(MetricsSnapshot snapshot) {
        return write(g -> {
            g.writeStringField("type", "metrics_update");
            g.writeFieldName("data");
            JSON.writeValue(g, snapshot);
        });
    }

    /** {@code {"type":"transaction_feed","data":[{"event":{...},"outcome":{...}}, ...]}}, oldest first. */
    static String transactionFeed(List<FeedItem> items) {
        return write(g -> {
            g.writeStringField("type", "transaction_feed");
            g.writeArrayFieldStart("data");
            for (FeedItem item : items) {
                g.writeStartObject();
                g.writeFieldName("event");
                EventJson.writeEvent(g, item.event());
                g.writeFieldName("outcome");
                EventJson.writeOutcome(g, item.outcome(), item.responseNanos());
                g.writeEndObject();
            }
            g.writeEndArray();
        });
    }

    /**
     * {@code {"type":"fraud_alert","data":{...}}}: what was flagged, by whom and how, beside what it
     * really was (the ground truth).
     */
    static String fraudAlert(FeedItem item) {
        return write(g -> {
            g.writeStringField("type", "fraud_alert");
            g.writeObjectFieldStart("data");
            Event event = item.event();
            Outcome outcome = item.outcome();
            GroundTruth truth = event.truth();
            g.writeStringField("event_id", event.id());
            g.writeStringField("kind", event.kind());
            g.writeStringField("time", event.time().toString());
            g.writeStringField("customer_id", event.customerId());
            if (event instanceof Transaction t) {
                g.writeStringField("transaction_type", t.type().id());
                g.writeStringField("account_id", t.accountId());
                g.writeStringField("amount", t.amount().amount().toPlainString());
                g.writeStringField("currency", t.amount().currency().getCurrencyCode());
                g.writeStringField("channel", t.channel().id());
                if (t.merchant() != null) {
                    g.writeStringField("merchant", t.merchant().name());
                    g.writeStringField("merchant_category", t.merchant().mcc());
                }
            }
            g.writeStringField("decision", outcome.decision().id());
            g.writeFieldName("risk_score");
            if (outcome.riskScore() == -1) {
                g.writeNull();
            } else {
                g.writeNumber(outcome.riskScore());
            }
            g.writeArrayFieldStart("rule_hits");
            for (String hit : outcome.ruleHits()) {
                g.writeString(hit);
            }
            g.writeEndArray();
            g.writeStringField("status", outcome.status().id());
            g.writeBooleanField("fraud", truth.fraud());
            g.writeStringField("pattern", truth.pattern());
            g.writeStringField("campaign_id", truth.campaignId());
            g.writeStringField("role", truth.role().id());
            g.writeEndObject();
        });
    }

    /** {@code {"type":"subscribed","data":{"topics":[...]}}}: the acknowledgement of a subscribe. */
    static String subscribed(Collection<Topic> topics) {
        return write(g -> {
            g.writeStringField("type", "subscribed");
            g.writeObjectFieldStart("data");
            g.writeArrayFieldStart("topics");
            for (Topic t : topics) {
                g.writeString(t.id());
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /** {@code {"type":"error","data":{"message":...}}}. */
    static String wsError(String message) {
        return write(g -> {
            g.writeStringField("type", "error");
            g.writeObjectFieldStart("data");
            g.writeStringField("message", message);
            g.writeEndObject();
        });
    }

    /** An HTTP error body: {@code {"status":400,"error":"...","field":...,"allowed":...}}; null parts left out. */
    static String httpError(int status, String message, String field, String allowed) {
        return write(g -> {
            g.writeNumberField("status", status);
            g.writeStringField("error", message);
            if (field != null) {
                g.writeStringField("field", field);
            }
            if (allowed != null) {
                g.writeStringField("allowed", allowed);
            }
        });
    }

    @FunctionalInterface
    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private static String write(Body body) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            body.write(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
