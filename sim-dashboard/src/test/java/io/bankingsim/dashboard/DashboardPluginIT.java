package io.bankingsim.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import io.bankingsim.core.clock.ManualTicker;
import io.bankingsim.core.clock.VirtualClock;
import io.bankingsim.core.event.Channel;
import io.bankingsim.core.event.GroundTruth;
import io.bankingsim.core.event.Money;
import io.bankingsim.core.event.Role;
import io.bankingsim.core.event.Transaction;
import io.bankingsim.core.event.TransactionType;
import io.bankingsim.core.outcome.Decision;
import io.bankingsim.core.scenario.Scenario;
import io.bankingsim.core.spi.RunContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The example plugin (LargePaymentsPlugin, registered by the test resources) mounted on a real server. */
class DashboardPluginIT {

    private static final String API = "/api/plugins/large-payments";
    private static final AtomicLong IDS = new AtomicLong();

    private final FakeControl control = new FakeControl();
    private DashboardObserver observer;
    private DashboardServer server;
    private Http http;

    @BeforeEach
    void start() {
        observer = new DashboardObserver(DashboardPlugins.load());
        server = DashboardServer.builder().control(control).observer(observer).port(0).start();
        http = new Http(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theListNamesEachPluginWithItsApiAndPanel() {
        HttpResponse<String> r = http.get("/api/plugins");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        JsonNode list = Http.json(r);
        assertThat(list.isArray()).isTrue();
        JsonNode large = null;
        for (JsonNode p : list) {
            if (p.path("id").asText().equals("large-payments")) {
                large = p;
            }
        }
        assertThat(large).as("large-payments in " + list).isNotNull();
        assertThat(large.path("title").asText()).isEqualTo("Large payments");
        assertThat(large.path("api").asText()).isEqualTo(API);
        assertThat(large.path("panel").asText()).isEqualTo("/plugins/large-payments/panel.js");
    }

    @Test
    void withoutPluginsTheListIsEmpty() {
        try (DashboardServer bare = DashboardServer.builder().control(control).port(0).start()) {
            Http bareHttp = new Http(bare);
            assertThat(Http.json(bareHttp.get("/api/plugins"))).isEmpty();
            assertThat(bareHttp.get(API).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void thePluginRouteCountsTheLargePaymentsItsObserverSaw() {
        observer.onStart(context());
        outcome(transaction("999.99", "USD", false), Decision.APPROVE);
        outcome(transaction("1000.00", "USD", false), Decision.APPROVE);
        outcome(transaction("5000", "USD", true), Decision.DECLINE);
        outcome(transaction("2500.00", "EUR", false), Decision.REVIEW);
        outcome(transaction("12.50", "USD", true), Decision.DECLINE);
        outcome(transaction("1200.00", "USD", true), Decision.APPROVE);

        HttpResponse<String> r = http.get(API);

        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode n = Http.json(r);
        assertThat(n.path("threshold").asText()).isEqualTo("1000");
        assertThat(n.path("large").asLong()).isEqualTo(4);
        assertThat(n.path("fraud").asLong()).isEqualTo(2);
        assertThat(n.path("flagged").asLong()).isEqualTo(2);
        assertThat(n.path("run_state").asText()).isEqualTo("created");
        assertThat(observer.transactionsSeen()).as("the dashboard's own feed saw them too").isEqualTo(6);
    }

    @Test
    void theRouteSeesTheRunThroughTheContext() {
        control.state = "paused";

        assertThat(Http.json(http.get(API)).path("run_state").asText()).isEqualTo("paused");
    }

    @Test
    void postingAThresholdOnLoopbackChangesWhatCounts() {
        HttpResponse<String> set = http.post(API + "/threshold", "{\"amount\": 3000}", "Content-Type", "application/json");

        assertThat(set.statusCode()).isEqualTo(200);
        assertThat(Http.json(set).path("threshold").asText()).isEqualTo("3000");
        outcome(transaction("2500.00", "USD", false), Decision.APPROVE);
        outcome(transaction("3000.00", "USD", false), Decision.APPROVE);
        JsonNode n = Http.json(http.get(API));
        assertThat(n.path("threshold").asText()).isEqualTo("3000");
        assertThat(n.path("large").asLong()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not json", "{}", "{\"amount\": -5}", "{\"amount\": 0}", "{\"amount\": \"lots\"}"})
    void aBadThresholdIs400AndChangesNothing(String body) {
        HttpResponse<String> r = http.post(API + "/threshold", body, "Content-Type", "application/json");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(Http.json(r).path("field").asText()).isEqualTo("amount");
        assertThat(Http.json(http.get(API)).path("threshold").asText()).isEqualTo("1000");
    }

    @Test
    void whenATokenIsRequiredPluginWritesNeedItAndReadsDoNot() {
        DashboardObserver guarded = new DashboardObserver(DashboardPlugins.load());
        try (DashboardServer secured = DashboardServer.builder().control(control).observer(guarded).port(0)
                .requireToken(true).token("t").start()) {
            Http h = new Http(secured);

            HttpResponse<String> none = h.post(API + "/threshold", "{\"amount\": 7}");
            assertThat(none.statusCode()).isEqualTo(401);
            assertThat(none.headers().firstValue("www-authenticate")).hasValue("Bearer");
            assertThat(Http.json(none).path("error").asText()).contains("Authorization: Bearer");
            assertThat(h.post(API + "/threshold", "{\"amount\": 7}", "Authorization", "Bearer wrong").statusCode())
                    .isEqualTo(401);
            assertThat(h.method("DELETE", API).statusCode()).as("any non-GET method").isEqualTo(401);
            HttpResponse<String> open = h.get(API);
            assertThat(open.statusCode()).isEqualTo(200);
            assertThat(Http.json(open).path("threshold").asText()).isEqualTo("1000");
            assertThat(h.get("/api/plugins").statusCode()).isEqualTo(200);

            HttpResponse<String> with = h.post(API + "/threshold", "{\"amount\": 7}", "Authorization", "Bearer t");
            assertThat(with.statusCode()).isEqualTo(200);
            assertThat(Http.json(h.get(API)).path("threshold").asText()).isEqualTo("7");
        }
    }

    @Test
    void thePanelModuleIsServedAsJavaScript() {
        HttpResponse<String> r = http.get("/plugins/large-payments/panel.js");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-type")).hasValueSatisfying(
                v -> assertThat(v).matches("(text|application)/javascript.*"));
        assertThat(r.body()).contains("export default function mount(element, api)");
    }

    @Test
    void anUnknownPluginIs404Json() {
        for (String path : new String[] {"/api/plugins/nope", "/api/plugins/nope/threshold", API + "/nothing"}) {
            HttpResponse<String> r = http.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(r.headers().firstValue("content-type")).as(path)
                    .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
            assertThat(Http.json(r).path("error").asText()).as(path).contains(path);
        }
        assertThat(http.get("/plugins/nope/panel.js").statusCode()).isEqualTo(404);
    }

    private void outcome(Transaction t, Decision decision) {
        observer.onEvent(t);
        observer.onOutcome(t, TestData.outcome(t, decision), 1_000);
    }

    private static Transaction transaction(String amount, String currency, boolean fraud) {
        GroundTruth truth = fraud ? GroundTruth.fraud("card_testing", "camp-9", Role.FRAUDSTER) : GroundTruth.GENUINE;
        return new Transaction("lp-" + IDS.incrementAndGet(), TestData.START.plusSeconds(IDS.get()),
                TransactionType.CARD_PURCHASE, "c-1", "a-1", null, Money.of(amount, currency), Channel.CARD_PRESENT,
                null, null, truth);
    }

    private static RunContext context() {
        Scenario scenario = Scenario.defaults("plugins");
        return new RunContext(scenario, VirtualClock.start(scenario.start(), scenario.speed(), new ManualTicker()), null);
    }
}
