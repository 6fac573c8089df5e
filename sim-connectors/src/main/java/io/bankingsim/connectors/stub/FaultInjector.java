package io.bankingsim.connectors.stub;

import java.util.SplittableRandom;

/**
 * Decides, request by request in arrival order, which fault a request suffers. Two draws per
 * request from one seeded stream, whatever the outcome, so the n-th request always gets the same
 * fault for a given seed. Thread-safe (the draws are serialised).
 */
final class FaultInjector {

    /** What happens to one request. */
    enum Fault {
        /** Processed and answered normally. */
        NONE,
        /** Answered 503 without being processed. */
        ERROR,
        /** Processed, then the answer is held back for the hang time. */
        ANSWER_LOST,
        /** Held for the hang time, then answered 504 without being processed. */
        REQUEST_LOST
    }

    private final double errorRate;
    private final double timeoutRate;
    private final SplittableRandom random;

    FaultInjector(FaultSettings settings, long seed) {
        this.errorRate = settings.errorRate();
        this.timeoutRate = settings.timeoutRate();
        this.random = new SplittableRandom(seed);
    }

    synchronized Fault next() {
        double u = random.nextDouble();
        boolean firstHalf = random.nextDouble() < 0.5;
        if (u < errorRate) {
            return Fault.ERROR;
        }
        if (u < errorRate + timeoutRate) {
            return firstHalf ? Fault.ANSWER_LOST : Fault.REQUEST_LOST;
        }
        return Fault.NONE;
    }
}
