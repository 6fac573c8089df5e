package io.bankingsim.generators.internal;

/**
 * The id formats of the built-in population: customer {@code C} + 8 digits of its index, account
 * {@code A} + 9 digits of {@code index * 4 + j} (slot j per product type). One format for every
 * customer, genuine or not, so that ids tell nothing. Internal to sim-generators (not an API).
 * Stateless and thread-safe.
 */
public final class Ids {

    /** Account slots reserved per customer in the account id space. */
    public static final int ACCOUNT_SLOTS = 4;

    /** The largest customer index the format can hold. */
    public static final int MAX_CUSTOMER_INDEX = 99_999_999;

    private Ids() {
    }

    /** Customer id, e.g. {@code C00000042}. */
    public static String customer(int index) {
        return padded('C', index, 8);
    }

    /** Account id of slot {@code j} of a customer, e.g. {@code A000000168}. */
    public static String account(int customerIndex, int j) {
        if (j < 0 || j >= ACCOUNT_SLOTS) {
            throw new IllegalArgumentException("account slot must be 0.." + (ACCOUNT_SLOTS - 1) + ": " + j);
        }
        return padded('A', (long) customerIndex * ACCOUNT_SLOTS + j, 9);
    }

    private static String padded(char prefix, long value, int width) {
        if (value < 0) {
            throw new IllegalArgumentException("negative index " + value);
        }
        char[] out = new char[width + 1];
        out[0] = prefix;
        long v = value;
        for (int i = width; i >= 1; i--) {
            out[i] = (char) ('0' + v % 10);
            v /= 10;
        }
        if (v != 0) {
            throw new IllegalArgumentException("index too large for " + width + " digits: " + value);
        }
        return new String(out);
    }
}
