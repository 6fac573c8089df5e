package io.bankingsim.generators.standard;

import io.bankingsim.generators.activity.Segment;
import io.bankingsim.generators.activity.TransactionTemplate;
import io.bankingsim.generators.activity.TransactionTemplate.Counterparty;
import io.bankingsim.generators.activity.TransactionTemplate.Scaling;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Chooses the template of an arrival: for a customer of segment s at local hour h on a given day,
 * template t has weight {@code frequency_t(s) x hourWeight_t(h) x monthMultiplier_t(month)
 * }, the hour weights normalised to average 1 over the day, so that a template's expected count
 * per month is proportional to its frequency. Templates paid on fixed days are not drawn here:
 * they are standing orders ({@link ScheduleSource}). Templates a segment cannot use (a transfer to
 * savings for customers without savings) weigh 0. The cumulative weights are rebuilt when the
 * local hour changes. (The arrival process alone decides when transactions happen: hour weights
 * shape the mix of templates at each hour, not the volume.) Not thread-safe (engine thread).
 */
final class TemplateMix {

    private static final Segment[] SEGMENTS = Segment.values();

    private final List<TransactionTemplate> templates;
    private final double[][] frequency;
    private final double[][] hourShare;
    private final double[][] cumulative;
    private final double[][] allDay;
    private LocalDate day;
    private int hour = -1;

    TemplateMix(List<TransactionTemplate> templates, int accounts, int bookSize) {
        this.templates = List.copyOf(templates);
        int n = templates.size();
        this.frequency = new double[SEGMENTS.length][n];
        this.hourShare = new double[n][24];
        this.cumulative = new double[SEGMENTS.length][n];
        this.allDay = new double[SEGMENTS.length][n];
        for (int t = 0; t < n; t++) {
            TransactionTemplate template = templates.get(t);
            double[] w = template.hourWeights();
            double sum = 0;
            for (double v : w) {
                sum += v;
            }
            for (int h = 0; h < 24; h++) {
                hourShare[t][h] = w[h] * 24 / sum;
            }
            for (Segment s : SEGMENTS) {
                frequency[s.ordinal()][t] = usable(template, s, accounts, bookSize) ? template.frequency(s) : 0;
            }
        }
    }

    /**
     * Per segment, the sum of its templates' frequencies: how active its customers are relative
     * to other segments'.
     */
    static double[] segmentActivity(List<TransactionTemplate> templates, int accounts, int bookSize) {
        double[] activity = new double[SEGMENTS.length];
        for (Segment s : SEGMENTS) {
            for (TransactionTemplate t : templates) {
                if (usable(t, s, accounts, bookSize)) {
                    activity[s.ordinal()] += t.frequency(s);
                }
            }
        }
        return activity;
    }

    private static boolean usable(TransactionTemplate t, Segment s, int accounts, int bookSize) {
        if (ScheduleSource.isScheduled(t)) {
            return false;
        }
        if (t.counterparty() == Counterparty.OWN_ACCOUNT && !Population.holds(s, t.target(), accounts)) {
            return false;
        }
        if (t.scaling() == Scaling.OUTSTANDING && !Population.holds(s, t.target(), accounts)) {
            return false;
        }
        return t.counterparty() != Counterparty.FRIEND || bookSize > 1;
    }

    List<TransactionTemplate> templates() {
        return templates;
    }

    /** Moves to a local hour of a day; rebuilds the weights when the hour changed. */
    void at(LocalDate day, int hour) {
        if (hour == this.hour && day.equals(this.day)) {
            return;
        }
        this.day = day;
        this.hour = hour;
        int month = day.getMonthValue() - 1;
        for (int t = 0; t < templates.size(); t++) {
            TransactionTemplate template = templates.get(t);
            double daily = template.monthMultipliers()[month];
            double factor = hourShare[t][hour] * daily;
            for (Segment s : SEGMENTS) {
                double previous = t == 0 ? 0 : cumulative[s.ordinal()][t - 1];
                cumulative[s.ordinal()][t] = previous + frequency[s.ordinal()][t] * factor;
                double previousDaily = t == 0 ? 0 : allDay[s.ordinal()][t - 1];
                allDay[s.ordinal()][t] = previousDaily + frequency[s.ordinal()][t] * daily;
            }
        }
    }

    /**
     * A template index for a customer of the segment. When no template of the segment has weight
     * at this hour (the arrival process says a transaction happens, the templates prefer other
     * hours), the hour preferences are set aside for this draw; -1 when none applies on this day.
     */
    int sample(Segment segment, SplittableRandom random) {
        double[] c = cumulative[segment.ordinal()];
        double total = c[c.length - 1];
        if (!(total > 0)) {
            c = allDay[segment.ordinal()];
            total = c[c.length - 1];
        }
        if (!(total > 0)) {
            return -1;
        }
        double u = random.nextDouble() * total;
        int lo = 0;
        int hi = c.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (c[mid] > u) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
