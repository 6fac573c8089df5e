package io.bankingsim.core.traffic;

import io.bankingsim.core.clock.VirtualClock;
import io.bankingsim.core.scenario.HourWindow;
import io.bankingsim.core.scenario.Scenario;
import io.bankingsim.core.scenario.TransactionRate;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;

/**
 * The scenario's transaction intensity over the run, in transactions per virtual second, as a
 * piecewise-constant function with one piece per clock hour of the scenario's time zone
 * (business hours and weekends change only on the hour). Immutable and thread-safe.
 *
 * <p>Intensity at an instant = ({@code peak_tps} in business hours, else {@code off_peak_tps}),
 * times {@code weekend_multiplier} on Saturdays and Sundays, divided by the scenario's
 * {@code speed_multiplier}: the world is fixed by the scenario, the pace by the run.
 */
public final class ArrivalIntensity {

    private final long[] starts;   // epoch nanos, piece i is [starts[i], starts[i+1]) ; last entry = end
    private final double[] rates;  // per virtual second
    private final double[] cumulative; // expected arrivals before piece i

    private ArrivalIntensity(long[] starts, double[] rates) {
        this.starts = starts;
        this.rates = rates;
        this.cumulative = new double[rates.length + 1];
        for (int i = 0; i < rates.length; i++) {
            cumulative[i + 1] = cumulative[i] + rates[i] * (starts[i + 1] - starts[i]) / 1e9;
        }
    }

    /** The intensity of the scenario's everyday transactions from its start to its end. */
    public static ArrivalIntensity of(Scenario scenario) {
        return of(scenario.transactionRate(), scenario.timeZone(), scenario.start(), scenario.end(), null);
    }

    /**
     * The intensity between two instants, optionally zero outside a daily window (an attack window).
     */
    public static ArrivalIntensity of(TransactionRate rate, ZoneId zone, Instant from, Instant to, HourWindow window) {
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("empty interval " + from + " .. " + to);
        }
        int capacity = (int) Math.min(Integer.MAX_VALUE - 8, ChronoUnit.HOURS.between(from, to) + 3);
        long[] starts = new long[capacity + 1];
        double[] rates = new double[capacity];
        int n = 0;
        ZonedDateTime cursor = from.atZone(zone);
        long end = VirtualClock.toNanos(to);
        long t = VirtualClock.toNanos(from);
        while (t < end) {
            ZonedDateTime nextHour = cursor.truncatedTo(ChronoUnit.HOURS).plusHours(1);
            long next = Math.min(end, VirtualClock.toNanos(nextHour.toInstant()));
            int hour = cursor.getHour();
            DayOfWeek day = cursor.getDayOfWeek();
            boolean weekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
            double r = window != null && !window.contains(hour) ? 0 : rate.perVirtualSecond(hour, weekend);
            if (n == rates.length) {
                starts = Arrays.copyOf(starts, starts.length * 2);
                rates = Arrays.copyOf(rates, rates.length * 2);
            }
            starts[n] = t;
            rates[n] = r;
            n++;
            t = next;
            cursor = nextHour;
        }
        starts[n] = end;
        return new ArrivalIntensity(Arrays.copyOf(starts, n + 1), Arrays.copyOf(rates, n));
    }

    /** Number of pieces (hours, or parts of the first and last hour). */
    public int pieces() {
        return rates.length;
    }

    /** Start of the interval, epoch nanos. */
    public long startNanos() {
        return starts[0];
    }

    /** End of the interval (exclusive), epoch nanos. */
    public long endNanos() {
        return starts[rates.length];
    }

    /** Transactions per virtual second at an instant given in epoch nanos (0 outside the interval). */
    public double rateAt(long epochNanos) {
        int i = pieceOf(epochNanos);
        return i < 0 ? 0 : rates[i];
    }

    /** Expected number of arrivals over the whole interval. */
    public double expectedTotal() {
        return cumulative[rates.length];
    }

    /** Expected number of arrivals between two instants (epoch nanos), clipped to the interval. */
    public double expectedBetween(long fromNanos, long toNanos) {
        return cumulativeAt(toNanos) - cumulativeAt(fromNanos);
    }

    /** Expected arrivals from the start to an instant (epoch nanos). */
    double cumulativeAt(long epochNanos) {
        if (epochNanos <= starts[0]) {
            return 0;
        }
        if (epochNanos >= endNanos()) {
            return expectedTotal();
        }
        int i = pieceOf(epochNanos);
        return cumulative[i] + rates[i] * (epochNanos - starts[i]) / 1e9;
    }

    /**
     * The instant (epoch nanos) by which {@code mass} arrivals are expected: the inverse of
     * {@link #expectedBetween} from the start. {@code mass} must be within 0..expectedTotal().
     */
    public long instantAtCumulative(double mass) {
        if (mass <= 0) {
            return starts[0];
        }
        if (mass >= expectedTotal()) {
            return endNanos();
        }
        int i = Arrays.binarySearch(cumulative, mass);
        if (i < 0) {
            i = -i - 2;
        }
        while (i < rates.length - 1 && rates[i] == 0) {
            i++;
        }
        double inside = (mass - cumulative[i]) / rates[i] * 1e9;
        return Math.min(starts[i + 1] - 1, starts[i] + (long) inside);
    }

    /** Index of the piece containing the instant, or -1 outside the interval. */
    int pieceOf(long epochNanos) {
        if (epochNanos < starts[0] || epochNanos >= endNanos()) {
            return -1;
        }
        int i = Arrays.binarySearch(starts, 0, rates.length, epochNanos);
        return i >= 0 ? i : -i - 2;
    }

    /** Start of piece {@code i} (epoch nanos); {@code i == pieces()} gives the end. */
    long pieceStart(int i) {
        return starts[i];
    }

    /** Rate of piece {@code i} per virtual second. */
    double pieceRate(int i) {
        return rates[i];
    }
}
