package io.bankingsim.core.scenario;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How much fraud there is and what kind. Immutable.
 *
 * @param rate expected fraction of all transactions that are fraudulent, 0 to less than 1
 * @param attackWindow the daily hours in which campaigns start, or {@code null} for any hour
 * @param patterns the patterns that make up the fraud; empty means every registered pattern with
 *     weight 1
 */
public record Fraud(double rate, HourWindow attackWindow, List<PatternSettings> patterns) {

    public static final Fraud DEFAULTS = new Fraud(0.001, null, List.of());

    /** The fraud pattern types the simulator knows; plug-ins may register more. */
    public static final List<String> BUILT_IN_PATTERNS = List.of("card_testing", "account_takeover",
            "velocity_attack", "large_amount", "unusual_location", "layering", "structuring", "smurfing",
            "synthetic_identity", "bust_out", "mule_network");

    public Fraud {
        Objects.requireNonNull(patterns, "patterns");
        patterns = List.copyOf(patterns);
        if (!(rate >= 0) || rate >= 1) {
            throw new IllegalArgumentException("fraud rate must be at least 0 and below 1: " + rate);
        }
    }

    /** The attack window, if campaigns are confined to one. */
    public Optional<HourWindow> window() {
        return Optional.ofNullable(attackWindow);
    }

    /** The same settings with the patterns replaced. */
    public Fraud withPatterns(List<PatternSettings> newPatterns) {
        return new Fraud(rate, attackWindow, newPatterns);
    }
}
