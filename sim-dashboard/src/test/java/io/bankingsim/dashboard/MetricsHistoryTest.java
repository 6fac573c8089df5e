package io.bankingsim.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import io.bankingsim.core.clock.ManualTicker;
import io.bankingsim.core.clock.Speed;
import io.bankingsim.core.clock.VirtualClock;
import io.bankingsim.core.event.Transaction;
import io.bankingsim.core.metrics.MetricsRecorder;
import io.bankingsim.core.metrics.MetricsSnapshot;
import io.bankingsim.core.outcome.Decision;
import io.bankingsim.core.outcome.Outcome;
import io.bankingsim.core.outcome.Status;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class MetricsHistoryTest {

    private final MetricsHistory history = new MetricsHistory();

    @Test
    void aSnapshotAtTheSameWallTimeAsThePreviousOneAddsNoPoint() {
        history.add(TestData.snapshot(1, Duration.ofSeconds(10)));
        history.add(TestData.snapshot(1, Duration.ofSeconds(10)));
        history.add(TestData.snapshot(5, Duration.ofSeconds(10)));
        history.add(TestData.snapshot(6, Duration.ofSeconds(11)));

        assertThat(history.since(-1)).extracting(MetricsHistory.Point::wallSeconds).containsExactly(10.0, 11.0);
        assertThat(history.since(-1)).extracting(MetricsHistory.Point::transactions).containsExactly(2L, 7L);
    }

    @Test
    void theApiErrorRateIsFailedRequestsOverRequestsOfTheInterval() {
        // TestData's snapshots carry one Bastion endpoint: 100 requests, 2 timeouts and one 5xx
        history.add(TestData.snapshot(1, Duration.ofSeconds(10)));
        history.add(TestData.snapshot(1, Duration.ofSeconds(20)));

        List<MetricsHistory.Point> points = history.since(-1);
        assertThat(points.get(0).apiErrorRate()).isEqualTo(0.03);
        assertThat(points.get(1).apiErrorRate()).as("no request in the interval: undefined").isNaN();
    }

    @Test
    void pointsOlderThanTheRetentionInWallTimeAreDropped() {
        history.retentionMinutes(1);

        for (int s : new int[] {10, 50, 70}) {
            history.add(TestData.snapshot(1, Duration.ofSeconds(s)));
        }
        assertThat(wallSeconds(history.since(-1))).as("10 s is exactly one minute before 70 s: kept")
                .containsExactly(10.0, 50.0, 70.0);

        history.add(TestData.snapshot(1, Duration.ofSeconds(75)));
        assertThat(wallSeconds(history.since(-1))).containsExactly(50.0, 70.0, 75.0);

        history.add(TestData.snapshot(1, Duration.ofSeconds(200)));
        assertThat(wallSeconds(history.since(-1))).containsExactly(200.0);
    }

    @Test
    void theDefaultRetentionIsAnHour() {
        assertThat(history.retentionMinutes()).isEqualTo(MetricsHistory.DEFAULT_RETENTION_MINUTES).isEqualTo(60);
        history.add(TestData.snapshot(1, Duration.ofSeconds(1)));
        history.add(TestData.snapshot(1, Duration.ofMinutes(61)));

        assertThat(wallSeconds(history.since(-1))).containsExactly(3660.0);
    }

    @Test
    void retentionIsWithinOneMinuteAndOneWeek() {
        history.retentionMinutes(10_080);
        assertThat(history.retentionMinutes()).isEqualTo(10_080);

        assertThatIllegalArgumentException().isThrownBy(() -> history.retentionMinutes(0)).withMessageContaining("1..10080");
        assertThatIllegalArgumentException().isThrownBy(() -> history.retentionMinutes(10_081));
        assertThat(history.retentionMinutes()).isEqualTo(10_080);
    }

    @Test
    void sinceReturnsThePointsStrictlyAfterTheGivenWallSecondOldestFirst() {
        for (int s = 1; s <= 4; s++) {
            history.add(TestData.snapshot(s, Duration.ofSeconds(s)));
        }

        assertThat(wallSeconds(history.since(-1))).containsExactly(1.0, 2.0, 3.0, 4.0);
        assertThat(wallSeconds(history.since(0))).containsExactly(1.0, 2.0, 3.0, 4.0);
        assertThat(wallSeconds(history.since(2))).containsExactly(3.0, 4.0);
        assertThat(wallSeconds(history.since(2.5))).containsExactly(3.0, 4.0);
        assertThat(history.since(4)).isEmpty();
        assertThat(history.since(1e9)).isEmpty();
    }

    @Test
    void thinningKeepsAtMostTheAskedNumberEvenlyWithTheFirstAndTheNewest() {
        for (int s = 1; s <= 100; s++) {
            history.add(TestData.snapshot(1, Duration.ofSeconds(s)));
        }

        List<Double> ten = wallSeconds(history.since(-1, 10));
        assertThat(ten).hasSize(10).doesNotHaveDuplicates().isSorted().startsWith(1.0).endsWith(100.0);
        assertThat(wallSeconds(history.since(-1, 2))).containsExactly(1.0, 100.0);
        assertThat(wallSeconds(history.since(-1, 1))).containsExactly(100.0);
        assertThat(wallSeconds(history.since(90, 3))).containsExactly(91.0, 96.0, 100.0);
        assertThat(history.since(-1, 100)).hasSize(100);
        assertThat(history.since(-1, 1000)).hasSize(100);
        assertThatIllegalArgumentException().isThrownBy(() -> history.since(-1, 0));
    }

    @Test
    void clearForgetsThePointsAndThePreviousSnapshot() {
        history.add(TestData.snapshot(1, Duration.ofSeconds(10)));
        history.clear();
        assertThat(history.since(-1)).isEmpty();

        history.add(TestData.snapshot(3, Duration.ofSeconds(10)));
        assertThat(history.since(-1)).extracting(MetricsHistory.Point::transactions).containsExactly(4L);
    }

    @Test
    void errorAndThrottleRatesAreOverTheIntervalSinceThePreviousPoint() {
        ManualTicker ticker = new ManualTicker();
        MetricsRecorder recorder = new MetricsRecorder(ticker, TestData.START, TestData.START.plus(Duration.ofHours(2)));
        // First interval: 8 ok, 2 errors: 20 % failed, nothing throttled.
        record(recorder, Status.OK, 8);
        record(recorder, Status.ERROR, 2);
        ticker.advance(Duration.ofSeconds(1));
        history.add(snapshotOf(recorder));
        // Second interval: 5 ok, 1 error, 1 unknown, 1 not delivered (30 % failed), 2 throttled (20 %).
        record(recorder, Status.OK, 5);
        record(recorder, Status.ERROR, 1);
        record(recorder, Status.UNKNOWN, 1);
        record(recorder, Status.NOT_DELIVERED, 1);
        record(recorder, Status.THROTTLED, 2);
        ticker.advance(Duration.ofSeconds(1));
        history.add(snapshotOf(recorder));

        List<MetricsHistory.Point> points = history.since(-1);
        assertThat(points).hasSize(2);
        assertThat(points.get(0).errorRate()).isCloseTo(0.2, within(1e-12));
        assertThat(points.get(0).throttleRate()).isZero();
        assertThat(points.get(1).errorRate()).as("the interval's 3 of 10, not the run's 5 of 20")
                .isCloseTo(0.3, within(1e-12));
        assertThat(points.get(1).throttleRate()).as("the interval's 2 of 10, not the run's 2 of 20")
                .isCloseTo(0.2, within(1e-12));
    }

    @Test
    void pointOfCopiesTheNumbersTheChartsDraw() {
        MetricsSnapshot s = TestData.snapshot(9, Duration.ofMillis(2500));

        MetricsHistory.Point p = MetricsHistory.pointOf(null, s);

        assertThat(p.wallSeconds()).isEqualTo(2.5);
        assertThat(p.virtualTime()).isEqualTo("2026-01-05T00:30:00Z");
        assertThat(p.progress()).isCloseTo(0.25, within(1e-12));
        assertThat(p.transactions()).isEqualTo(10);
        assertThat(p.caught()).isEqualTo(1);
        assertThat(p.missed()).isZero();
        assertThat(p.precision()).isEqualTo(1.0);
        assertThat(p.recall()).isEqualTo(1.0);
        assertThat(p.falsePositiveRate()).isZero();
        assertThat(p.tps()).isCloseTo(4.0, within(1e-9));
        assertThat(p.p50Ms()).isCloseTo(1.0, within(0.01));
        assertThat(p.errorRate()).as("no outcome failed since the start").isZero();
        assertThat(p.inFlight()).isEqualTo(3);
    }

    @Test
    void ratiosWithoutOutcomesAreUndefinedAndWrittenAsJsonNull() throws Exception {
        ManualTicker ticker = new ManualTicker();
        MetricsRecorder recorder = new MetricsRecorder(ticker, TestData.START, TestData.START.plus(Duration.ofHours(2)));
        ticker.advance(Duration.ofSeconds(1));

        MetricsHistory.Point p = MetricsHistory.pointOf(null, snapshotOf(recorder));
        JsonNode json = Http.JSON.readTree(Messages.JSON.writeValueAsString(p));

        assertThat(p.errorRate()).isNaN();
        assertThat(p.precision()).isNaN();
        for (String field : new String[] {"error_rate", "throttle_rate", "precision", "recall", "false_positive_rate"}) {
            assertThat(json.has(field)).as(field).isTrue();
            assertThat(json.get(field).isNull()).as(field).isTrue();
        }
        assertThat(json.path("wall_seconds").asDouble()).isEqualTo(1.0);
        assertThat(json.path("transactions").isIntegralNumber()).isTrue();
        assertThat(json.path("in_flight").asInt()).isZero();
        assertThat(json.has("p99_ms")).isTrue();
        assertThat(json.has("effective_speed")).isTrue();
    }

    @Test
    void anIntervalWithoutOutcomesHasUndefinedRatesEvenAfterFailures() {
        ManualTicker ticker = new ManualTicker();
        MetricsRecorder recorder = new MetricsRecorder(ticker, TestData.START, TestData.START.plus(Duration.ofHours(2)));
        record(recorder, Status.ERROR, 4);
        ticker.advance(Duration.ofSeconds(1));
        MetricsSnapshot before = snapshotOf(recorder);
        ticker.advance(Duration.ofSeconds(1));
        MetricsSnapshot now = snapshotOf(recorder);

        assertThat(MetricsHistory.pointOf(null, before).errorRate()).isEqualTo(1.0);
        assertThat(MetricsHistory.pointOf(before, now).errorRate()).isNaN();
        assertThat(MetricsHistory.pointOf(before, now).throttleRate()).isNaN();
    }

    private static List<Double> wallSeconds(List<MetricsHistory.Point> points) {
        return points.stream().map(MetricsHistory.Point::wallSeconds).toList();
    }

    private static void record(MetricsRecorder recorder, Status status, int count) {
        for (int i = 0; i < count; i++) {
            Transaction t = TestData.genuine();
            recorder.onReleased(t);
            Outcome o = new Outcome(t.id(), status, status == Status.OK ? Decision.APPROVE : Decision.NONE, -1,
                    List.of(), status == Status.OK, status == Status.NOT_DELIVERED ? 0 : 1_000_000, "");
            recorder.onOutcome(t, o, 1_000_000);
        }
    }

    private static MetricsSnapshot snapshotOf(MetricsRecorder recorder) {
        return recorder.snapshot(VirtualClock.toNanos(TestData.START.plus(Duration.ofMinutes(1))), "running", 0,
                Speed.of(100));
    }
}
