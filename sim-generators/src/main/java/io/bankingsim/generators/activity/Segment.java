package io.bankingsim.generators.activity;

import java.util.Locale;

/**
 * The customer segments of the standard population, each with its own income, balances and
 * spending. Shares follow a typical retail bank's book: mostly salaried people, then retirees,
 * students, small-business owners and a few high-net-worth clients. Immutable.
 */
public enum Segment {
    /** Students: small income (allowance, part-time work), small balances, frequent small spending. */
    STUDENT(0.12, 18, 26, 900, 0.35, 0.25, 0.6),
    /** Employees paid twice a month. */
    SALARIED(0.52, 23, 66, 4_200, 0.45, 1.0, 1.0),
    /** Retirees: a pension early in the month, branch and ATM more than mobile. */
    RETIREE(0.20, 62, 92, 2_600, 0.40, 1.6, 0.8),
    /** Owners of small businesses: customer payments in, suppliers out, a business account. */
    SMALL_BUSINESS(0.11, 25, 72, 7_500, 0.70, 2.2, 1.5),
    /** Affluent clients: large balances, large and less frequent payments. */
    HIGH_NET_WORTH(0.05, 35, 85, 22_000, 0.60, 8.0, 3.0);

    private final double share;
    private final int minAge;
    private final int maxAge;
    private final double medianMonthlyIncome;
    private final double incomeSigma;
    private final double balanceFactor;
    private final double spendingFactor;

    Segment(double share, int minAge, int maxAge, double medianMonthlyIncome, double incomeSigma,
            double balanceFactor, double spendingFactor) {
        this.share = share;
        this.minAge = minAge;
        this.maxAge = maxAge;
        this.medianMonthlyIncome = medianMonthlyIncome;
        this.incomeSigma = incomeSigma;
        this.balanceFactor = balanceFactor;
        this.spendingFactor = spendingFactor;
    }

    /** The segment's id in event logs and configuration, e.g. {@code small_business}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Share of the population in this segment (the shares sum to 1). */
    public double share() {
        return share;
    }

    /** Youngest age of a customer of this segment, in years. */
    public int minAge() {
        return minAge;
    }

    /** Oldest age of a customer of this segment, in years. */
    public int maxAge() {
        return maxAge;
    }

    /** Median monthly income in US dollars (scaled to other currencies by the generator). */
    public double medianMonthlyIncome() {
        return medianMonthlyIncome;
    }

    /** Log-normal spread of monthly income around the median. */
    public double incomeSigma() {
        return incomeSigma;
    }

    /** Opening balances as a multiple of the scenario's {@code initial_balance}. */
    public double balanceFactor() {
        return balanceFactor;
    }

    /**
     * How much more (or less) this segment spends per payment than the template's amounts say,
     * for templates scaled by {@link TransactionTemplate.Scaling#SPENDING}.
     */
    public double spendingFactor() {
        return spendingFactor;
    }
}
