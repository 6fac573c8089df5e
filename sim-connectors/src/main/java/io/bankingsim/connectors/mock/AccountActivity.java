package io.bankingsim.connectors.mock;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The detector's memory of each account, in flat primitive arrays indexed by account: ring
 * buffers of recent transaction times and of recent micro-amount times (virtual seconds since the
 * detector's first event), and the count and sum of amounts for the running mean. About 60 bytes
 * per account besides the id index. Not thread-safe.
 */
final class AccountActivity {

    static final int EMPTY = Integer.MIN_VALUE;

    private final int velocitySlots;
    private final int microSlots;
    private final Map<String, Integer> index = new HashMap<>();
    private int size;
    private int[] recent;
    private byte[] recentNext;
    private int[] micro;
    private byte[] microNext;
    private int[] count;
    private long[] sum;

    AccountActivity(int velocitySlots, int microSlots) {
        if (velocitySlots < 1 || velocitySlots > 127 || microSlots < 1 || microSlots > 127) {
            throw new IllegalArgumentException("ring sizes must be 1..127");
        }
        this.velocitySlots = velocitySlots;
        this.microSlots = microSlots;
        allocate(256);
    }

    /** The index of an account, adding it when first seen. */
    int account(String accountId) {
        Integer known = index.get(accountId);
        if (known != null) {
            return known;
        }
        if (size == count.length) {
            allocate(size * 2);
        }
        index.put(accountId, size);
        return size++;
    }

    /**
     * Records a transaction time and returns the time of the {@code velocitySlots}-th most recent
     * one, this one included, or {@link #EMPTY} when there were fewer.
     */
    int recordTransaction(int account, int second) {
        return record(recent, recentNext, velocitySlots, account, second);
    }

    /** As {@link #recordTransaction} for micro amounts, with {@code microSlots}. */
    int recordMicro(int account, int second) {
        return record(micro, microNext, microSlots, account, second);
    }

    private static int record(int[] ring, byte[] next, int slots, int account, int second) {
        int base = account * slots;
        int at = next[account];
        ring[base + at] = second;
        at = at + 1 == slots ? 0 : at + 1;
        next[account] = (byte) at;
        return ring[base + at];
    }

    /** Number of amounts seen before on the account. */
    int amountCount(int account) {
        return count[account];
    }

    /** Mean of the amounts seen before, in minor units; 0 when none. */
    double meanAmount(int account) {
        return count[account] == 0 ? 0 : (double) sum[account] / count[account];
    }

    void recordAmount(int account, long minorUnits) {
        count[account]++;
        sum[account] += minorUnits;
    }

    private void allocate(int capacity) {
        int old = count == null ? 0 : count.length;
        recent = grow(recent, capacity * velocitySlots);
        micro = grow(micro, capacity * microSlots);
        Arrays.fill(recent, old * velocitySlots, recent.length, EMPTY);
        Arrays.fill(micro, old * microSlots, micro.length, EMPTY);
        recentNext = recentNext == null ? new byte[capacity] : Arrays.copyOf(recentNext, capacity);
        microNext = microNext == null ? new byte[capacity] : Arrays.copyOf(microNext, capacity);
        count = grow(count, capacity);
        sum = sum == null ? new long[capacity] : Arrays.copyOf(sum, capacity);
    }

    private static int[] grow(int[] array, int length) {
        return array == null ? new int[length] : Arrays.copyOf(array, length);
    }
}
