package io.bankingsim.core.metrics;

/**
 * The one rule for ratios in this package: a zero (or negative) denominator gives {@code NaN},
 * "undefined", never 0 and never an infinity. Stateless.
 */
final class Ratios {

    private Ratios() {
    }

    static double of(double numerator, double denominator) {
        return denominator > 0 ? numerator / denominator : Double.NaN;
    }
}
