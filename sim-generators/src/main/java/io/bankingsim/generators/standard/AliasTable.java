package io.bankingsim.generators.standard;

import java.util.SplittableRandom;

/**
 * Vose's alias method: draws an index with probability proportional to its weight in constant
 * time, from two primitive arrays built once. Immutable after construction; {@link #sample} is
 * thread-safe given a stream per caller.
 */
final class AliasTable {

    private final double[] accept;
    private final int[] alias;

    AliasTable(double[] weights) {
        int n = weights.length;
        if (n == 0) {
            throw new IllegalArgumentException("no weights");
        }
        double sum = 0;
        for (double w : weights) {
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("weights must be finite and non-negative: " + w);
            }
            sum += w;
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("weights sum to zero");
        }
        accept = new double[n];
        alias = new int[n];
        int[] small = new int[n];
        int[] large = new int[n];
        int ns = 0;
        int nl = 0;
        for (int i = 0; i < n; i++) {
            accept[i] = weights[i] * n / sum;
            if (accept[i] < 1) {
                small[ns++] = i;
            } else {
                large[nl++] = i;
            }
        }
        while (ns > 0 && nl > 0) {
            int s = small[--ns];
            int l = large[--nl];
            alias[s] = l;
            accept[l] = accept[l] + accept[s] - 1;
            if (accept[l] < 1) {
                small[ns++] = l;
            } else {
                large[nl++] = l;
            }
        }
        while (nl > 0) {
            accept[large[--nl]] = 1;
        }
        while (ns > 0) {
            accept[small[--ns]] = 1; // only reached through rounding error
        }
    }

    /** An index drawn with probability proportional to its weight. */
    int sample(SplittableRandom random) {
        int i = random.nextInt(accept.length);
        return random.nextDouble() < accept[i] ? i : alias[i];
    }

    int size() {
        return accept.length;
    }
}
