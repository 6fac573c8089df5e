package io.bankingsim.dashboard;

import io.bankingsim.core.event.Transaction;
import io.bankingsim.core.outcome.Decision;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FeedRingTest {

    @Test
    void aReaderGetsWhatWasWrittenSinceItsCursorOldestFirst() {
        FeedRing ring = new FeedRing(8);
        List<Transaction> txs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Transaction t = TestData.genuine();
            txs.add(t);
            ring.add(t, TestData.outcome(t, Decision.APPROVE), 1);
        }
        List<FeedItem> out = new ArrayList<>();
        long cursor = ring.readSince(0, 10, out);

        assertThat(cursor).isEqualTo(3);
        assertThat(out).extracting(FeedItem::event).containsExactlyElementsOf(txs);
        out.clear();
        assertThat(ring.readSince(cursor, 10, out)).isEqualTo(3);
        assertThat(out).isEmpty();
    }

    @Test
    void aReaderThatFellBehindGetsOnlyTheNewestItems() {
        FeedRing ring = new FeedRing(5);
        assertThat(ring.capacity()).isEqualTo(8);
        for (int i = 0; i < 100; i++) {
            Transaction t = TestData.genuine();
            ring.add(t, TestData.outcome(t, Decision.APPROVE), 1);
        }
        List<FeedItem> out = new ArrayList<>();
        ring.readSince(0, 3, out);
        assertThat(out).extracting(FeedItem::seq).containsExactly(97L, 98L, 99L);
        out.clear();
        ring.readSince(0, 50, out);
        assertThat(out).extracting(FeedItem::seq).hasSize(8).startsWith(92L).endsWith(99L);
    }
}
