package io.bankingsim.connectors.mock;

import java.util.Locale;

/**
 * The rules of the {@link MockFraudDetector}, each with the weight it adds to the risk score.
 * Weights combine as independent evidence: risk = 1 - product of (1 - weight) over the rules hit.
 * Immutable.
 */
public enum DetectorRule {
    /** At least 8 transactions on one account within 10 virtual minutes (this one included). */
    VELOCITY(0.55),
    /** At least 3 amounts of 5.00 or less on one account within one virtual hour: card testing. */
    MICRO_AMOUNTS(0.6),
    /** A debit above 1,000.00 and more than 10 times the account's mean amount so far (3+ seen). */
    AMOUNT_SPIKE(0.55),
    /** A transfer out or P2P payment from a device the customer first used in the last 24 hours. */
    NEW_DEVICE_TRANSFER(0.6),
    /** A transaction or login from another country than the first one seen for the customer. */
    FOREIGN_COUNTRY(0.35),
    /** An ATM withdrawal between 00:00 and 05:00 UTC. */
    NIGHT_ATM(0.35),
    /** An amount from 9,000.00 to 9,999.99: just under the 10,000 reporting threshold. */
    STRUCTURING(0.5);

    private final double weight;

    DetectorRule(double weight) {
        this.weight = weight;
    }

    /** How much a hit adds to the score, 0..1. */
    public double weight() {
        return weight;
    }

    /** The name reported in rule hits, e.g. {@code micro_amounts}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
