package io.bankingsim.generators.internal;

/**
 * A keyed bijection on the integer range {@code [0, n)}: it turns a sequential index into a value
 * that looks random, so ids and account numbers derived from it leak nothing about the index (no
 * ordering, no parity). Equal {@code (key, n)} give the same permutation in every run and JVM;
 * different keys give unrelated permutations.
 *
 * <p>A Feistel network of {@value #ROUNDS} rounds permutes the smallest domain of {@code 2^b}
 * values ({@code b >= 2}) that holds {@code n}, as two halves of {@code floor(b/2)} and
 * {@code ceil(b/2)} bits that take turns to be rewritten from the other (the layout of NIST FF1,
 * so an odd {@code b} needs no domain of {@code 4^k}); the round function is a SplitMix64
 * finaliser of (key, round, half). Cycle walking (applying the network again until the value falls
 * below {@code n}) keeps the result in range; since the domain is less than {@code 2n}, it takes
 * fewer than two passes on average. This is a shuffle, not encryption: it hides the index from a casual
 * reader, not from an adversary.
 *
 * <p>{@link #apply} and {@link #invert} allocate nothing. Immutable and thread-safe.
 */
public final class Scramble {

    /** The largest range size supported: the two halves together must fit in 62 bits. */
    public static final long MAX_SIZE = 1L << 62;

    /** Even: rounds come in pairs, one per half. */
    private static final int ROUNDS = 8;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private final long n;
    private final int highBits;
    private final int lowBits;
    private final long highMask;
    private final long lowMask;
    private final long[] roundKeys;

    /**
     * A permutation of {@code [0, n)} chosen by {@code key}.
     *
     * @param key any value; it selects the permutation
     * @param n   the size of the range, from 1 to {@link #MAX_SIZE}
     * @throws IllegalArgumentException if {@code n} is out of bounds
     */
    public Scramble(long key, long n) {
        if (n < 1 || n > MAX_SIZE) {
            throw new IllegalArgumentException("range size must be 1.." + MAX_SIZE + ": " + n);
        }
        this.n = n;
        int bits = Math.max(2, 64 - Long.numberOfLeadingZeros(n - 1));
        this.highBits = bits / 2;
        this.lowBits = bits - highBits;
        this.highMask = (1L << highBits) - 1;
        this.lowMask = (1L << lowBits) - 1;
        this.roundKeys = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            roundKeys[i] = mix(key + (i + 1) * GOLDEN);
        }
    }

    /** The size {@code n} of the range this permutes. */
    public long size() {
        return n;
    }

    /**
     * The value that {@code index} maps to.
     *
     * @param index in {@code [0, n)}
     * @return a value in {@code [0, n)}, distinct for distinct indices
     * @throws IllegalArgumentException if {@code index} is outside {@code [0, n)}
     */
    public long apply(long index) {
        long v = checked(index);
        do {
            v = forward(v);
        } while (v >= n);
        return v;
    }

    /**
     * The index that maps to {@code value}: {@code invert(apply(i)) == i} for every index.
     *
     * @param value in {@code [0, n)}
     * @return the index in {@code [0, n)}
     * @throws IllegalArgumentException if {@code value} is outside {@code [0, n)}
     */
    public long invert(long value) {
        long v = checked(value);
        do {
            v = backward(v);
        } while (v >= n);
        return v;
    }

    @Override
    public String toString() {
        return "Scramble[n=" + n + "]";
    }

    private long checked(long x) {
        if (x < 0 || x >= n) {
            throw new IllegalArgumentException("must be in [0, " + n + "): " + x);
        }
        return x;
    }

    /**
     * One pass of the network, written without swaps: each pair of rounds rewrites the high half
     * from the low one, then the low half from the high one, each masked to its own width.
     */
    private long forward(long v) {
        long high = v >>> lowBits;
        long low = v & lowMask;
        for (int i = 0; i < ROUNDS; i += 2) {
            high ^= round(i, low) & highMask;
            low ^= round(i + 1, high) & lowMask;
        }
        return (high << lowBits) | low;
    }

    private long backward(long v) {
        long high = v >>> lowBits;
        long low = v & lowMask;
        for (int i = ROUNDS - 2; i >= 0; i -= 2) {
            low ^= round(i + 1, high) & lowMask;
            high ^= round(i, low) & highMask;
        }
        return (high << lowBits) | low;
    }

    private long round(int i, long half) {
        return mix(roundKeys[i] ^ (half * GOLDEN));
    }

    /** The SplitMix64 finaliser: a fast, well-mixing bijection on 64 bits. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
