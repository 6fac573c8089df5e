package io.bankingsim.core.metrics;

import io.bankingsim.core.event.Transaction;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.bankingsim.core.metrics.Fixtures.outcome;
import static io.bankingsim.core.metrics.Fixtures.transaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SnapshotImmutabilityTest {

    @Test
    void recordingAfterASnapshotDoesNotChangeIt() {
        Fixtures.Run run = Fixtures.Run.start();
        Transaction first = transaction().fraud("card_testing", "c1").build();
        run.play(first, outcome(first).declined().build(), Duration.ofMillis(3));
        run.ticker().advance(Duration.ofSeconds(1));
        MetricsSnapshot before = run.snapshot();
        MetricsSnapshot copy = new MetricsSnapshot(before.run(), before.counts(), before.throughput(),
                before.detection(), before.latency());

        for (int i = 0; i < 50; i++) {
            Transaction t = transaction().fraud(i % 2 == 0 ? "card_testing" : "mule", "c" + i).amount("3.00", "EUR").build();
            run.play(t, outcome(t).build(), Duration.ofMillis(500));
        }
        run.ticker().advance(Duration.ofSeconds(1));
        run.snapshot();

        assertThat(before).isEqualTo(copy);
        assertThat(before.counts().eventsReleased()).isEqualTo(1);
        assertThat(before.detection().byPattern()).hasSize(1);
        assertThat(before.detection().matrix().truePositives()).isEqualTo(1);
        assertThat(before.latency().response().count()).isEqualTo(1);
        assertThat(before.counts().moneyMoved()).extracting(MoneyTotal::currency).containsExactly("USD");
    }

    @Test
    void theSnapshotsCollectionsCannotBeModified() {
        Fixtures.Run run = Fixtures.Run.start();
        Transaction t = transaction().fraud("card_testing", "c1").build();
        run.play(t, outcome(t).build());
        MetricsSnapshot s = run.snapshot();

        assertThatThrownBy(() -> s.counts().releasedByKind().put("login", 99L))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> s.detection().byPattern().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> s.counts().moneyMoved().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
