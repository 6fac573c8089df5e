package io.bankingsim.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import io.bankingsim.core.clock.ManualTicker;
import io.bankingsim.core.clock.Speed;
import io.bankingsim.core.clock.VirtualClock;
import io.bankingsim.core.metrics.MetricsSnapshot;
import io.bankingsim.core.scenario.MetricsSettings;
import io.bankingsim.core.scenario.Scenario;
import io.bankingsim.core.spi.RunContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardHistoryIT {

    /** ISO-8601 with an offset, to the second: 2026-01-05T00:00:00Z, 2026-01-05T10:30:45-05:00. */
    private static final String LOCAL_TO_THE_SECOND = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(Z|[+-]\\d\\d:\\d\\d)";

    private final FakeControl control = new FakeControl();
    private final DashboardObserver observer = new DashboardObserver();
    private DashboardServer server;
    private Http http;

    @BeforeEach
    void start() {
        server = DashboardServer.builder().control(control).observer(observer).port(0).start();
        http = new Http(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void historyHasOnePointPerSnapshotWallTimeWithTheRunsRetention() {
        observer.onStart(context(15));
        observer.onSnapshot(TestData.snapshot(1, Duration.ofSeconds(1)));
        observer.onSnapshot(TestData.snapshot(2, Duration.ofSeconds(2)));
        observer.onSnapshot(TestData.snapshot(2, Duration.ofSeconds(2)));
        observer.onFinish(TestData.snapshot(3, Duration.ofMillis(3500)));

        HttpResponse<String> r = http.get("/api/metrics/history");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        JsonNode body = Http.json(r);
        assertThat(body.path("retention_minutes").asInt()).isEqualTo(15);
        assertThat(wallSeconds(body)).containsExactly(1.0, 2.0, 3.5);
        JsonNode last = body.path("points").get(2);
        assertThat(last.path("transactions").asLong()).isEqualTo(4);
        assertThat(last.path("caught").asLong()).isEqualTo(1);
        assertThat(last.path("virtual_time").asText()).isEqualTo("2026-01-05T00:30:00Z");
        assertThat(last.path("in_flight").asInt()).isEqualTo(3);
        assertThat(last.has("error_rate")).isTrue();
        assertThat(last.has("throttle_rate")).isTrue();
        assertThat(last.has("false_positive_rate")).isTrue();
    }

    @Test
    void beforeAnyRunTheHistoryIsEmptyWithTheDefaultRetention() {
        JsonNode body = Http.json(http.get("/api/metrics/history"));

        assertThat(body.path("retention_minutes").asInt()).isEqualTo(60);
        assertThat(body.path("points").isArray()).isTrue();
        assertThat(body.path("points")).isEmpty();
    }

    @Test
    void aNewRunStartsAnEmptyHistory() {
        observer.onStart(context(15));
        observer.onSnapshot(TestData.snapshot(1, Duration.ofSeconds(1)));
        observer.onStart(context(30));

        JsonNode body = Http.json(http.get("/api/metrics/history"));
        assertThat(body.path("retention_minutes").asInt()).isEqualTo(30);
        assertThat(body.path("points")).isEmpty();

        observer.onSnapshot(TestData.snapshot(1, Duration.ofSeconds(1)));
        assertThat(wallSeconds(Http.json(http.get("/api/metrics/history")))).containsExactly(1.0);
    }

    @Test
    void sinceKeepsOnlyThePointsAfterThatWallSecond() {
        observer.onStart(context(60));
        for (int s = 1; s <= 5; s++) {
            observer.onSnapshot(TestData.snapshot(s, Duration.ofSeconds(s)));
        }

        assertThat(wallSeconds(Http.json(http.get("/api/metrics/history?since=2.5")))).containsExactly(3.0, 4.0, 5.0);
        assertThat(wallSeconds(Http.json(http.get("/api/metrics/history?since=3")))).containsExactly(4.0, 5.0);
        assertThat(wallSeconds(Http.json(http.get("/api/metrics/history?since=0")))).containsExactly(1.0, 2.0, 3.0, 4.0, 5.0);
        assertThat(wallSeconds(Http.json(http.get("/api/metrics/history?since=-1")))).hasSize(5);
        HttpResponse<String> none = http.get("/api/metrics/history?since=5");
        assertThat(none.statusCode()).isEqualTo(200);
        assertThat(Http.json(none).path("points")).isEmpty();
        assertThat(Http.json(none).path("retention_minutes").asInt()).isEqualTo(60);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "NaN", "Infinity", "-Infinity", "", "1,5"})
    void aSinceThatIsNotAFiniteNumberIs400NamingTheField(String since) {
        observer.onSnapshot(TestData.snapshot(1, Duration.ofSeconds(1)));

        HttpResponse<String> r = http.get("/api/metrics/history?since=" + since);

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        JsonNode e = Http.json(r);
        assertThat(e.path("status").asInt()).isEqualTo(400);
        assertThat(e.path("field").asText()).isEqualTo("since");
        assertThat(e.path("error").asText()).contains("since");
        assertThat(e.path("allowed").asText()).isNotBlank();
    }

    @Test
    void maxPointsThinsTheHistoryKeepingTheNewestPoint() {
        observer.onStart(context(60));
        for (int s = 1; s <= 20; s++) {
            observer.onSnapshot(TestData.snapshot(s, Duration.ofSeconds(s)));
        }

        assertThat(wallSeconds(Http.json(http.get("/api/metrics/history?max_points=2")))).containsExactly(1.0, 20.0);
        assertThat(wallSeconds(Http.json(http.get("/api/metrics/history?since=10&max_points=1")))).containsExactly(20.0);
        assertThat(wallSeconds(Http.json(http.get("/api/metrics/history?max_points=5")))).hasSize(5).isSorted()
                .startsWith(1.0).endsWith(20.0);
        assertThat(wallSeconds(Http.json(http.get("/api/metrics/history?max_points=500")))).hasSize(20);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-3", "two", "1.5", ""})
    void aMaxPointsThatIsNotAPositiveWholeNumberIs400NamingTheField(String max) {
        HttpResponse<String> r = http.get("/api/metrics/history?max_points=" + max);

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(Http.json(r).path("field").asText()).isEqualTo("max_points");
        assertThat(Http.json(r).path("error").asText()).contains("max_points");
    }

    @Test
    void otherMethodsThanGetAre405() {
        for (String method : new String[] {"POST", "PUT", "DELETE"}) {
            HttpResponse<String> r = http.method(method, "/api/metrics/history");
            assertThat(r.statusCode()).as(method).isEqualTo(405);
            assertThat(r.headers().firstValue("allow")).as(method).hasValue("GET");
            assertThat(Http.json(r).path("status").asInt()).isEqualTo(405);
        }
    }

    @Test
    void statusTellsTheTimeZoneAndTheLocalVirtualTimeToTheSecond() {
        JsonNode s = Http.json(http.get("/api/status"));

        assertThat(s.path("time_zone").asText()).isEqualTo("UTC");
        assertThat(s.path("virtual_time_local").asText()).matches(LOCAL_TO_THE_SECOND)
                .isEqualTo("2026-01-05T00:00:00Z");
        assertThat(OffsetDateTime.parse(s.path("virtual_time_local").asText()).toInstant()).isEqualTo(TestData.START);
    }

    @Test
    void statusShowsTheVirtualTimeInTheScenariosZoneTruncatedToTheSecond() {
        Instant now = Instant.parse("2026-07-01T15:30:45.987Z");
        try (DashboardServer zoned = DashboardServer.builder().control(new ZonedControl(control, ZoneId.of("America/New_York"), now))
                .port(0).start()) {
            JsonNode s = Http.json(new Http(zoned).get("/api/status"));

            assertThat(s.path("time_zone").asText()).isEqualTo("America/New_York");
            assertThat(s.path("virtual_time").asText()).isEqualTo("2026-07-01T15:30:45.987Z");
            assertThat(s.path("virtual_time_local").asText()).isEqualTo("2026-07-01T11:30:45-04:00");
        }
    }

    @Test
    void aLocalTimeOnTheMinuteStillHasItsSeconds() {
        Instant now = Instant.parse("2026-01-05T15:30:00Z");
        try (DashboardServer zoned = DashboardServer.builder().control(new ZonedControl(control, ZoneId.of("Asia/Kolkata"), now))
                .port(0).start()) {
            JsonNode s = Http.json(new Http(zoned).get("/api/status"));

            assertThat(s.path("virtual_time_local").asText()).matches(LOCAL_TO_THE_SECOND)
                    .isEqualTo("2026-01-05T21:00:00+05:30");
        }
    }

    private static RunContext context(int retentionMinutes) {
        Scenario scenario = Scenario.defaults("history")
                .withMetrics(new MetricsSettings(true, 1, retentionMinutes, false));
        return new RunContext(scenario, VirtualClock.start(scenario.start(), scenario.speed(), new ManualTicker()), null);
    }

    private static List<Double> wallSeconds(JsonNode body) {
        List<Double> out = new ArrayList<>();
        body.path("points").forEach(p -> out.add(p.path("wall_seconds").asDouble()));
        return out;
    }

    /** A control in another zone at another virtual instant; the rest from the fake. */
    private record ZonedControl(FakeControl fake, ZoneId zone, Instant now) implements SimulationControl {
        @Override
        public ZoneId timeZone() {
            return zone;
        }

        @Override
        public Instant virtualTime() {
            return now;
        }

        @Override
        public String state() {
            return fake.state();
        }

        @Override
        public String scenarioName() {
            return fake.scenarioName();
        }

        @Override
        public double progress() {
            return fake.progress();
        }

        @Override
        public Speed speed() {
            return fake.speed();
        }

        @Override
        public int inFlight() {
            return fake.inFlight();
        }

        @Override
        public Optional<MetricsSnapshot> metrics() {
            return fake.metrics();
        }

        @Override
        public void start() {
            fake.start();
        }

        @Override
        public void pause() {
            fake.pause();
        }

        @Override
        public void resume() {
            fake.resume();
        }

        @Override
        public void stop() {
            fake.stop();
        }

        @Override
        public void setSpeed(Speed speed) {
            fake.setSpeed(speed);
        }
    }
}
