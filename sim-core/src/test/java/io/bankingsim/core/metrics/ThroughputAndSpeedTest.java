package io.bankingsim.core.metrics;

import io.bankingsim.core.clock.Speed;
import io.bankingsim.core.clock.VirtualClock;
import io.bankingsim.core.event.Transaction;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.bankingsim.core.metrics.Fixtures.START;
import static io.bankingsim.core.metrics.Fixtures.accountOpened;
import static io.bankingsim.core.metrics.Fixtures.transaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ThroughputAndSpeedTest {

    @Test
    void intervalRatesCountOnlySinceThePreviousSnapshot() {
        Fixtures.Run run = Fixtures.Run.start();
        release(run, 100);
        run.ticker().advance(Duration.ofSeconds(1));
        MetricsSnapshot first = run.snapshot(Duration.ofSeconds(100));
        release(run, 50);
        run.ticker().advance(Duration.ofSeconds(2));
        MetricsSnapshot second = run.snapshot(Duration.ofSeconds(300));

        assertThat(first.throughput().intervalTransactionsPerWallSecond()).isCloseTo(100, within(1e-9));
        assertThat(second.throughput().intervalTransactionsPerWallSecond()).isCloseTo(25, within(1e-9));
        assertThat(second.throughput().transactionsPerWallSecond()).isCloseTo(50, within(1e-9));
        assertThat(second.throughput().transactionsPerVirtualSecond()).isCloseTo(0.5, within(1e-9));
        assertThat(second.run().intervalWallNanos()).isEqualTo(Duration.ofSeconds(2).toNanos());
    }

    @Test
    void eventsPerSecondCountEveryKindAndTransactionsPerSecondOnlyTransactions() {
        Fixtures.Run run = Fixtures.Run.start();
        release(run, 10);
        for (int i = 0; i < 10; i++) {
            run.recorder().onReleased(accountOpened());
        }
        run.ticker().advance(Duration.ofSeconds(2));

        MetricsSnapshot.Throughput t = run.snapshot().throughput();

        assertThat(t.transactionsPerWallSecond()).isCloseTo(5, within(1e-9));
        assertThat(t.eventsPerWallSecond()).isCloseTo(10, within(1e-9));
    }

    @Test
    void effectiveSpeedIsVirtualOverWallTimeOverallAndPerInterval() {
        Fixtures.Run run = Fixtures.Run.start();
        run.ticker().advance(Duration.ofSeconds(10));
        MetricsSnapshot first = run.snapshot(Duration.ofSeconds(1000));
        run.ticker().advance(Duration.ofSeconds(10));
        MetricsSnapshot second = run.snapshot(Duration.ofSeconds(1500));

        assertThat(first.run().effectiveSpeed()).isCloseTo(100, within(1e-9));
        assertThat(second.run().effectiveSpeed()).isCloseTo(75, within(1e-9));
        assertThat(second.run().intervalEffectiveSpeed()).isCloseTo(50, within(1e-9));
    }

    @Test
    void progressIsTheShareOfTheScenarioElapsedInVirtualTime() {
        Fixtures.Run run = Fixtures.Run.start();

        assertThat(run.snapshot(Duration.ofHours(6)).run().progress()).isCloseTo(0.25, within(1e-12));
        assertThat(run.snapshot(Duration.ofDays(2)).run().progress()).isEqualTo(1.0);
        assertThat(run.snapshot(Duration.ofHours(6)).run().virtualNow()).isEqualTo(START.plus(Duration.ofHours(6)));
    }

    @Test
    void ratesAreUndefinedBeforeAnyWallTimeHasPassed() {
        Fixtures.Run run = Fixtures.Run.start();
        release(run, 5);

        MetricsSnapshot s = run.snapshot(Duration.ofSeconds(10));

        assertThat(s.throughput().transactionsPerWallSecond()).isNaN();
        assertThat(s.throughput().intervalTransactionsPerWallSecond()).isNaN();
        assertThat(s.run().effectiveSpeed()).isNaN();
        assertThat(s.throughput().transactionsPerVirtualSecond()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void theRunSectionCarriesStateSetSpeedAndInFlightAsGiven() {
        Fixtures.Run run = Fixtures.Run.start();

        MetricsSnapshot.Run r = run.recorder().snapshot(VirtualClock.toNanos(START), "paused", 7, Speed.MAX).run();

        assertThat(r.state()).isEqualTo("paused");
        assertThat(r.setSpeed()).isEqualTo("max");
        assertThat(r.inFlight()).isEqualTo(7);
    }

    private static void release(Fixtures.Run run, int transactions) {
        for (int i = 0; i < transactions; i++) {
            Transaction t = transaction().build();
            run.recorder().onReleased(t);
        }
    }
}
