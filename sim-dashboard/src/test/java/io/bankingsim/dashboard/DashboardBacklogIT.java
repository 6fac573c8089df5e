package io.bankingsim.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import io.bankingsim.core.event.Transaction;
import io.bankingsim.core.outcome.Decision;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a client that subscribes late gets first: the newest items already seen, then only new ones. */
class DashboardBacklogIT {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final FakeControl control = new FakeControl();
    private final DashboardObserver observer = new DashboardObserver();
    private DashboardServer server;

    @BeforeEach
    void start() {
        server = DashboardServer.builder().control(control).observer(observer).port(0)
                .pushInterval(Duration.ofMillis(20)).start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aLateTransactionSubscriberGetsTheNewestFiftyOldestFirstThenOnlyNewOnes() throws Exception {
        List<String> before = feed(120, false);

        try (WsClient client = WsClient.connect(server)) {
            client.send("{\"type\":\"subscribe\",\"topics\":[\"transactions\"]}");
            JsonNode backlog = client.await(WAIT, m -> type(m, "transaction_feed"));
            assertThat(ids(backlog)).containsExactlyElementsOf(before.subList(70, 120));

            List<String> after = feed(3, false);
            client.await(WAIT, m -> type(m, "transaction_feed") && ids(m).contains(after.get(2)));

            List<String> all = feedIds(client);
            List<String> expected = new ArrayList<>(before.subList(70, 120));
            expected.addAll(after);
            assertThat(all).as("every id once, in order").containsExactlyElementsOf(expected);
        }
    }

    @Test
    void aLateSubscriberToASmallFeedGetsAllOfIt() throws Exception {
        List<String> before = feed(7, false);

        try (WsClient client = WsClient.connect(server)) {
            client.send("{\"type\":\"subscribe\",\"topics\":[\"transactions\"]}");

            assertThat(ids(client.await(WAIT, m -> type(m, "transaction_feed")))).containsExactlyElementsOf(before);
        }
    }

    @Test
    void aLateAlertSubscriberGetsTheNewestTwentyFiveOldestFirstThenOnlyNewOnes() throws Exception {
        List<String> flagged = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            feed(2, false);
            flagged.addAll(feed(1, true));
        }

        try (WsClient client = WsClient.connect(server)) {
            client.send("{\"type\":\"subscribe\",\"topics\":[\"fraud_alerts\"]}");
            String newest = flagged.get(39);
            client.await(WAIT, m -> type(m, "fraud_alert") && m.path("data").path("event_id").asText().equals(newest));
            assertThat(alertIds(client)).containsExactlyElementsOf(flagged.subList(15, 40));

            List<String> more = feed(2, true);
            client.await(WAIT, m -> type(m, "fraud_alert") && m.path("data").path("event_id").asText().equals(more.get(1)));

            List<String> expected = new ArrayList<>(flagged.subList(15, 40));
            expected.addAll(more);
            assertThat(alertIds(client)).as("every alert once, in order").containsExactlyElementsOf(expected);
            assertThat(client.history).noneMatch(m -> type(m, "transaction_feed"));
        }
    }

    @Test
    void subscribingAgainToTheSameTopicRepeatsNothing() throws Exception {
        List<String> before = feed(5, false);
        try (WsClient client = WsClient.connect(server)) {
            client.send("{\"type\":\"subscribe\",\"topics\":[\"transactions\"]}");
            client.await(WAIT, m -> type(m, "transaction_feed"));

            client.send("{\"type\":\"subscribe\",\"topics\":[\"transactions\",\"metrics\"]}");
            client.await(WAIT, m -> type(m, "subscribed") && m.path("data").path("topics").size() == 2);
            control.snapshot = TestData.snapshot(1);
            client.await(WAIT, m -> type(m, "metrics_update"));
            List<String> after = feed(2, false);
            client.await(WAIT, m -> type(m, "transaction_feed") && ids(m).contains(after.get(1)));

            List<String> expected = new ArrayList<>(before);
            expected.addAll(after);
            assertThat(feedIds(client)).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void anEarlySubscriberAndALateOneEachSeeEveryItemOnce() throws Exception {
        try (WsClient early = WsClient.connect(server)) {
            early.send("{\"type\":\"subscribe\",\"topics\":[\"transactions\",\"fraud_alerts\"]}");
            early.await(WAIT, m -> type(m, "subscribed"));
            List<String> first = feed(10, true);
            early.await(WAIT, m -> type(m, "transaction_feed") && ids(m).contains(first.get(9)));

            try (WsClient late = WsClient.connect(server)) {
                late.send("{\"type\":\"subscribe\",\"topics\":[\"transactions\",\"fraud_alerts\"]}");
                late.await(WAIT, m -> type(m, "transaction_feed"));
                List<String> second = feed(4, true);
                early.await(WAIT, m -> type(m, "transaction_feed") && ids(m).contains(second.get(3)));
                late.await(WAIT, m -> type(m, "transaction_feed") && ids(m).contains(second.get(3)));
                late.await(WAIT, m -> type(m, "fraud_alert") && m.path("data").path("event_id").asText().equals(second.get(3)));
                early.await(WAIT, m -> type(m, "fraud_alert") && m.path("data").path("event_id").asText().equals(second.get(3)));

                List<String> everything = new ArrayList<>(first);
                everything.addAll(second);
                assertThat(feedIds(early)).containsExactlyElementsOf(everything);
                assertThat(feedIds(late)).containsExactlyElementsOf(everything);
                assertThat(alertIds(early)).containsExactlyElementsOf(everything);
                assertThat(alertIds(late)).containsExactlyElementsOf(everything);
            }
        }
    }

    /** Feeds {@code count} transactions (declined frauds when {@code flagged}, else approved) and returns their ids. */
    private List<String> feed(int count, boolean flagged) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Transaction t = flagged ? TestData.fraud() : TestData.genuine();
            observer.onEvent(t);
            observer.onOutcome(t, TestData.outcome(t, flagged ? Decision.DECLINE : Decision.APPROVE), 1);
            ids.add(t.id());
        }
        return ids;
    }

    private static boolean type(JsonNode message, String type) {
        return message.path("type").asText().equals(type);
    }

    private static List<String> ids(JsonNode feedMessage) {
        List<String> out = new ArrayList<>();
        feedMessage.path("data").forEach(item -> out.add(item.path("event").path("id").asText()));
        return out;
    }

    private static List<String> feedIds(WsClient client) {
        List<String> out = new ArrayList<>();
        client.history.stream().filter(m -> type(m, "transaction_feed")).forEach(m -> out.addAll(ids(m)));
        return out;
    }

    private static List<String> alertIds(WsClient client) {
        return client.history.stream().filter(m -> type(m, "fraud_alert"))
                .map(m -> m.path("data").path("event_id").asText()).toList();
    }
}
