package io.bankingsim.generators.fraud;

import java.util.SplittableRandom;

/**
 * How many times a campaign does something: a whole number drawn uniformly from
 * {@code lo..hi}, scaled by the pattern's intensity and rounded stochastically (so that the mean
 * scales exactly), never below {@code floor}. {@link #mean} is the exact expectation of
 * {@link #draw}, which is what {@code expectedTransactions} must report. Immutable.
 *
 * @param lo smallest count at intensity 1
 * @param hi largest count at intensity 1
 * @param floor the least count whatever the intensity (0 or more)
 */
record Count(int lo, int hi, int floor) {

    Count {
        if (lo < 0 || hi < lo || floor < 0) {
            throw new IllegalArgumentException("bad count " + lo + ".." + hi + " (floor " + floor + ")");
        }
    }

    int draw(SplittableRandom random, double intensity) {
        double x = intensity * (lo + random.nextInt(hi - lo + 1));
        long whole = (long) Math.floor(x);
        long n = whole + (random.nextDouble() < x - whole ? 1 : 0);
        return (int) Math.max(floor, n);
    }

    double mean(double intensity) {
        double sum = 0;
        for (int v = lo; v <= hi; v++) {
            double x = intensity * v;
            double whole = Math.floor(x);
            double up = x - whole;
            sum += (1 - up) * Math.max(floor, whole) + up * Math.max(floor, whole + 1);
        }
        return sum / (hi - lo + 1);
    }
}
