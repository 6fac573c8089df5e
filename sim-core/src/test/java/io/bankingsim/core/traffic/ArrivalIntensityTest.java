package io.bankingsim.core.traffic;

import io.bankingsim.core.clock.VirtualClock;
import io.bankingsim.core.scenario.HourWindow;
import io.bankingsim.core.scenario.Scenario;
import io.bankingsim.core.scenario.TransactionRate;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ArrivalIntensityTest {

    private static final Instant MONDAY = Instant.parse("2026-01-05T00:00:00Z");
    private static final TransactionRate RATE = new TransactionRate(20, 5, new HourWindow(8, 18), 0.5, 100);

    @Test
    void businessHoursUsePeakRateInVirtualSeconds() {
        ArrivalIntensity i = ArrivalIntensity.of(RATE, ZoneId.of("UTC"), MONDAY, MONDAY.plus(Duration.ofDays(1)), null);
        assertThat(i.rateAt(nanos(MONDAY.plusSeconds(9 * 3600)))).isEqualTo(0.2);
        assertThat(i.rateAt(nanos(MONDAY.plusSeconds(3 * 3600)))).isEqualTo(0.05);
        assertThat(i.rateAt(nanos(MONDAY.plusSeconds(18 * 3600)))).isEqualTo(0.05);
    }

    @Test
    void weekendsAreScaled() {
        Instant saturday = MONDAY.plus(Duration.ofDays(5)).plusSeconds(10 * 3600);
        ArrivalIntensity i = ArrivalIntensity.of(RATE, ZoneId.of("UTC"), MONDAY, MONDAY.plus(Duration.ofDays(7)), null);
        assertThat(i.rateAt(nanos(saturday))).isEqualTo(0.1);
    }

    @Test
    void expectedTotalIsTheIntegralOfTheRate() {
        ArrivalIntensity i = ArrivalIntensity.of(RATE, ZoneId.of("UTC"), MONDAY, MONDAY.plus(Duration.ofDays(1)), null);
        double expected = 10 * 3600 * 20 / 100.0 + 14 * 3600 * 5 / 100.0;
        assertThat(i.expectedTotal()).isCloseTo(expected, within(1e-6));
        assertThat(i.expectedBetween(nanos(MONDAY.plusSeconds(8 * 3600)), nanos(MONDAY.plusSeconds(9 * 3600))))
                .isCloseTo(720, within(1e-6));
    }

    @Test
    void businessHoursAreReadInTheScenarioTimeZone() {
        ZoneId ny = ZoneId.of("America/New_York");
        ArrivalIntensity i = ArrivalIntensity.of(RATE, ny, MONDAY, MONDAY.plus(Duration.ofDays(1)), null);
        // 14:00 UTC is 09:00 in New York in January: business hours there.
        assertThat(i.rateAt(nanos(MONDAY.plusSeconds(14 * 3600)))).isEqualTo(0.2);
        // 09:00 UTC is 04:00 in New York: off-peak.
        assertThat(i.rateAt(nanos(MONDAY.plusSeconds(9 * 3600)))).isEqualTo(0.05);
    }

    @Test
    void attackWindowZeroesEveryOtherHour() {
        ArrivalIntensity i = ArrivalIntensity.of(RATE, ZoneId.of("UTC"), MONDAY, MONDAY.plus(Duration.ofDays(1)),
                new HourWindow(22, 2));
        assertThat(i.rateAt(nanos(MONDAY.plusSeconds(23 * 3600)))).isEqualTo(0.05);
        assertThat(i.rateAt(nanos(MONDAY.plusSeconds(3600)))).isEqualTo(0.05);
        assertThat(i.rateAt(nanos(MONDAY.plusSeconds(12 * 3600)))).isZero();
        assertThat(i.expectedTotal()).isCloseTo(4 * 3600 * 0.05, within(1e-6));
    }

    @Test
    void inverseCumulativeFindsTheInstantOfAGivenMass() {
        ArrivalIntensity i = ArrivalIntensity.of(RATE, ZoneId.of("UTC"), MONDAY, MONDAY.plus(Duration.ofDays(1)), null);
        long t = i.instantAtCumulative(8 * 3600 * 0.05 + 360);
        assertThat(VirtualClock.fromNanos(t)).isEqualTo(MONDAY.plusSeconds(8 * 3600 + 1800));
    }

    @Test
    void scenarioIntensityCoversTheScenarioDuration() {
        Scenario s = Scenario.defaults("x").withDuration(Duration.ofHours(30));
        ArrivalIntensity i = ArrivalIntensity.of(s);
        assertThat(i.startNanos()).isEqualTo(nanos(s.start()));
        assertThat(i.endNanos()).isEqualTo(nanos(s.end()));
        assertThat(i.pieces()).isEqualTo(30);
    }

    private static long nanos(Instant i) {
        return VirtualClock.toNanos(i);
    }
}
