package io.bankingsim.generators.internal;

import io.bankingsim.core.traffic.RandomStreams;

/**
 * The id formats of the built-in population: customer {@code C} + 8 digits, account {@code A} +
 * 9 digits, merchant {@code M} + 7 digits. The digits are a keyed permutation ({@link Scramble})
 * of the customer's index (of {@code index * 4 + product} for accounts), so that ids are unique
 * and tell nothing: not the order of creation, not whether a customer was in the book at the
 * start or joined later, not whether a pattern made them. Immutable and thread-safe.
 */
public final class Ids {

    /** Account slots reserved per customer in the account id space (one per product type). */
    public static final int ACCOUNT_SLOTS = 4;

    /** The largest customer index the format can hold. */
    public static final int MAX_CUSTOMER_INDEX = 99_999_999;

    private final Scramble customers;
    private final Scramble accounts;
    private final Scramble merchants;

    /** The id formats of the run with this seed. */
    public Ids(long seed) {
        this.customers = new Scramble(RandomStreams.mix(seed, "customer-id", 0), 100_000_000L);
        this.accounts = new Scramble(RandomStreams.mix(seed, "account-id", 0), 1_000_000_000L);
        this.merchants = new Scramble(RandomStreams.mix(seed, "merchant-id", 0), 10_000_000L);
    }

    /** Customer id, e.g. {@code C48213077}. */
    public String customer(int index) {
        return padded('C', customers.apply(index), 8);
    }

    /** Account id of product slot {@code slot} (a product type's ordinal) of a customer. */
    public String account(int customerIndex, int slot) {
        if (slot < 0 || slot >= ACCOUNT_SLOTS) {
            throw new IllegalArgumentException("account slot must be 0.." + (ACCOUNT_SLOTS - 1) + ": " + slot);
        }
        return padded('A', accounts.apply((long) customerIndex * ACCOUNT_SLOTS + slot), 9);
    }

    /** Merchant id of the n-th merchant of the catalogue. */
    public String merchant(long n) {
        return padded('M', merchants.apply(n), 7);
    }

    private static String padded(char prefix, long value, int width) {
        char[] out = new char[width + 1];
        out[0] = prefix;
        long v = value;
        for (int i = width; i >= 1; i--) {
            out[i] = (char) ('0' + v % 10);
            v /= 10;
        }
        return new String(out);
    }
}
