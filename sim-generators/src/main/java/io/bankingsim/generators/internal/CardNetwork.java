package io.bankingsim.generators.internal;

/**
 * The card networks whose primary account numbers (PANs) {@link BankNumbers} can generate, with
 * the length of their PANs. Immutable and thread-safe.
 */
public enum CardNetwork {

    /** Visa: 16 digits starting with 4. */
    VISA("visa", 16),
    /** Mastercard: 16 digits starting with 51-55 or 2221-2720. */
    MASTERCARD("mastercard", 16),
    /** American Express: 15 digits starting with 34 or 37. */
    AMEX("amex", 15);

    private final String label;
    private final int length;

    CardNetwork(String label, int length) {
        this.label = label;
        this.length = length;
    }

    /** The lower-case name used in events and scenarios, e.g. {@code "visa"}. */
    public String label() {
        return label;
    }

    /** The number of digits of a PAN of this network, check digit included. */
    public int length() {
        return length;
    }
}
