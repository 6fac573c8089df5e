package io.bankingsim.dashboard;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class ClientSessionTest {

    /** A client whose connection is stuck: the first send never returns until terminated. */
    static final class StuckSink implements ClientSession.Sink {
        final CountDownLatch release = new CountDownLatch(1);
        final AtomicReference<String> terminated = new AtomicReference<>();
        final List<String> sent = new CopyOnWriteArrayList<>();

        @Override
        public void send(String text) throws InterruptedException {
            sent.add(text);
            release.await();
        }

        @Override
        public void terminate(String reason) {
            terminated.set(reason);
            release.countDown();
        }
    }

    @Test
    void offeringToAStuckClientNeverBlocksAndDropsTheOldest() throws Exception {
        StuckSink sink = new StuckSink();
        ClientSession session = new ClientSession(sink, 4, 1_000);
        session.offer("first");
        Http.await(Duration.ofSeconds(5), () -> sink.sent.size() == 1);

        for (int i = 0; i < 100_000; i++) {
            session.offer("m" + i);
        }

        assertThat(session.dropped()).isEqualTo(100_000 - 4);
        assertThat(session.isClosed()).isFalse();
        session.close("test");
    }

    @Test
    void aClientThatStaysBehindIsClosed() throws Exception {
        StuckSink sink = new StuckSink();
        ClientSession session = new ClientSession(sink, 2, 3);
        session.offer("first");
        Http.await(Duration.ofSeconds(5), () -> sink.sent.size() == 1);

        for (int tick = 0; tick < 3; tick++) {
            for (int i = 0; i < 5; i++) {
                session.offer("m");
            }
            session.endTick();
        }

        assertThat(session.isClosed()).isTrue();
        assertThat(Http.await(Duration.ofSeconds(5), () -> sink.terminated.get() != null)).isTrue();
        assertThat(sink.terminated.get()).startsWith("too slow");
    }

    @Test
    void aClientThatCatchesUpIsKept() {
        StuckSink sink = new StuckSink();
        ClientSession session = new ClientSession(sink, 100, 2);
        for (int tick = 0; tick < 10; tick++) {
            session.offer("m");
            session.endTick();
        }
        assertThat(session.isClosed()).isFalse();
        session.close("test");
    }
}
