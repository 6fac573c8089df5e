package io.bankingsim.core.traffic;

import java.util.SplittableRandom;

/**
 * Arrival instants of a non-homogeneous Poisson process whose intensity is an
 * {@link ArrivalIntensity} times a constant factor, drawn lazily, one at a time, exactly (no
 * thinning): each gap is an exponential draw consumed across the piecewise-constant intensity.
 * Not thread-safe: one owner, typically one event source.
 */
public final class PoissonArrivals {

    private final ArrivalIntensity intensity;
    private final double factor;
    private final SplittableRandom random;
    private long now;
    private int piece;

    /**
     * @param intensity the shape of the process
     * @param factor multiplier of the intensity (e.g. 1 - fraud rate); zero or more
     * @param random the stream the gaps are drawn from
     */
    public PoissonArrivals(ArrivalIntensity intensity, double factor, SplittableRandom random) {
        if (!(factor >= 0)) {
            throw new IllegalArgumentException("factor must be zero or more: " + factor);
        }
        this.intensity = intensity;
        this.factor = factor;
        this.random = random;
        this.now = intensity.startNanos();
        this.piece = 0;
    }

    /**
     * The next arrival in epoch nanos, or {@link Long#MAX_VALUE} when there is none before the end
     * of the intensity's interval.
     */
    public long next() {
        if (piece >= intensity.pieces()) {
            return Long.MAX_VALUE;
        }
        double need = RandomStreams.exponential(random);
        while (piece < intensity.pieces()) {
            double rate = intensity.pieceRate(piece) * factor;
            long pieceEnd = intensity.pieceStart(piece + 1);
            double available = rate * (pieceEnd - now) / 1e9;
            if (rate > 0 && available >= need) {
                now = now + Math.max(1, (long) (need / rate * 1e9));
                if (now >= pieceEnd) {
                    now = pieceEnd;
                    piece++;
                }
                return now < intensity.endNanos() ? now : Long.MAX_VALUE;
            }
            need -= available;
            now = pieceEnd;
            piece++;
        }
        return Long.MAX_VALUE;
    }
}
