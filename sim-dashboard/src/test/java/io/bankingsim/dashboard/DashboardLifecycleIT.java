package io.bankingsim.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import io.bankingsim.core.Simulation;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.net.InetAddress;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The dashboard's start and end: a busy port, the last push at close, cross-site requests, Stop before Start. */
class DashboardLifecycleIT {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void aBusyPortIsAnErrorNamingIt() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            assertThatIllegalStateException()
                    .isThrownBy(() -> DashboardServer.builder().control(new FakeControl()).port(port).start())
                    .withMessageContaining("cannot listen on 127.0.0.1:" + port);
        }
    }

    @Test
    void closingPushesTheFinalSnapshotToTheClientsFirst() throws Exception {
        FakeControl control = new FakeControl();
        DashboardServer server = DashboardServer.builder().control(control).port(0)
                .pushInterval(Duration.ofSeconds(5)).start();
        try (WsClient client = WsClient.connect(server)) {
            client.send("{\"type\":\"subscribe\",\"topics\":[\"metrics\"]}");
            client.next("subscribed", WAIT);
            control.snapshot = TestData.snapshot(41); // the run's final snapshot, before any regular push

            server.close();

            JsonNode last = client.next("metrics_update", WAIT);
            assertThat(last.path("data").path("counts").path("events_released").asLong()).isEqualTo(42);
        } finally {
            server.close();
        }
    }

    @Test
    void aPageFromAnotherSiteCannotControlTheRunButScriptsAndTheDashboardItselfCan() {
        FakeControl control = new FakeControl();
        try (DashboardServer server = DashboardServer.builder().control(control).port(0).start()) {
            Http http = new Http(server);
            control.state = "running";

            HttpResponse<String> forged = http.post("/api/control/pause", "", "Origin", "http://evil.example");
            assertThat(forged.statusCode()).isEqualTo(403);
            assertThat(Http.json(forged).path("error").asText()).contains("cross-site", "http://evil.example");
            assertThat(control.state).isEqualTo("running");

            HttpResponse<String> own = http.post("/api/control/pause", "", "Origin",
                    "http://127.0.0.1:" + server.port());
            assertThat(own.statusCode()).isEqualTo(200);
            assertThat(http.post("/api/control/resume", "").statusCode()).as("no Origin: curl, scripts").isEqualTo(200);
            assertThat(http.get("/api/status").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void stopBeforeStartCancelsAWaitingRun() throws Exception {
        StartableControl control = SimulationControl.startable(Simulation.builder().scenario("normal_day")
                .customers(10).recordEvents(false).build());
        CompletableFuture<?> started = control.started();

        control.stop();

        assertThat(control.state()).isEqualTo("stopped");
        assertThatThrownBy(started::join).hasRootCauseInstanceOf(CancellationException.class);
        assertThatIllegalStateException().isThrownBy(control::start).withMessageContaining("stopped before it began");
    }
}
