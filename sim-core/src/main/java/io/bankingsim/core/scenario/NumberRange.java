package io.bankingsim.core.scenario;

import java.math.BigDecimal;

/**
 * The allowed values of a numeric key, e.g. "greater than 0 and at most 87600". NaN lies in no
 * range. Immutable.
 *
 * @param min lower bound, or negative infinity for none
 * @param minInclusive whether the lower bound itself is allowed
 * @param max upper bound, or positive infinity for none
 * @param maxInclusive whether the upper bound itself is allowed
 */
record NumberRange(double min, boolean minInclusive, double max, boolean maxInclusive) {

    static NumberRange atLeast(double min) {
        return new NumberRange(min, true, Double.POSITIVE_INFINITY, false);
    }

    static NumberRange above(double min) {
        return new NumberRange(min, false, Double.POSITIVE_INFINITY, false);
    }

    /** Both bounds allowed. */
    static NumberRange between(double min, double max) {
        return new NumberRange(min, true, max, true);
    }

    /** Above min, at most max. */
    static NumberRange aboveAtMost(double min, double max) {
        return new NumberRange(min, false, max, true);
    }

    /** At least min, below max. */
    static NumberRange atLeastBelow(double min, double max) {
        return new NumberRange(min, true, max, false);
    }

    boolean contains(double value) {
        boolean aboveMin = minInclusive ? value >= min : value > min;
        boolean belowMax = maxInclusive ? value <= max : value < max;
        return aboveMin && belowMax;
    }

    /** E.g. {@code from 1 to 4}, {@code at least 0}, {@code at least 0 and less than 1}. */
    String describe() {
        boolean hasMin = min != Double.NEGATIVE_INFINITY;
        boolean hasMax = max != Double.POSITIVE_INFINITY;
        if (hasMin && hasMax && minInclusive && maxInclusive) {
            return "from " + format(min) + " to " + format(max);
        }
        String low = hasMin ? (minInclusive ? "at least " : "greater than ") + format(min) : "";
        String high = hasMax ? (maxInclusive ? "at most " : "less than ") + format(max) : "";
        return hasMin && hasMax ? low + " and " + high : low + high;
    }

    static String format(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
