package io.bankingsim.connectors.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bankingsim.core.outcome.Decision;
import io.bankingsim.core.scenario.Connections;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Bastion's endpoints as the connector uses them: {@code /score}, or {@code /score/batch} when
 * {@code score_batch_size} &gt; 1 (requests wait at most {@value #LINGER_MILLIS} ms for a batch to
 * fill), and {@code /feedback}, which is switched off quietly at its first 404. Thread-safe.
 */
final class BastionApi {

    static final long LINGER_MILLIS = 5;

    private static final System.Logger LOG = System.getLogger(BastionApi.class.getName());

    /**
     * Bastion's verdict on one request, or why there is none.
     *
     * @param decision the action, {@link Decision#NONE} when scoring failed
     * @param riskScore 0..1, or -1 when scoring failed
     * @param ruleHits the rules that fired
     * @param failure the failed call, or null
     */
    record Verdict(Decision decision, double riskScore, List<String> ruleHits, Caller.Result failure) {
        static Verdict failed(Caller.Result failure) {
            return new Verdict(Decision.NONE, -1, List.of(), failure);
        }
    }

    private record Waiting(ObjectNode request, CompletableFuture<Verdict> verdict) {
    }

    private final Caller caller;
    private final Connections settings;
    private final Object batchLock = new Object();
    private List<Waiting> batch = new ArrayList<>();
    private volatile boolean feedbackSupported = true;

    BastionApi(Caller caller, Connections settings) {
        this.caller = caller;
        this.settings = settings;
    }

    Caller caller() {
        return caller;
    }

    /** Scores one request, alone or in a batch. */
    CompletableFuture<Verdict> score(ObjectNode request) {
        if (settings.scoreBatchSize() <= 1) {
            return caller.call("score", "POST", settings.path("score"), request, Caller.Safety.SAFE, false, 0)
                    .thenApply(r -> r.ok() ? verdict(r.body(), r) : Verdict.failed(r));
        }
        CompletableFuture<Verdict> verdict = new CompletableFuture<>();
        List<Waiting> full = null;
        List<Waiting> started = null;
        synchronized (batchLock) {
            batch.add(new Waiting(request, verdict));
            if (batch.size() >= settings.scoreBatchSize()) {
                full = batch;
                batch = new ArrayList<>();
            } else if (batch.size() == 1) {
                started = batch;
            }
        }
        if (full != null) {
            send(full);
        } else if (started != null) {
            List<Waiting> mine = started;
            CompletableFuture.delayedExecutor(LINGER_MILLIS, TimeUnit.MILLISECONDS).execute(() -> flush(mine));
        }
        return verdict;
    }

    /** Sends {@code which} if it is still the batch being filled. */
    private void flush(List<Waiting> which) {
        synchronized (batchLock) {
            if (batch != which || batch.isEmpty()) {
                return;
            }
            batch = new ArrayList<>();
        }
        send(which);
    }

    private void send(List<Waiting> waiting) {
        ObjectNode body = Caller.JSON.createObjectNode();
        ArrayNode list = body.putArray("transactions");
        waiting.forEach(w -> list.add(w.request()));
        caller.call("score_batch", "POST", settings.path("score_batch"), body, Caller.Safety.SAFE, false, 0)
                .whenComplete((r, e) -> {
                    JsonNode answers = r == null ? null : answers(r.body());
                    for (int i = 0; i < waiting.size(); i++) {
                        Waiting w = waiting.get(i);
                        if (e != null) {
                            w.verdict().complete(Verdict.failed(new Caller.Result(Caller.Kind.FAILED, 0,
                                    NullNode.getInstance(), String.valueOf(e.getMessage()), 1)));
                        } else if (!r.ok()) {
                            w.verdict().complete(Verdict.failed(r));
                        } else if (answers == null || answers.size() != waiting.size()) {
                            w.verdict().complete(Verdict.failed(badBody(r, "a batch answer with "
                                    + (answers == null ? "no list" : answers.size() + " answers") + " for "
                                    + waiting.size() + " requests")));
                        } else {
                            w.verdict().complete(verdict(answers.get(i), r));
                        }
                    }
                });
    }

    /** The list of answers: the body itself, or the first array inside an object. */
    private static JsonNode answers(JsonNode body) {
        if (body.isArray()) {
            return body;
        }
        for (JsonNode field : body) {
            if (field.isArray()) {
                return field;
            }
        }
        return null;
    }

    /** Reads one answer; an unknown action or an out-of-range score is a bad body. */
    static Verdict verdict(JsonNode answer, Caller.Result call) {
        String action = answer.path("action").asText("").strip().toUpperCase(Locale.ROOT);
        Decision decision = switch (action) {
            case "APPROVE", "ALLOW" -> Decision.APPROVE;
            case "REVIEW" -> Decision.REVIEW;
            case "DECLINE", "BLOCK" -> Decision.DECLINE;
            default -> null;
        };
        JsonNode score = answer.path("risk_score");
        if (decision == null || !score.isNumber() || score.asDouble() < 0 || score.asDouble() > 1) {
            return Verdict.failed(badBody(call, "an answer without a known action and a risk_score in 0..1: "
                    + abbreviate(answer.toString())));
        }
        List<String> hits = new ArrayList<>();
        for (JsonNode hit : answer.path("rule_hits")) {
            if (hit.isTextual()) {
                hits.add(hit.asText());
            } else {
                JsonNode name = hit.has("rule") ? hit.get("rule") : hit.has("name") ? hit.get("name") : hit.get("id");
                hits.add(name != null ? name.asText() : hit.toString());
            }
        }
        return new Verdict(decision, score.asDouble(), hits, null);
    }

    private static Caller.Result badBody(Caller.Result call, String what) {
        return new Caller.Result(Caller.Kind.FAILED, call.status(), NullNode.getInstance(),
                "Bastion answered " + what, call.attempts());
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "...";
    }

    /** Sends the truth about one transaction; a 404 switches feedback off for the rest of the run. */
    CompletableFuture<Void> feedback(String transactionId, boolean fraud, String analystDecision, double confidence,
                                     String notes) {
        if (!feedbackSupported) {
            return CompletableFuture.completedFuture(null);
        }
        ObjectNode body = Caller.JSON.createObjectNode()
                .put("transaction_id", transactionId)
                .put("actual_fraud", fraud)
                .put("analyst_decision", analystDecision)
                .put("confidence", confidence)
                .put("notes", notes);
        return caller.call("feedback", "POST", settings.path("feedback"), body, Caller.Safety.SAFE, false, 0)
                .thenAccept(r -> {
                    if (r.status() == 404 && feedbackSupported) {
                        feedbackSupported = false;
                        LOG.log(System.Logger.Level.INFO, "Bastion has no " + settings.path("feedback")
                                + " endpoint (404): no more feedback is sent");
                    }
                });
    }
}
