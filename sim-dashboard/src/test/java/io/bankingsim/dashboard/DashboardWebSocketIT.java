package io.bankingsim.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import io.bankingsim.core.event.Transaction;
import io.bankingsim.core.outcome.Decision;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardWebSocketIT {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final FakeControl control = new FakeControl();
    private final DashboardObserver observer = new DashboardObserver();
    private DashboardServer server;

    @BeforeEach
    void start() {
        server = DashboardServer.builder().control(control).observer(observer).port(0)
                .pushInterval(Duration.ofMillis(50)).start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aSubscriberGetsMetricsFeedAndAlertsAfterEventsFlow() throws Exception {
        try (WsClient client = WsClient.connect(server)) {
            client.send("{\"type\":\"subscribe\",\"topics\":[\"metrics\",\"transactions\",\"fraud_alerts\"]}");
            assertThat(client.next("subscribed", WAIT).path("data").path("topics")).hasSize(3);

            control.snapshot = TestData.snapshot(2);
            Transaction genuine = TestData.genuine();
            Transaction fraud = TestData.fraud();
            observer.onOutcome(genuine, TestData.outcome(genuine, Decision.APPROVE), 5);
            observer.onOutcome(fraud, TestData.outcome(fraud, Decision.DECLINE), 7);

            JsonNode metrics = client.next("metrics_update", WAIT);
            assertThat(metrics.path("data").path("counts").path("events_released").asLong()).isEqualTo(3);
            JsonNode feed = client.next("transaction_feed", WAIT);
            assertThat(feed.path("data")).hasSize(2);
            assertThat(feed.path("data").get(0).path("event").path("id").asText()).isEqualTo(genuine.id());
            assertThat(feed.path("data").get(1).path("outcome").path("decision").asText()).isEqualTo("decline");
            JsonNode alert = client.next("fraud_alert", WAIT).path("data");
            assertThat(alert.path("event_id").asText()).isEqualTo(fraud.id());
            assertThat(alert.path("decision").asText()).isEqualTo("decline");
            assertThat(alert.path("risk_score").asDouble()).isEqualTo(0.93);
            assertThat(alert.path("amount").asText()).isEqualTo("12.50");
            assertThat(alert.path("pattern").asText()).isEqualTo("card_testing");
            assertThat(alert.path("campaign_id").asText()).isEqualTo("camp-7");
        }
    }

    @Test
    void metricsAreCoalescedAndOnlyTheSubscribedTopicsArrive() throws Exception {
        try (WsClient client = WsClient.connect(server)) {
            client.send("{\"type\":\"subscribe\",\"topics\":[\"metrics\"]}");
            client.next("subscribed", WAIT);
            for (int i = 0; i < 50; i++) {
                control.snapshot = TestData.snapshot(i);
                Transaction t = TestData.fraud();
                observer.onOutcome(t, TestData.outcome(t, Decision.DECLINE), 1);
            }
            control.snapshot = TestData.snapshot(100);

            JsonNode m;
            do {
                m = client.next("metrics_update", WAIT);
            } while (m.path("data").path("counts").path("events_released").asLong() != 101);
            assertThat(client.received).noneMatch(x -> x.path("type").asText().matches("transaction_feed|fraud_alert"));
        }
    }

    @Test
    void aLateMetricsSubscriberGetsTheLatestSnapshotAtOnce() throws Exception {
        control.snapshot = TestData.snapshot(4);
        try (WsClient first = WsClient.connect(server)) {
            first.send("{\"type\":\"subscribe\",\"topics\":[\"metrics\"]}");
            first.next("metrics_update", WAIT);
        }
        try (WsClient late = WsClient.connect(server)) {
            late.send("{\"type\":\"subscribe\",\"topics\":[\"metrics\"]}");
            assertThat(late.next("metrics_update", WAIT).path("data").path("counts").path("events_released").asLong())
                    .isEqualTo(5);
        }
    }

    @Test
    void aBadSubscribeGetsAnErrorAndTheConnectionStaysOpen() throws Exception {
        try (WsClient client = WsClient.connect(server)) {
            client.send("this is not json");
            assertThat(client.next("error", WAIT).path("data").path("message").asText()).contains("not JSON");
            client.sendBinary(new byte[] {1, 2, 3});
            assertThat(client.next("error", WAIT).path("data").path("message").asText()).contains("binary");
            client.send("{\"type\":\"subscribe\",\"topics\":[\"weather\"]}");
            assertThat(client.next("error", WAIT).path("data").path("message").asText())
                    .contains("weather", "metrics, transactions, fraud_alerts");

            client.send("{\"type\":\"subscribe\",\"topics\":[\"transactions\"]}");
            client.next("subscribed", WAIT);
            Transaction t = TestData.genuine();
            observer.onOutcome(t, TestData.outcome(t, Decision.APPROVE), 1);
            assertThat(client.next("transaction_feed", WAIT).path("data").get(0).path("event").path("id").asText())
                    .isEqualTo(t.id());
        }
    }

    @Test
    void aClientThatNeverReadsSlowsNeitherTheObserverNorTheOthers() throws Exception {
        try (WsClient slow = WsClient.connectSlow(server); WsClient good = WsClient.connect(server)) {
            String all = "{\"type\":\"subscribe\",\"topics\":[\"metrics\",\"transactions\",\"fraud_alerts\"]}";
            slow.send(all);
            good.send(all);
            good.next("subscribed", WAIT);

            long started = System.nanoTime();
            Transaction last = null;
            for (int i = 0; i < 100_000; i++) {
                Transaction t = i % 3 == 0 ? TestData.fraud() : TestData.genuine();
                observer.onEvent(t);
                observer.onOutcome(t, TestData.outcome(t, i % 3 == 0 ? Decision.DECLINE : Decision.APPROVE), 1);
                last = t;
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            control.snapshot = TestData.snapshot(7);

            assertThat(took).isLessThan(Duration.ofSeconds(5));
            String lastId = last.id();
            JsonNode feed = good.await(WAIT, m -> m.path("type").asText().equals("transaction_feed")
                    && m.path("data").get(m.path("data").size() - 1).path("event").path("id").asText().equals(lastId));
            assertThat(feed.path("data").size()).isLessThanOrEqualTo(Broadcaster.MAX_FEED_ITEMS);
            good.await(WAIT, m -> m.path("type").asText().equals("metrics_update")
                    && m.path("data").path("counts").path("events_released").asLong() == 8);

        }
    }
}
