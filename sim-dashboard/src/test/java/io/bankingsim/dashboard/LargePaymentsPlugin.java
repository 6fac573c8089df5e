package io.bankingsim.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bankingsim.core.event.Event;
import io.bankingsim.core.event.Transaction;
import io.bankingsim.core.outcome.Outcome;
import io.bankingsim.core.spi.RunContext;
import io.bankingsim.core.spi.SimulationObserver;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The example of docs/extending.md: a team's own metric on the dashboard. It counts the
 * transactions at or above a threshold (any currency), how many of them were fraud, and how many
 * the detector flagged; serves them at {@code GET /api/plugins/large-payments}; lets the threshold
 * change with {@code POST /api/plugins/large-payments/threshold {"amount": 5000}}; and shows them
 * in a panel ({@code dashboard-plugins/large-payments/panel.js}). Registered for the tests in
 * {@code META-INF/services/io.bankingsim.dashboard.DashboardPlugin}.
 */
public final class LargePaymentsPlugin implements DashboardPlugin {

    private final AtomicReference<BigDecimal> threshold = new AtomicReference<>(new BigDecimal("1000"));
    private final AtomicLong large = new AtomicLong();
    private final AtomicLong fraud = new AtomicLong();
    private final AtomicLong flagged = new AtomicLong();

    @Override
    public String id() {
        return "large-payments";
    }

    @Override
    public String title() {
        return "Large payments";
    }

    @Override
    public Optional<String> panelModule() {
        return Optional.of("panel.js");
    }

    @Override
    public Optional<SimulationObserver> observer() {
        return Optional.of(new SimulationObserver() {
            @Override
            public void onStart(RunContext context) {
                large.set(0);
                fraud.set(0);
                flagged.set(0);
            }

            @Override
            public void onOutcome(Event event, Outcome outcome, long responseNanos) {
                if (event instanceof Transaction t && t.amount().amount().compareTo(threshold.get()) >= 0) {
                    large.incrementAndGet();
                    if (t.truth().fraud()) {
                        fraud.incrementAndGet();
                    }
                    if (outcome.decision().flagged()) {
                        flagged.incrementAndGet();
                    }
                }
            }
        });
    }

    @Override
    public void routing(HttpRules rules, DashboardContext context) {
        rules.get("/", (req, res) -> {
            ObjectNode n = Messages.JSON.createObjectNode();
            n.put("threshold", threshold.get().toPlainString());
            n.put("large", large.get());
            n.put("fraud", fraud.get());
            n.put("flagged", flagged.get());
            n.put("run_state", context.control().state());
            res.header(HeaderNames.CONTENT_TYPE, "application/json");
            res.send(n.toString());
        });
        rules.post("/threshold", (req, res) -> {
            BigDecimal amount;
            try {
                JsonNode body = Messages.JSON.readTree(req.content().as(String.class));
                amount = new BigDecimal(body.path("amount").asText());
                if (amount.signum() <= 0) {
                    throw new NumberFormatException();
                }
            } catch (IOException | NumberFormatException e) {
                res.status(Status.BAD_REQUEST_400);
                res.header(HeaderNames.CONTENT_TYPE, "application/json");
                res.send("{\"status\":400,\"error\":\"expected {\\\"amount\\\": <a positive number>}\",\"field\":\"amount\"}");
                return;
            }
            threshold.set(amount);
            res.header(HeaderNames.CONTENT_TYPE, "application/json");
            res.send("{\"threshold\":\"" + amount.toPlainString() + "\"}");
        });
    }
}
