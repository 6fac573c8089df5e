package io.bankingsim.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import io.bankingsim.core.RunningSimulation;
import io.bankingsim.core.Simulation;
import io.bankingsim.core.clock.Speed;
import io.bankingsim.core.metrics.MetricsSnapshot;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** A real dry run of normal_day, watched and driven through the dashboard. */
class DashboardDryRunIT {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void pauseSpeedResumeAndStopDriveARealRun() throws Exception {
        DashboardObserver observer = new DashboardObserver();
        RunningSimulation run = Simulation.builder().scenario("normal_day").customers(50).durationHours(2)
                .speed(Speed.of(600)).recordEvents(false).observer(observer).build().start();
        try (DashboardServer server = DashboardServer.builder().control(SimulationControl.of(run)).observer(observer)
                .port(0).backends("dry run").pushInterval(Duration.ofMillis(100)).start();
             WsClient client = WsClient.connect(server)) {
            Http http = new Http(server);
            client.send("{\"type\":\"subscribe\",\"topics\":[\"metrics\",\"transactions\"]}");
            JsonNode feed = client.next("transaction_feed", WAIT);
            assertThat(feed.path("data").get(0).path("event").path("kind").asText()).isEqualTo("transaction");
            client.next("metrics_update", WAIT);

            JsonNode status = Http.json(http.get("/api/status"));
            assertThat(status.path("state").asText()).isEqualTo("running");
            assertThat(status.path("scenario").asText()).isEqualTo("Normal day");
            assertThat(status.path("backends").asText()).isEqualTo("dry run");

            assertThat(control(http, "/api/control/pause", "").path("state").asText()).isEqualTo("paused");
            Instant paused = run.virtualTime();
            MetricsSnapshot first = awaitPausedSnapshot(run, null);
            MetricsSnapshot second = awaitPausedSnapshot(run, first);
            assertThat(second.run().wallElapsedNanos()).isGreaterThan(first.run().wallElapsedNanos());
            assertThat(second.run().virtualNow()).isEqualTo(paused);
            assertThat(Http.json(http.get("/api/status")).path("virtual_time").asText()).isEqualTo(paused.toString());

            assertThat(control(http, "/api/control/speed", "{\"multiplier\": 1200}").path("speed").asText())
                    .isEqualTo("1200");
            assertThat(Http.json(http.get("/api/status")).path("speed").path("set").asText()).isEqualTo("1200");
            assertThat(control(http, "/api/control/resume", "").path("state").asText()).isEqualTo("running");
            assertThat(Http.await(WAIT, () -> run.virtualTime().isAfter(paused))).isTrue();

            assertThat(http.get("/api/metrics").statusCode()).isEqualTo(200);
            assertThat(http.get("/metrics").body()).contains("banking_sim_events_released_total{kind=\"transaction\"}");

            assertThat(http.post("/api/control/stop", "").statusCode()).isEqualTo(200);
            assertThat(run.await(30, TimeUnit.SECONDS)).isPresent();
            assertThat(Http.json(http.get("/api/status")).path("state").asText()).isIn("stopped", "finished");
            HttpResponse<String> resume = http.post("/api/control/resume", "");
            assertThat(resume.statusCode()).isEqualTo(409);
            assertThat(Http.json(resume).path("error").asText()).contains("over");
            assertThat(http.post("/api/control/speed", "{\"multiplier\": 5}").statusCode()).isEqualTo(409);
            assertThat(http.post("/api/control/start", "").statusCode()).isEqualTo(409);
        } finally {
            run.stop();
        }
    }

    private static JsonNode control(Http http, String path, String body) {
        HttpResponse<String> r = http.post(path, body);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return Http.json(r);
    }

    /** The next snapshot the run publishes while paused, other than {@code previous}. */
    private static MetricsSnapshot awaitPausedSnapshot(RunningSimulation run, MetricsSnapshot previous)
            throws InterruptedException {
        AtomicReference<MetricsSnapshot> found = new AtomicReference<>();
        boolean ok = Http.await(WAIT, () -> {
            MetricsSnapshot s = run.metrics().orElse(null);
            if (s != null && s != previous && s.run().state().equals("paused")) {
                found.set(s);
                return true;
            }
            return false;
        });
        assertThat(ok).as("a snapshot published while paused").isTrue();
        return found.get();
    }
}
