package io.bankingsim.core.spi;

import io.bankingsim.core.event.Device;
import io.bankingsim.core.event.Geo;
import io.bankingsim.core.event.Merchant;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The simulated bank as fraud patterns see it: who its customers are, where they live, what
 * devices they use, where they shop. Provided by the {@link TrafficGenerator} that built the
 * population; read-only for patterns.
 *
 * <p>Implementations are safe to call from the engine thread; they need not be thread-safe.
 */
public interface World {

    /** Number of customers at the start of the run (indices 0..customerCount-1). */
    int customerCount();

    /** The customer at an index, re-derived on demand (cheap to call, not cached by callers). */
    Customer customer(int index);

    /** A merchant drawn from the catalogue. */
    Merchant merchant(SplittableRandom random);

    /** A merchant of a given ISO 18245 category code, or any merchant when the catalogue has none. */
    Merchant merchant(String mcc, SplittableRandom random);

    /** A place in another country than {@code home}, for travel and foreign fraud. */
    Geo foreignPlace(Geo home, SplittableRandom random);

    /** A device nobody in the bank has used, located at {@code where}. */
    Device newDevice(Geo where, SplittableRandom random);

    /**
     * What a pattern may know about a customer.
     *
     * @param index the customer's index
     * @param customerId the customer's id in events
     * @param accountIds the customer's account ids, the first one the main (checking) account
     * @param home where the customer lives
     * @param device the customer's usual device and home IP
     */
    record Customer(int index, String customerId, List<String> accountIds, Geo home, Device device) {
        public Customer {
            accountIds = List.copyOf(accountIds);
            if (accountIds.isEmpty()) {
                throw new IllegalArgumentException("a customer has at least one account");
            }
        }
    }
}
