package io.bankingsim.generators.activity;

import io.bankingsim.core.traffic.RandomStreams;

import java.util.SplittableRandom;

/**
 * How a template's amounts are distributed, in major currency units (dollars, euros) before
 * scaling. Values are clamped to the template's minimum and maximum by the template. Immutable
 * and thread-safe.
 */
public sealed interface AmountDistribution {

    /** A draw, in major units. */
    double sample(SplittableRandom random);

    /** The distribution's cumulative probability at {@code x} (before clamping), for tests. */
    double cdf(double x);

    /**
     * Log-normal: the logarithm of the amount is normal with mean {@code ln(median)} and standard
     * deviation {@code sigma}. Typical of payment amounts.
     *
     * @param median the median amount, positive
     * @param sigma the spread, at least 0
     */
    record LogNormal(double median, double sigma) implements AmountDistribution {
        public LogNormal {
            if (!(median > 0) || !(sigma >= 0) || Double.isInfinite(median) || Double.isInfinite(sigma)) {
                throw new IllegalArgumentException("log-normal needs median > 0 and sigma >= 0: " + median + ", "
                        + sigma);
            }
        }

        @Override
        public double sample(SplittableRandom random) {
            return RandomStreams.logNormal(random, median, sigma);
        }

        @Override
        public double cdf(double x) {
            if (x <= 0) {
                return 0;
            }
            if (sigma == 0) {
                return x >= median ? 1 : 0;
            }
            return normalCdf(Math.log(x / median) / sigma);
        }
    }

    /**
     * Uniform between two amounts.
     *
     * @param low smallest amount, at least 0
     * @param high largest amount, at least {@code low}
     */
    record Uniform(double low, double high) implements AmountDistribution {
        public Uniform {
            if (!(low >= 0) || !(high >= low) || Double.isInfinite(high)) {
                throw new IllegalArgumentException("uniform needs 0 <= low <= high: " + low + ", " + high);
            }
        }

        @Override
        public double sample(SplittableRandom random) {
            return low + (high - low) * random.nextDouble();
        }

        @Override
        public double cdf(double x) {
            return x < low ? 0 : x >= high ? 1 : high == low ? 1 : (x - low) / (high - low);
        }
    }

    /**
     * Always the same amount, e.g. a subscription's price.
     *
     * @param value the amount, positive
     */
    record Fixed(double value) implements AmountDistribution {
        public Fixed {
            if (!(value > 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("a fixed amount must be positive: " + value);
            }
        }

        @Override
        public double sample(SplittableRandom random) {
            return value;
        }

        @Override
        public double cdf(double x) {
            return x >= value ? 1 : 0;
        }
    }

    /** The standard normal distribution function (Zelen and Severo 26.2.17, error below 7.5e-8). */
    private static double normalCdf(double z) {
        double t = 1 / (1 + 0.2316419 * Math.abs(z));
        double poly = t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978
                + t * 1.330274429))));
        double tail = Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI) * poly;
        return z >= 0 ? 1 - tail : tail;
    }
}
