package io.bankingsim.core.metrics;

import io.bankingsim.core.event.Transaction;
import io.bankingsim.core.outcome.Outcome;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.bankingsim.core.metrics.Fixtures.outcome;
import static io.bankingsim.core.metrics.Fixtures.transaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

class LatencyPercentilesTest {

    @Test
    void percentilesOfAUniformSpreadAreWhereTheyShouldBeInMicroseconds() {
        Fixtures.Run run = Fixtures.Run.start();
        for (int ms = 1; ms <= 1000; ms++) {
            Transaction t = transaction().build();
            run.play(t, outcome(t).service(Duration.ofMillis(ms)).build(), Duration.ofMillis(2L * ms));
        }

        LatencyStats service = run.snapshot().latency().service();
        LatencyStats response = run.snapshot().latency().response();

        assertThat(service.count()).isEqualTo(1000);
        assertThat(service.meanMicros()).isCloseTo(500_500, withinPercentage(0.2));
        assertThat(service.p50Micros()).isCloseTo(500_000, withinPercentage(0.2));
        assertThat(service.p90Micros()).isCloseTo(900_000, withinPercentage(0.2));
        assertThat(service.p99Micros()).isCloseTo(990_000, withinPercentage(0.2));
        assertThat(service.p999Micros()).isCloseTo(999_000, withinPercentage(0.2));
        assertThat(service.maxMicros()).isCloseTo(1_000_000, withinPercentage(0.2));
        assertThat(response.p99Micros()).isCloseTo(1_980_000, withinPercentage(0.2));
    }

    @Test
    void anOutcomeThatWasNeverDeliveredHasNoLatency() {
        Fixtures.Run run = Fixtures.Run.start();
        Transaction t = transaction().build();
        run.play(t, Outcome.notDelivered(t.id(), "stopped"), Duration.ofSeconds(5));

        assertThat(run.snapshot().latency().service()).isEqualTo(LatencyStats.EMPTY);
        assertThat(run.snapshot().latency().response()).isEqualTo(LatencyStats.EMPTY);
    }

    @Test
    void aFailedDeliveryStillHasLatency() {
        Fixtures.Run run = Fixtures.Run.start();
        Transaction t = transaction().build();
        run.play(t, Outcome.error(t.id(), "timeout", Duration.ofSeconds(2).toNanos()), Duration.ofSeconds(3));

        assertThat(run.snapshot().latency().service().maxMicros()).isCloseTo(2_000_000, withinPercentage(0.1));
        assertThat(run.snapshot().latency().response().maxMicros()).isCloseTo(3_000_000, withinPercentage(0.1));
    }

    @Test
    void latencyBeyondAnHourIsRecordedAsAnHour() {
        Fixtures.Run run = Fixtures.Run.start();
        Transaction t = transaction().build();
        run.play(t, outcome(t).build(), Duration.ofHours(5));

        assertThat(run.snapshot().latency().response().maxMicros())
                .isCloseTo(LatencyHistogram.HIGHEST_MICROS, withinPercentage(0.1));
    }

    @Test
    void anEmptyDistributionHasAnUndefinedMeanAndZeroPercentiles() {
        LatencyStats empty = Fixtures.Run.start().snapshot().latency().service();

        assertThat(empty.count()).isZero();
        assertThat(empty.meanMicros()).isNaN();
        assertThat(empty.p99Micros()).isZero();
        assertThat(empty.maxMicros()).isCloseTo(0, within(0L));
    }
}
