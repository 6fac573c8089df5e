package io.bankingsim.generators.standard;

import io.bankingsim.core.clock.VirtualClock;
import io.bankingsim.core.event.Transaction;
import io.bankingsim.core.scenario.HourWindow;
import io.bankingsim.core.scenario.Scenario;
import io.bankingsim.core.scenario.TransactionRate;
import io.bankingsim.core.traffic.ArrivalIntensity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

import static io.bankingsim.generators.Fixtures.drain;
import static io.bankingsim.generators.Fixtures.generate;
import static io.bankingsim.generators.Fixtures.scenario;
import static io.bankingsim.generators.standard.GoodnessOfFit.chiSquare;
import static io.bankingsim.generators.standard.GoodnessOfFit.chiSquareQuantile999;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Everyday transactions arrive when the scenario's intensity says: by local hour of day, by
 * weekday, in business hours and on weekends, in the scenario's time zone. Counts are Poisson with
 * the means {@link ArrivalIntensity} gives, so Pearson's statistic over k cells is chi-square with
 * k degrees of freedom (not k - 1: the total is not fixed).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArrivalProfileTest {

    /** A zone half an hour off UTC, so that local hours and UTC hours never line up. */
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    /** Two weeks of the default rates (peak 10 tps in [8, 18], off-peak 2, weekends x 0.3). */
    private final Scenario twoWeeks = scenario(300, 17).withTimeZone(KOLKATA).withDuration(Duration.ofDays(14));
    private List<Transaction> twoWeeksOfTransactions;

    @BeforeAll
    void generateTwoWeeks() {
        twoWeeksOfTransactions = transactions(twoWeeks);
    }

    @Test
    void transactionsPerLocalHourOfDayFollowTheIntensity() {
        double[] expected = new double[24];
        forEachLocalHour(twoWeeks, (hour, mass) -> expected[hour.getHour()] += mass);
        long[] observed = new long[24];
        for (Transaction t : twoWeeksOfTransactions) {
            observed[t.time().atZone(KOLKATA).getHour()]++;
        }

        assertThat(chiSquare(observed, expected)).as("observed %s", Arrays.toString(observed))
                .isLessThan(chiSquareQuantile999(24));
    }

    @Test
    void transactionsPerLocalWeekdayFollowTheIntensity() {
        double[] expected = new double[7];
        forEachLocalHour(twoWeeks, (hour, mass) -> expected[hour.getDayOfWeek().ordinal()] += mass);
        long[] observed = new long[7];
        for (Transaction t : twoWeeksOfTransactions) {
            observed[t.time().atZone(KOLKATA).getDayOfWeek().ordinal()]++;
        }

        assertThat(chiSquare(observed, expected)).as("observed %s", Arrays.toString(observed))
                .isLessThan(chiSquareQuantile999(7));
    }

    @Test
    void anHourInsideBusinessHoursHasPeakOverOffPeakTimesTheTransactionsOfAnHourOutside() {
        ZoneId newYork = ZoneId.of("America/New_York");
        TransactionRate rate = new TransactionRate(10, 2, new HourWindow(9, 17), 0.3, 100);
        Scenario week = scenario(300, 23).withTimeZone(newYork).withDuration(Duration.ofDays(7))
                .withTransactionRate(rate);
        double[] expected = new double[2];
        double[] hours = new double[2];
        forEachLocalHour(week, (hour, mass) -> {
            int inside = hour.getHour() >= 9 && hour.getHour() < 17 ? 1 : 0;
            expected[inside] += mass;
            hours[inside] += clippedHours(week, hour);
        });
        long[] observed = new long[2];
        for (Transaction t : transactions(week)) {
            int h = t.time().atZone(newYork).getHour();
            observed[h >= 9 && h < 17 ? 1 : 0]++;
        }

        double ratio = (observed[1] / hours[1]) / (observed[0] / hours[0]);
        double relativeSigma = Math.sqrt(1 / expected[1] + 1 / expected[0]);
        double peakOverOffPeak = rate.peakTps() / rate.offPeakTps();
        assertThat(ratio).as("per-hour rate inside / outside [9, 17) New York time, observed %s over %s hours",
                        Arrays.toString(observed), Arrays.toString(hours))
                .isBetween(peakOverOffPeak * (1 - 5 * relativeSigma), peakOverOffPeak * (1 + 5 * relativeSigma));
    }

    @Test
    void aWeekendMultiplierOfZeroLeavesTheLocalWeekendWithoutTransactions() {
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        Scenario week = scenario(300, 29).withTimeZone(tokyo).withDuration(Duration.ofDays(7))
                .withTransactionRate(new TransactionRate(10, 2, new HourWindow(8, 18), 0, 100));

        List<DayOfWeek> days = transactions(week).stream().map(t -> t.time().atZone(tokyo).getDayOfWeek()).toList();

        assertThat(days).isNotEmpty().doesNotContain(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)
                .contains(DayOfWeek.FRIDAY, DayOfWeek.MONDAY);
    }

    private static List<Transaction> transactions(Scenario scenario) {
        return drain(generate(scenario).sources().get(1)).stream().filter(Transaction.class::isInstance)
                .map(Transaction.class::cast).toList();
    }

    /** What a local clock hour of the run contributes. */
    private interface HourVisitor {
        void visit(ZonedDateTime hourStart, double expectedTransactions);
    }

    /** Visits each local clock hour that overlaps the run with its expected number of transactions. */
    private static void forEachLocalHour(Scenario scenario, HourVisitor visitor) {
        ArrivalIntensity intensity = ArrivalIntensity.of(scenario);
        ZonedDateTime hour = scenario.start().atZone(scenario.timeZone()).truncatedTo(ChronoUnit.HOURS);
        while (hour.toInstant().isBefore(scenario.end())) {
            ZonedDateTime next = hour.plusHours(1);
            visitor.visit(hour, intensity.expectedBetween(VirtualClock.toNanos(hour.toInstant()),
                    VirtualClock.toNanos(next.toInstant())));
            hour = next;
        }
    }

    /** The part of a local clock hour that lies inside the run, in hours. */
    private static double clippedHours(Scenario scenario, ZonedDateTime hourStart) {
        long from = Math.max(VirtualClock.toNanos(hourStart.toInstant()), VirtualClock.toNanos(scenario.start()));
        long to = Math.min(VirtualClock.toNanos(hourStart.plusHours(1).toInstant()),
                VirtualClock.toNanos(scenario.end()));
        return (to - from) / 3_600e9;
    }
}
