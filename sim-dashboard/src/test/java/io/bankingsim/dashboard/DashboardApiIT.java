package io.bankingsim.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import io.bankingsim.core.clock.Speed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardApiIT {

    private static final FakeControl CONTROL = new FakeControl();
    private static DashboardServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        server = DashboardServer.builder().control(CONTROL).port(0).backends("dry run").start();
        http = new Http(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void reset() {
        CONTROL.state = "created";
        CONTROL.speed = Speed.of(100);
        CONTROL.snapshot = null;
    }

    @Test
    void statusTellsStateScenarioTimeSpeedBackendsAndResources() {
        HttpResponse<String> r = http.get("/api/status");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        JsonNode s = Http.json(r);
        assertThat(s.path("state").asText()).isEqualTo("created");
        assertThat(s.path("scenario").asText()).isEqualTo("fake_day");
        assertThat(s.path("virtual_time").asText()).isEqualTo("2026-01-05T00:00:00Z");
        assertThat(s.path("progress").asDouble()).isEqualTo(0.25);
        assertThat(s.path("speed").path("set").asText()).isEqualTo("100");
        assertThat(s.path("speed").path("effective").isNull()).isTrue();
        assertThat(s.path("in_flight").asInt()).isEqualTo(2);
        assertThat(s.path("backends").asText()).isEqualTo("dry run");
        assertThat(s.path("resources").path("heap_used_bytes").asLong()).isPositive();
        assertThat(s.path("resources").path("live_threads").asInt()).isPositive();
        assertThat(s.path("resources").has("process_cpu_load")).isTrue();
    }

    @Test
    void metricsAre503BeforeTheFirstSnapshotThenTheSnapshot() {
        HttpResponse<String> before = http.get("/api/metrics");
        assertThat(before.statusCode()).isEqualTo(503);
        assertThat(Http.json(before).path("error").asText()).contains("no metrics yet");

        CONTROL.snapshot = TestData.snapshot(3);
        HttpResponse<String> after = http.get("/api/metrics");
        assertThat(after.statusCode()).isEqualTo(200);
        JsonNode m = Http.json(after);
        assertThat(m.path("counts").path("events_released").asLong()).isEqualTo(4);
        assertThat(m.path("run").path("set_speed").asText()).isEqualTo("100");
        assertThat(m.path("api").get(0).path("system").asText()).isEqualTo("bastion");
    }

    @Test
    void prometheusMetricsAreTextInTheExpositionFormat() {
        CONTROL.snapshot = TestData.snapshot(3);
        HttpResponse<String> r = http.get("/metrics");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("text/plain; version=0.0.4"));
        assertThat(r.body()).contains("# TYPE banking_sim_outcomes_total counter",
                "banking_sim_events_released_total{kind=\"transaction\"} 4");
    }

    @Test
    void controlsChangeTheStateAndAnswerTheNewOne() {
        assertThat(postState("/api/control/start")).isEqualTo("running");
        assertThat(postState("/api/control/pause")).isEqualTo("paused");
        assertThat(postState("/api/control/resume")).isEqualTo("running");
        HttpResponse<String> speed = http.post("/api/control/speed", "{\"multiplier\": 250}");
        assertThat(speed.statusCode()).isEqualTo(200);
        assertThat(Http.json(speed).path("speed").asText()).isEqualTo("250");
        assertThat(CONTROL.speed).isEqualTo(Speed.of(250));
        assertThat(Http.json(http.post("/api/control/speed", "{\"multiplier\": \"max\"}")).path("speed").asText())
                .isEqualTo("max");
        assertThat(postState("/api/control/stop")).isEqualTo("stopped");
    }

    @Test
    void anImpossibleControlIs409WithTheReason() {
        CONTROL.state = "stopped";

        HttpResponse<String> r = http.post("/api/control/resume", "");
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(Http.json(r).path("error").asText()).isEqualTo("cannot resume when stopped");
        assertThat(http.post("/api/control/start", "").statusCode()).isEqualTo(409);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "{}", "{\"multiplier\": -1}", "{\"multiplier\": 0}",
            "{\"multiplier\": \"fast\"}", "{\"multiplier\": 20000000}"})
    void aBadSpeedIs400NamingTheFieldAndTheAllowedValues(String body) {
        HttpResponse<String> r = http.post("/api/control/speed", body, "Content-Type", "application/json");

        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode e = Http.json(r);
        assertThat(e.path("field").asText()).isEqualTo("multiplier");
        assertThat(e.path("allowed").asText()).contains("> 0", "10000000", "max");
        assertThat(e.path("error").asText()).isNotBlank();
        assertThat(CONTROL.speed).isEqualTo(Speed.of(100));
    }

    @Test
    void unknownPathsAre404Json() {
        for (String path : new String[] {"/api/nothing", "/nothing/here"}) {
            HttpResponse<String> r = http.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(Http.json(r).path("error").asText()).contains(path);
        }
        HttpResponse<String> action = http.post("/api/control/explode", "");
        assertThat(action.statusCode()).isEqualTo(404);
        assertThat(Http.json(action).path("allowed").asText()).contains("pause", "speed");
    }

    @Test
    void wrongMethodsAre405WithAllow() {
        HttpResponse<String> post = http.post("/api/status", "");
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("allow")).hasValue("GET");
        assertThat(Http.json(post).path("status").asInt()).isEqualTo(405);
        assertThat(http.method("DELETE", "/api/metrics").statusCode()).isEqualTo(405);
        assertThat(http.post("/metrics", "").statusCode()).isEqualTo(405);
        HttpResponse<String> get = http.get("/api/control/pause");
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("allow")).hasValue("POST");
        assertThat(CONTROL.state).isEqualTo("created");
    }

    @Test
    void thePageIsServedAtTheRoot() {
        HttpResponse<String> r = http.get("/");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        assertThat(r.body()).contains("<title>Banking Simulator: live dashboard</title>", "type=\"importmap\"", "app.js");
        assertThat(http.get("/index.html").statusCode()).isEqualTo(200);
    }

    @Test
    void onLoopbackNoTokenIsNeeded() {
        assertThat(server.token()).isEmpty();
        assertThat(server.url()).isEqualTo("http://127.0.0.1:" + server.port() + "/");
    }

    private static String postState(String path) {
        HttpResponse<String> r = http.post(path, "");
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return Http.json(r).path("state").asText();
    }
}
