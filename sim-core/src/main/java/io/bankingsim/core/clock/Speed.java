package io.bankingsim.core.clock;

/**
 * How fast virtual time runs: a multiplier of wall-clock time, or {@link #MAX}, where virtual time
 * jumps from one event to the next as fast as the pipeline allows. Immutable.
 *
 * @param multiplier virtual seconds per wall second; {@code Double.POSITIVE_INFINITY} for max
 */
public record Speed(double multiplier) {

    /** As fast as possible: a pure discrete-event run. */
    public static final Speed MAX = new Speed(Double.POSITIVE_INFINITY);

    /** Real time: one virtual second per wall second. */
    public static final Speed REAL_TIME = new Speed(1);

    public Speed {
        if (Double.isNaN(multiplier) || multiplier <= 0) {
            throw new IllegalArgumentException("speed must be a positive number or max, not " + multiplier);
        }
    }

    /** A finite multiplier, e.g. {@code Speed.of(100)}. */
    public static Speed of(double multiplier) {
        if (Double.isInfinite(multiplier)) {
            return MAX;
        }
        return new Speed(multiplier);
    }

    /** Parses {@code "max"} or a positive number such as {@code "250"} or {@code "0.5"}. */
    public static Speed parse(String text) {
        String t = text.strip();
        if (t.equalsIgnoreCase("max")) {
            return MAX;
        }
        double value;
        try {
            value = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("speed must be a positive number or 'max', not '" + text + "'");
        }
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("speed must be a positive number or 'max', not '" + text + "'");
        }
        return new Speed(value);
    }

    public boolean isMax() {
        return Double.isInfinite(multiplier);
    }

    /** {@code "max"} or the multiplier without a needless fraction, e.g. {@code "100"}. */
    @Override
    public String toString() {
        if (isMax()) {
            return "max";
        }
        return multiplier == Math.rint(multiplier) ? Long.toString((long) multiplier) : Double.toString(multiplier);
    }
}
