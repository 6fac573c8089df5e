package io.bankingsim.core.traffic;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Independent, reproducible random streams derived from (seed, name, index), so that every
 * customer, campaign or traffic source draws from its own stream: laziness, sharding and
 * parallelism then cannot change what is generated. Stateless and thread-safe; the streams it
 * returns are not thread-safe (one owner each).
 */
public final class RandomStreams {

    private RandomStreams() {
    }

    /** The stream for entity {@code index} of kind {@code name} under {@code seed}. */
    public static SplittableRandom of(long seed, String name, long index) {
        return new SplittableRandom(mix(seed, name, index));
    }

    /** A 64-bit value derived from (seed, name, index), well mixed (SplitMix64 finaliser). */
    public static long mix(long seed, String name, long index) {
        long h = seed;
        h = splitMix(h ^ fnv1a(name));
        h = splitMix(h ^ index);
        return h;
    }

    /**
     * A random version-4 UUID string from the given stream, e.g. for event ids: the same format
     * for every kind of event, so that ids tell nothing about what made them.
     */
    public static String uuid(SplittableRandom random) {
        long hi = (random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
        long lo = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new java.util.UUID(hi, lo).toString();
    }

    /** A draw from the log-normal distribution with the given median and shape sigma. */
    public static double logNormal(SplittableRandom random, double median, double sigma) {
        return median * Math.exp(sigma * gaussian(random));
    }

    /** A standard normal draw (Box-Muller; uses two uniforms). */
    public static double gaussian(SplittableRandom random) {
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    /** An exponential draw with mean 1. */
    public static double exponential(SplittableRandom random) {
        return -Math.log(1.0 - random.nextDouble());
    }

    static long splitMix(long z) {
        z += 0x9e3779b97f4a7c15L;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** FNV-1a over the name's UTF-8 bytes; ASCII names (the usual case) are hashed without allocating. */
    private static long fnv1a(String s) {
        long h = 0xcbf29ce484222325L;
        int n = s.length();
        boolean ascii = true;
        for (int i = 0; i < n && ascii; i++) {
            ascii = s.charAt(i) < 0x80;
        }
        if (ascii) {
            for (int i = 0; i < n; i++) {
                h ^= s.charAt(i);
                h *= 0x100000001b3L;
            }
            return h;
        }
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }
}
