package io.bankingsim.core.scenario;

/**
 * The arrival intensity of everyday transactions. Rates are transactions per wall-clock second
 * at the scenario's own {@code speed_multiplier} ({@code referenceSpeed}); the simulated world
 * they imply does not change when a run is sped up or slowed down, only its pace does. In virtual
 * time the intensity is {@code tps / referenceSpeed} transactions per virtual second. Immutable.
 *
 * @param peakTps rate inside business hours on a weekday
 * @param offPeakTps rate outside business hours
 * @param businessHours the peak window
 * @param weekendMultiplier factor on Saturdays and Sundays (0 = closed)
 * @param referenceSpeed the scenario's {@code speed_multiplier} that the rates refer to
 */
public record TransactionRate(double peakTps, double offPeakTps, HourWindow businessHours, double weekendMultiplier,
                              double referenceSpeed) {

    public static final TransactionRate DEFAULTS = new TransactionRate(10, 2, new HourWindow(8, 18), 0.3, 100);

    public TransactionRate {
        if (!(peakTps >= 0) || !(offPeakTps >= 0) || !(weekendMultiplier >= 0)) {
            throw new IllegalArgumentException("rates and weekend multiplier must be zero or more");
        }
        if (!(referenceSpeed > 0) || Double.isInfinite(referenceSpeed)) {
            throw new IllegalArgumentException("reference speed must be a positive number: " + referenceSpeed);
        }
    }

    /** Transactions per virtual second at the given hour, on a weekday or a weekend day. */
    public double perVirtualSecond(int hourOfDay, boolean weekend) {
        double tps = businessHours.contains(hourOfDay) ? peakTps : offPeakTps;
        return (weekend ? tps * weekendMultiplier : tps) / referenceSpeed;
    }

    public TransactionRate withReferenceSpeed(double speed) {
        return new TransactionRate(peakTps, offPeakTps, businessHours, weekendMultiplier, speed);
    }
}
