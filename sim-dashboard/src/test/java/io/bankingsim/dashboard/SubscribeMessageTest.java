package io.bankingsim.dashboard;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SubscribeMessageTest {

    private final List<String> sent = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final ClientSession client = new ClientSession(new ClientSession.Sink() {
        @Override
        public void send(String text) {
            sent.add(text);
        }

        @Override
        public void terminate(String reason) {
        }
    }, 8, 8);

    @Test
    void aSubscribeReplacesTheTopicsAndIsAcknowledged() throws InterruptedException {
        String reply = DashboardSocket.answer(client,
                "{\"type\":\"subscribe\",\"topics\":[\"metrics\",\"fraud_alerts\"]}");

        assertThat(reply).as("the acknowledgement is queued by answer itself, ahead of any backlog").isNull();
        String ack = "{\"type\":\"subscribed\",\"data\":{\"topics\":[\"metrics\",\"fraud_alerts\"]}}";
        assertThat(Http.await(java.time.Duration.ofSeconds(5), () -> sent.contains(ack))).as(sent::toString).isTrue();
        assertThat(client.topics()).containsExactlyInAnyOrder(Topic.METRICS, Topic.FRAUD_ALERTS);
        DashboardSocket.answer(client, "{\"type\":\"subscribe\",\"topics\":[\"transactions\"]}");
        assertThat(client.topics()).containsExactly(Topic.TRANSACTIONS);
        client.close("test");
    }

    @Test
    void badMessagesGetAnErrorNamingTheProblemAndChangeNothing() {
        DashboardSocket.answer(client, "{\"type\":\"subscribe\",\"topics\":[\"metrics\"]}");

        assertThat(DashboardSocket.answer(client, "{nope")).contains("\"type\":\"error\"", "not JSON");
        assertThat(DashboardSocket.answer(client, "[1]")).contains("expected a JSON object");
        assertThat(DashboardSocket.answer(client, "{\"topics\":[]}")).contains("missing \\\"type\\\"");
        assertThat(DashboardSocket.answer(client, "{\"type\":\"unsubscribe\"}")).contains("unknown type 'unsubscribe'");
        assertThat(DashboardSocket.answer(client, "{\"type\":\"subscribe\",\"topics\":\"metrics\"}"))
                .contains("must be an array", "fraud_alerts");
        assertThat(DashboardSocket.answer(client, "{\"type\":\"subscribe\",\"topics\":[\"weather\"]}"))
                .contains("unknown topic \\\"weather\\\"", "metrics, transactions, fraud_alerts");
        assertThat(client.topics()).containsExactly(Topic.METRICS);
        client.close("test");
    }
}
