package io.bankingsim.generators.standard;

import io.bankingsim.core.clock.VirtualClock;
import io.bankingsim.core.event.Event;
import io.bankingsim.core.spi.EventSource;
import io.bankingsim.core.traffic.RandomStreams;
import io.bankingsim.generators.activity.Segment;
import io.bankingsim.generators.activity.TransactionTemplate;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * Standing orders and other payments due on fixed days of the month: the templates with
 * {@code days} (salary, pension, allowance, rent, savings transfers, subscriptions, insurance,
 * phone bills). Each customer whose segment has the template holds it as a schedule of their
 * own: with a frequency f per month over n listed days, the customer pays on every listed day
 * when f >= n, else on floor(f) or ceil(f) of them (so f on average), always the same days, at
 * an hour drawn from the template's hours. These payments come on top of the everyday arrivals
 * of {@code transaction_rate}: every salaried customer is paid on pay day however busy the bank
 * is. Digital banking channels become {@code system} (a standing order needs no login).
 *
 * <p>One local day is planned at a time (every customer's payments of the day, sorted by time),
 * so memory follows the number of payments in a day. Not thread-safe (engine thread).
 */
final class ScheduleSource implements EventSource {

    private static final long HOUR = 3_600_000_000_000L;
    /** {@code which} of a credit-limit review instead of a template. */
    private static final byte LIMIT_REVIEW = -1;
    private static final double LIMIT_RAISE_PER_DAY = 1 / 365.0;

    private final Population population;
    private final SpendingModel model;
    private final List<TransactionTemplate> templates;
    private final int[] scheduled;
    private final ZoneId zone;
    private final long startNanos;
    private final long endNanos;
    private final SplittableRandom ids;
    private LocalDate day;
    private long[] times = new long[0];
    private int[] customers = new int[0];
    private byte[] which = new byte[0];
    private int size;
    private int next;
    private Event ready;

    ScheduleSource(Population population, SpendingModel model, List<TransactionTemplate> templates, ZoneId zone,
                   long startNanos, long endNanos, SplittableRandom ids) {
        this.population = population;
        this.model = model;
        this.templates = templates;
        this.scheduled = java.util.stream.IntStream.range(0, templates.size())
                .filter(t -> isScheduled(templates.get(t))).toArray();
        if (scheduled.length > Byte.MAX_VALUE) {
            throw new IllegalArgumentException("at most " + Byte.MAX_VALUE + " scheduled templates");
        }
        this.zone = zone;
        this.startNanos = startNanos;
        this.endNanos = endNanos;
        this.ids = ids;
        this.day = VirtualClock.fromNanos(startNanos).atZone(zone).toLocalDate();
        plan(day);
    }

    /**
     * The standing orders expected between two instants for the book of customers: per local day,
     * per template listed that day, the customers of each segment times the share of listed days
     * they pay on, weighted by the part of the day inside the run.
     */
    static double expected(Population population, List<TransactionTemplate> templates, ZoneId zone, long startNanos,
                           long endNanos) {
        long[] perSegment = new long[Segment.values().length];
        for (int k = 0; k < population.count(); k++) {
            perSegment[population.segment(k).ordinal()]++;
        }
        double total = 0;
        LocalDate date = VirtualClock.fromNanos(startNanos).atZone(zone).toLocalDate();
        while (true) {
            long from = VirtualClock.toNanos(date.atStartOfDay(zone).toInstant());
            long to = VirtualClock.toNanos(date.plusDays(1).atStartOfDay(zone).toInstant());
            if (from >= endNanos) {
                return total;
            }
            double inside = (Math.min(to, endNanos) - Math.max(from, startNanos)) / (double) (to - from);
            for (TransactionTemplate t : templates) {
                if (!isScheduled(t)) {
                    continue;
                }
                int[] days = distinctDays(t, date.lengthOfMonth());
                if (indexOf(days, date.getDayOfMonth()) < 0) {
                    continue;
                }
                for (Segment segment : Segment.values()) {
                    double f = t.frequency(segment);
                    total += perSegment[segment.ordinal()] * Math.min(1, f / days.length) * inside;
                }
            }
            date = date.plusDays(1);
        }
    }

    /** Whether a template is paid on fixed days (a standing order) rather than at random arrivals. */
    static boolean isScheduled(TransactionTemplate template) {
        return !template.daysOfMonth().isEmpty();
    }

    @Override
    public long peekTime() {
        while (ready == null) {
            if (next == size) {
                day = day.plusDays(1);
                long dayStart = VirtualClock.toNanos(day.atStartOfDay(zone).toInstant());
                if (dayStart >= endNanos) {
                    return EXHAUSTED;
                }
                plan(day);
                continue;
            }
            int i = next++;
            ready = which[i] == LIMIT_REVIEW
                    ? model.raiseLimit(RandomStreams.uuid(ids), VirtualClock.fromNanos(times[i]), customers[i])
                    : model.scheduled(RandomStreams.uuid(ids), VirtualClock.fromNanos(times[i]), day.toEpochDay(),
                    customers[i], scheduled[which[i]], RandomStreams.of(population.seed(), "standing-order",
                            ((long) customers[i] << 20) ^ ((long) which[i] << 16) ^ day.toEpochDay()));
        }
        return VirtualClock.toNanos(ready.time());
    }

    @Override
    public Event next() {
        if (peekTime() == EXHAUSTED) {
            throw new NoSuchElementException("schedule source is exhausted");
        }
        Event e = ready;
        ready = null;
        return e;
    }

    /** Every payment due on a local day, sorted by time, within the run. */
    private void plan(LocalDate date) {
        size = 0;
        next = 0;
        int length = date.lengthOfMonth();
        ZonedDateTime midnight = date.atStartOfDay(zone);
        long dayStart = VirtualClock.toNanos(midnight.toInstant());
        long dayEnd = VirtualClock.toNanos(date.plusDays(1).atStartOfDay(zone).toInstant());
        int count = population.count();
        for (int s = 0; s < scheduled.length; s++) {
            TransactionTemplate template = templates.get(scheduled[s]);
            int[] days = distinctDays(template, length);
            int position = indexOf(days, date.getDayOfMonth());
            if (position < 0) {
                continue;
            }
            double[] hours = template.hourWeights();
            for (int k = 0; k < count; k++) {
                if (!population.isActive(k)) {
                    continue;
                }
                Segment segment = population.segment(k);
                double f = template.frequency(segment);
                if (f <= 0 || !pays(k, scheduled[s], f, days.length, position)) {
                    continue;
                }
                SplittableRandom r = RandomStreams.of(population.seed(), "schedule-time",
                        ((long) k << 24) ^ ((long) s << 18) ^ date.toEpochDay());
                int hour = pick(hours, r.nextDouble());
                long at = VirtualClock.toNanos(midnight.plusHours(hour).toInstant()) + (long) (r.nextDouble() * HOUR);
                // a day of 23 hours (daylight saving) has no 23:00: such payments are made at its end
                at = Math.min(at, dayEnd - 1);
                if (at < startNanos || at >= endNanos || at < dayStart) {
                    continue;
                }
                add(at, k, s);
            }
        }
        reviewLimits(date, midnight, dayStart, dayEnd);
        sort();
    }

    /**
     * The bank's daily review of credit limits: each customer has a small chance a day of a raise
     * (about one a year), made during office hours.
     */
    private void reviewLimits(LocalDate date, ZonedDateTime midnight, long dayStart, long dayEnd) {
        int count = population.count();
        for (int k = 0; k < count; k++) {
            long h = RandomStreams.mix(population.seed(), "limit-review", ((long) k << 24) ^ date.toEpochDay());
            if ((h >>> 11) * 0x1.0p-53 >= LIMIT_RAISE_PER_DAY || !population.isActive(k)) {
                continue;
            }
            long at = VirtualClock.toNanos(midnight.plusHours(9).toInstant()) + Math.floorMod(h, 8 * HOUR);
            if (at >= startNanos && at < endNanos && at >= dayStart && at < dayEnd) {
                add(at, k, LIMIT_REVIEW);
            }
        }
    }

    /**
     * Whether customer k pays template t on the listed day at {@code position}: on all of them when
     * f covers them, else on the first floor(f) or ceil(f) of a shuffle of the days that is the
     * customer's own.
     */
    private boolean pays(int k, int t, double f, int listed, int position) {
        if (f >= listed) {
            return true;
        }
        SplittableRandom r = RandomStreams.of(population.seed(), "schedule", (long) k * 256 + t);
        int whole = (int) Math.floor(f);
        int paid = whole + (r.nextDouble() < f - whole ? 1 : 0);
        // the first `paid` places of a Fisher-Yates shuffle of the listed days: no more draws than days paid
        int[] order = new int[listed];
        for (int i = 0; i < listed; i++) {
            order[i] = i;
        }
        for (int i = 0; i < paid; i++) {
            int j = i + r.nextInt(listed - i);
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
            if (order[i] == position) {
                return true;
            }
        }
        return false;
    }

    /** The template's days in this month, with -1 and days past the end as the last day, without repeats. */
    static int[] distinctDays(TransactionTemplate template, int length) {
        return template.daysOfMonth().stream().mapToInt(d -> d == -1 || d > length ? length : d).distinct().toArray();
    }

    private static int indexOf(int[] values, int value) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        return -1;
    }

    private static int pick(double[] weights, double u) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = u * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private void add(long at, int k, int s) {
        addEntry(at, k, (byte) s);
    }

    private void addEntry(long at, int k, byte s) {
        if (size == times.length) {
            int capacity = Math.max(1024, size * 2);
            times = Arrays.copyOf(times, capacity);
            customers = Arrays.copyOf(customers, capacity);
            which = Arrays.copyOf(which, capacity);
        }
        times[size] = at;
        customers[size] = k;
        which[size] = s;
        size++;
    }

    /** Sorts the day's payments by time (then customer, then template), through an index. */
    private void sort() {
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> times[a] != times[b] ? Long.compare(times[a], times[b])
                : customers[a] != customers[b] ? Integer.compare(customers[a], customers[b])
                : Byte.compare(which[a], which[b]));
        long[] t = new long[size];
        int[] c = new int[size];
        byte[] w = new byte[size];
        for (int i = 0; i < size; i++) {
            t[i] = times[order[i]];
            c[i] = customers[order[i]];
            w[i] = which[order[i]];
        }
        times = t;
        customers = c;
        which = w;
    }
}
