package io.bankingsim.core.traffic;

import io.bankingsim.core.scenario.HourWindow;
import io.bankingsim.core.scenario.TransactionRate;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PoissonArrivalsTest {

    private static final Instant MONDAY = Instant.parse("2026-01-05T00:00:00Z");
    private static final TransactionRate RATE = new TransactionRate(20, 5, new HourWindow(8, 18), 0.3, 100);
    private static final ArrivalIntensity WEEK = ArrivalIntensity.of(RATE, ZoneId.of("UTC"), MONDAY,
            MONDAY.plus(Duration.ofDays(7)), null);

    @Test
    void countMatchesTheExpectationWithinFourStandardDeviations() {
        List<Long> arrivals = draw(WEEK, 1.0, 1);
        double expected = WEEK.expectedTotal();
        assertThat((double) arrivals.size()).isBetween(expected - 4 * Math.sqrt(expected),
                expected + 4 * Math.sqrt(expected));
    }

    @Test
    void factorScalesTheProcess() {
        List<Long> arrivals = draw(WEEK, 0.25, 2);
        double expected = WEEK.expectedTotal() * 0.25;
        assertThat((double) arrivals.size()).isBetween(expected - 4 * Math.sqrt(expected),
                expected + 4 * Math.sqrt(expected));
    }

    @Test
    void arrivalsAreStrictlyIncreasingAndInsideTheInterval() {
        List<Long> arrivals = draw(WEEK, 1.0, 3);
        for (int i = 1; i < arrivals.size(); i++) {
            assertThat(arrivals.get(i)).isGreaterThan(arrivals.get(i - 1));
        }
        assertThat(arrivals.get(0)).isGreaterThanOrEqualTo(WEEK.startNanos());
        assertThat(arrivals.get(arrivals.size() - 1)).isLessThan(WEEK.endNanos());
    }

    @Test
    void eachHourGetsItsShareOfArrivals() {
        List<Long> arrivals = draw(WEEK, 1.0, 4);
        int[] perPiece = new int[WEEK.pieces()];
        for (long t : arrivals) {
            perPiece[WEEK.pieceOf(t)]++;
        }
        // Pearson's chi-squared over the hours against the configured intensity; with 167 degrees
        // of freedom the 99.9th percentile is about 229.
        double chi2 = 0;
        for (int i = 0; i < perPiece.length; i++) {
            double expected = WEEK.expectedBetween(WEEK.pieceStart(i), WEEK.pieceStart(i + 1));
            chi2 += (perPiece[i] - expected) * (perPiece[i] - expected) / expected;
        }
        assertThat(chi2).isLessThan(229);
    }

    @Test
    void theSameStreamGivesTheSameArrivals() {
        assertThat(draw(WEEK, 1.0, 9)).isEqualTo(draw(WEEK, 1.0, 9));
        assertThat(draw(WEEK, 1.0, 9)).isNotEqualTo(draw(WEEK, 1.0, 10));
    }

    @Test
    void zeroIntensityGivesNoArrivals() {
        assertThat(draw(WEEK, 0.0, 5)).isEmpty();
    }

    private static List<Long> draw(ArrivalIntensity intensity, double factor, long seed) {
        PoissonArrivals p = new PoissonArrivals(intensity, factor, RandomStreams.of(seed, "test", 0));
        List<Long> out = new ArrayList<>();
        for (long t = p.next(); t != Long.MAX_VALUE; t = p.next()) {
            out.add(t);
        }
        return out;
    }
}
