package io.bankingsim.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import io.bankingsim.core.event.Transaction;
import io.bankingsim.core.outcome.Decision;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backlog of a new subscriber, tick by tick: the broadcaster is driven by hand ({@link Broadcaster#tick()}),
 * so what arrives in which tick is deterministic.
 */
class BroadcasterBacklogTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private final DashboardObserver observer = new DashboardObserver();
    private final Broadcaster broadcaster = new Broadcaster(Optional::empty, observer, Duration.ofSeconds(1));

    @AfterEach
    void close() {
        broadcaster.close();
    }

    @Test
    void theBacklogIncludesWhatArrivedSinceThePreviousTickInOneMessage() throws Exception {
        List<String> early = feed(30, false);
        broadcaster.tick(); // nobody listens: the cursor moves on
        Recorder client = subscribe(Topic.TRANSACTIONS);
        List<String> sameTick = feed(5, false);

        broadcaster.tick();
        List<String> next = feed(2, false);
        broadcaster.tick();

        client.awaitFeedContaining(next.get(1));
        List<String> expected = new ArrayList<>(early);
        expected.addAll(sameTick);
        assertThat(client.feedMessages()).hasSize(2);
        assertThat(client.feedIds(0)).containsExactlyElementsOf(expected);
        assertThat(client.feedIds(1)).containsExactlyElementsOf(next);
    }

    @Test
    void theBacklogIsTheNewestFiftyTransactions() throws Exception {
        List<String> seen = feed(200, false);
        broadcaster.tick();
        Recorder client = subscribe(Topic.TRANSACTIONS);

        broadcaster.tick();
        List<String> next = feed(1, false);
        broadcaster.tick();

        client.awaitFeedContaining(next.get(0));
        assertThat(client.feedIds(0)).containsExactlyElementsOf(seen.subList(150, 200));
        assertThat(client.feedIds(1)).containsExactlyElementsOf(next);
    }

    @Test
    void aNewSubscriberGetsTheBacklogWhileTheOthersGetOnlyTheNewItems() throws Exception {
        Recorder old = subscribe(Topic.TRANSACTIONS);
        List<String> first = feed(60, false);
        broadcaster.tick();
        Recorder late = subscribe(Topic.TRANSACTIONS);
        List<String> second = feed(5, false);

        broadcaster.tick();
        List<String> third = feed(1, false);
        broadcaster.tick();

        old.awaitFeedContaining(third.get(0));
        late.awaitFeedContaining(third.get(0));
        assertThat(old.feedIds(0)).containsExactlyElementsOf(first.subList(10, 60)); // at most 50 a tick
        assertThat(old.feedIds(1)).containsExactlyElementsOf(second);
        assertThat(old.feedIds(2)).containsExactlyElementsOf(third);
        List<String> backlog = new ArrayList<>(first.subList(15, 60));
        backlog.addAll(second);
        assertThat(late.feedIds(0)).containsExactlyElementsOf(backlog);
        assertThat(late.feedIds(1)).containsExactlyElementsOf(third);
    }

    @Test
    void theAlertBacklogIsTheNewestTwentyFiveOneMessageEachOldestFirst() throws Exception {
        List<String> alerts = feed(30, true);
        broadcaster.tick();
        Recorder client = subscribe(Topic.FRAUD_ALERTS);
        alerts.addAll(feed(3, true));

        broadcaster.tick();
        List<String> next = feed(1, true);
        broadcaster.tick();

        client.awaitAlert(next.get(0));
        List<String> expected = new ArrayList<>(alerts.subList(8, 33));
        expected.addAll(next);
        assertThat(client.alertIds()).containsExactlyElementsOf(expected);
        assertThat(client.feedMessages()).isEmpty();
    }

    @Test
    void anEmptyBacklogSendsNothingAndTheFeedThenFlowsNormally() throws Exception {
        Recorder client = subscribe(Topic.TRANSACTIONS, Topic.FRAUD_ALERTS);
        broadcaster.tick();
        List<String> next = feed(2, true);
        broadcaster.tick();

        client.awaitFeedContaining(next.get(1));
        client.awaitAlert(next.get(1));
        assertThat(client.feedMessages()).hasSize(1);
        assertThat(client.feedIds(0)).containsExactlyElementsOf(next);
        assertThat(client.alertIds()).containsExactlyElementsOf(next);
    }

    private Recorder subscribe(Topic... topics) {
        Recorder r = new Recorder();
        ClientSession session = new ClientSession(r, 256, 20);
        session.subscribe(Set.of(topics));
        broadcaster.add(session);
        return r;
    }

    private List<String> feed(int count, boolean flagged) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Transaction t = flagged ? TestData.fraud() : TestData.genuine();
            observer.onOutcome(t, TestData.outcome(t, flagged ? Decision.DECLINE : Decision.APPROVE), 1);
            ids.add(t.id());
        }
        return ids;
    }

    /** A client's connection: the messages sent to it, in order. */
    private static final class Recorder implements ClientSession.Sink {
        final List<JsonNode> sent = new CopyOnWriteArrayList<>();

        @Override
        public void send(String text) {
            try {
                sent.add(Http.JSON.readTree(text));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void terminate(String reason) {
        }

        List<JsonNode> feedMessages() {
            return sent.stream().filter(m -> m.path("type").asText().equals("transaction_feed")).toList();
        }

        List<String> feedIds(int message) {
            List<String> ids = new ArrayList<>();
            feedMessages().get(message).path("data").forEach(i -> ids.add(i.path("event").path("id").asText()));
            return ids;
        }

        List<String> alertIds() {
            return sent.stream().filter(m -> m.path("type").asText().equals("fraud_alert"))
                    .map(m -> m.path("data").path("event_id").asText()).toList();
        }

        void awaitFeedContaining(String id) throws InterruptedException {
            assertThat(Http.await(WAIT, () -> feedMessages().stream().anyMatch(m -> m.toString().contains("\"" + id + "\""))))
                    .as("a feed message with " + id + " among " + sent.size()).isTrue();
        }

        void awaitAlert(String id) throws InterruptedException {
            assertThat(Http.await(WAIT, () -> alertIds().contains(id))).as("an alert for " + id).isTrue();
        }
    }
}
