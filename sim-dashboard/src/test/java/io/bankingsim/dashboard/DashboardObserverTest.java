package io.bankingsim.dashboard;

import io.bankingsim.core.event.Transaction;
import io.bankingsim.core.outcome.Decision;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardObserverTest {

    @Test
    void feedsTransactionsAndFlaggedOutcomesIntoBoundedRings() {
        DashboardObserver observer = new DashboardObserver();
        for (int i = 0; i < 100_000; i++) {
            Transaction t = i % 10 == 0 ? TestData.fraud() : TestData.genuine();
            observer.onEvent(t);
            observer.onOutcome(t, TestData.outcome(t, i % 10 == 0 ? Decision.DECLINE : Decision.APPROVE), 1);
        }

        assertThat(observer.transactionsSeen()).isEqualTo(100_000);
        assertThat(observer.alertsSeen()).isEqualTo(10_000);
        List<FeedItem> alerts = new ArrayList<>();
        observer.alerts().readSince(0, Integer.MAX_VALUE, alerts);
        assertThat(alerts).hasSize(DashboardObserver.ALERT_CAPACITY)
                .allMatch(a -> a.outcome().decision() == Decision.DECLINE && a.event().truth().fraud());
    }

    @Test
    void keepsTheLatestSnapshot() throws Exception {
        DashboardObserver observer = new DashboardObserver();
        assertThat(observer.latestSnapshot()).isEmpty();
        var first = TestData.snapshot(1);
        observer.onSnapshot(first);
        assertThat(observer.latestSnapshot()).containsSame(first);
        var last = TestData.snapshot(2);
        observer.onFinish(last);
        assertThat(observer.latestSnapshot()).containsSame(last);
    }
}
