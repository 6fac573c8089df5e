package io.bankingsim.connectors.mock;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The detector's memory of each customer, in flat arrays indexed by customer: the first country
 * seen, the hash of the first device's fingerprint, and a small ring of the devices seen
 * (fingerprint hash and when each was first seen, in virtual seconds). Not thread-safe.
 */
final class CustomerProfile {

    /** {@link #newDeviceSince} of a customer's first device. */
    static final int NOT_NEW = Integer.MIN_VALUE;

    private final int deviceSlots;
    private final Map<String, Integer> index = new HashMap<>();
    private int size;
    private String[] homeCountry;
    private int[] deviceHash;
    private int[] deviceSince;
    private int[] firstDevice;
    private byte[] deviceHeld;
    private byte[] deviceNext;

    CustomerProfile(int deviceSlots) {
        if (deviceSlots < 1 || deviceSlots > 127) {
            throw new IllegalArgumentException("device slots must be 1..127");
        }
        this.deviceSlots = deviceSlots;
        allocate(256);
    }

    /** The index of a customer, adding them when first seen. */
    int customer(String customerId) {
        Integer known = index.get(customerId);
        if (known != null) {
            return known;
        }
        if (size == homeCountry.length) {
            allocate(size * 2);
        }
        index.put(customerId, size);
        return size++;
    }

    /**
     * Whether {@code country} differs from the customer's first-seen country; the first country
     * seen becomes that country. A {@code null} country is never foreign.
     */
    boolean foreign(int customer, String country) {
        if (country == null) {
            return false;
        }
        String home = homeCountry[customer];
        if (home == null) {
            homeCountry[customer] = country;
            return false;
        }
        return !home.equals(country);
    }

    /**
     * Records the device and returns the virtual second it was first seen for this customer, or
     * {@link #NOT_NEW} when it is the customer's first device (which is never "new"). When the
     * ring is full the device seen first is forgotten.
     */
    int newDeviceSince(int customer, String fingerprint, int second) {
        int hash = fingerprint.hashCode();
        int base = customer * deviceSlots;
        int held = deviceHeld[customer];
        if (held == 0) {
            firstDevice[customer] = hash;
        } else if (hash == firstDevice[customer]) {
            return NOT_NEW;
        }
        for (int i = 0; i < held; i++) {
            if (deviceHash[base + i] == hash) {
                return deviceSince[base + i];
            }
        }
        int slot = deviceNext[customer];
        deviceHash[base + slot] = hash;
        deviceSince[base + slot] = second;
        deviceNext[customer] = (byte) (slot + 1 == deviceSlots ? 0 : slot + 1);
        deviceHeld[customer] = (byte) Math.min(held + 1, deviceSlots);
        return held == 0 ? NOT_NEW : second;
    }

    private void allocate(int capacity) {
        homeCountry = homeCountry == null ? new String[capacity] : Arrays.copyOf(homeCountry, capacity);
        deviceHash = grow(deviceHash, capacity * deviceSlots);
        deviceSince = grow(deviceSince, capacity * deviceSlots);
        firstDevice = grow(firstDevice, capacity);
        deviceHeld = deviceHeld == null ? new byte[capacity] : Arrays.copyOf(deviceHeld, capacity);
        deviceNext = deviceNext == null ? new byte[capacity] : Arrays.copyOf(deviceNext, capacity);
    }

    private static int[] grow(int[] array, int length) {
        return array == null ? new int[length] : Arrays.copyOf(array, length);
    }
}
