package io.bankingsim.core.scenario;

/**
 * A daily window of whole hours, {@code [from, to)}, read in the scenario's time zone; e.g.
 * {@code [8, 18]} is 08:00 to 17:59. A window whose {@code from} is after its {@code to} wraps
 * past midnight ({@code [22, 4]}). Immutable.
 *
 * @param from first hour inside the window, 0 to 23
 * @param to first hour after the window, 1 to 24 (or 0..23 when wrapping)
 */
public record HourWindow(int from, int to) {

    public HourWindow {
        if (from < 0 || from > 23 || to < 0 || to > 24 || from == to) {
            throw new IllegalArgumentException("an hour window is [from, to] with from 0..23, to 0..24 and from != to,"
                    + " not [" + from + ", " + to + "]");
        }
    }

    /** True when the hour of day (0..23) lies inside the window. */
    public boolean contains(int hour) {
        return from < to ? hour >= from && hour < to : hour >= from || hour < to;
    }

    /** Number of hours in the window (1 to 24). */
    public int hours() {
        return from < to ? to - from : 24 - from + to;
    }
}
