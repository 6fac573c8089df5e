package io.bankingsim.generators.standard;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

/**
 * The two goodness-of-fit tests the statistical tests of the standard generator use, at a
 * significance of 0.001 so that a correct generator fails them for about one seed in a thousand
 * per test (and the tests use fixed seeds, so they are deterministic).
 */
final class GoodnessOfFit {

    /** The standard normal quantile at 0.999. */
    private static final double Z_999 = 3.090232;

    /** The Kolmogorov distribution's asymptotic quantile at 0.999. */
    private static final double KS_999 = 1.95;

    private GoodnessOfFit() {
    }

    /** Pearson's statistic, the sum of (observed - expected)^2 / expected over cells with expected > 0. */
    static double chiSquare(long[] observed, double[] expected) {
        double sum = 0;
        for (int i = 0; i < observed.length; i++) {
            if (expected[i] > 0) {
                double d = observed[i] - expected[i];
                sum += d * d / expected[i];
            }
        }
        return sum;
    }

    /** The chi-square distribution's 0.999 quantile (Wilson-Hilferty; within 1% from 5 degrees of freedom). */
    static double chiSquareQuantile999(int degreesOfFreedom) {
        double k = degreesOfFreedom;
        double c = 2 / (9 * k);
        return k * Math.pow(1 - c + Z_999 * Math.sqrt(c), 3);
    }

    /** The critical Kolmogorov-Smirnov distance for {@code n} observations at a significance of 0.001. */
    static double ksCritical(int n) {
        return KS_999 / Math.sqrt(n);
    }

    /**
     * The Kolmogorov-Smirnov distance between observations and a distribution function, for
     * observations rounded to within {@code rounding} of the true value (amounts in cents): each
     * observation is compared with the distribution on the side that favours the fit, so the
     * distance is never larger than that of the unrounded values. Conservative when the
     * distribution has atoms (clamped amounts); {@code cdf} must be right-continuous.
     */
    static double ksDistance(double[] observations, DoubleUnaryOperator cdf, double rounding) {
        double[] x = observations.clone();
        Arrays.sort(x);
        int n = x.length;
        double d = 0;
        for (int i = 0; i < n; i++) {
            d = Math.max(d, (i + 1) / (double) n - cdf.applyAsDouble(x[i] + rounding));
            d = Math.max(d, cdf.applyAsDouble(Math.nextDown(x[i] - rounding)) - i / (double) n);
        }
        return d;
    }
}
