package io.bankingsim.core.spi;

import io.bankingsim.core.event.Card;
import io.bankingsim.core.event.CustomerOnboarded;
import io.bankingsim.core.event.Device;
import io.bankingsim.core.event.Geo;
import io.bankingsim.core.event.Merchant;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** A merchant drawn from the catalogue, one that customers pay online (card-not-present fraud pays there). */
    Merchant merchant(SplittableRandom random);

    /** A merchant of a given ISO 18245 category code, or any merchant when the catalogue has none. */
    Merchant merchant(String mcc, SplittableRandom random);

    /** A place in another country than {@code home}, for travel and foreign fraud. */
    Geo foreignPlace(Geo home, SplittableRandom random);

    /** A device nobody in the bank has used, located at {@code where}. */
    Device newDevice(Geo where, SplittableRandom random);

    /**
     * A merchant of a given category code located at {@code place} (a store in that city, a shop
     * abroad), with an id from the same catalogue as everyone's. The default ignores the place.
     */
    default Merchant merchantAt(String mcc, Geo place, SplittableRandom random) {
        return merchant(mcc, random);
    }

    /**
     * The bank's branch number {@code which} (taken modulo the number of branches) in the city of
     * {@code place}, where branch business is done: what a transaction made in a branch names as
     * its merchant. The default (and a place without branches) gives {@code null}.
     */
    default Merchant branch(Geo place, int which) {
        return null;
    }

    /**
     * A customer who is not in the bank yet, for patterns that open a new relationship (a
     * synthetic identity): ids in the bank's own formats, never those of an existing customer or
     * of a genuine applicant, a home in the bank's country and a device of their own. The same
     * {@code number} gives the same customer.
     *
     * @throws UnsupportedOperationException when the generator cannot make new customers
     */
    default Customer newCustomer(long number) {
        throw new UnsupportedOperationException(getClass().getName() + " makes no new customers");
    }

    /**
     * The onboarding the bank records when {@code customer} (one from {@link #newCustomer})
     * applies: their identity, the given identity checks, and the application made through
     * {@code channel} ({@code ONLINE}, {@code MOBILE} or {@code BRANCH}) with their segment and
     * declared income, exactly as for a genuine applicant.
     *
     * @throws UnsupportedOperationException when the generator does not model onboarding
     */
    default CustomerOnboarded onboarding(String eventId, java.time.Instant time, Customer customer,
                                         CustomerOnboarded.KycCheck checks, io.bankingsim.core.event.Channel channel,
                                         io.bankingsim.core.event.GroundTruth truth) {
        throw new UnsupportedOperationException(getClass().getName() + " models no onboarding");
    }

    /**
     * The opening of one of a customer's accounts as the bank records it: product, opening
     * balance, credit limit, printed number and card, exactly as for a genuine customer.
     *
     * @throws UnsupportedOperationException when the generator does not model account openings
     */
    default io.bankingsim.core.event.AccountOpened accountOpening(String eventId, java.time.Instant time,
                                                                  Customer customer, String accountId,
                                                                  io.bankingsim.core.event.GroundTruth truth) {
        throw new UnsupportedOperationException(getClass().getName() + " models no account openings");
    }

    /**
     * Tells the generator that a customer vanishes at {@code from} (a bust-out: the person behind
     * the account stops using it): their everyday activity stops from then on. A generator that
     * cannot do this ignores it.
     */
    default void silence(Customer customer, java.time.Instant from) {
    }

    /**
     * The number printed for one of a customer's accounts (an IBAN or a domestic account number,
     * as in {@link io.bankingsim.core.event.AccountOpened#accountNumber()}), or {@code null} when
     * the generator prints none.
     */
    default String accountNumber(Customer customer, String accountId) {
        return null;
    }

    /**
     * The identity a customer (existing or from {@link #newCustomer}) is known by: name, date of
     * birth, contact details, national id and address, made the same way for everyone.
     *
     * @throws UnsupportedOperationException when the generator does not model identities
     */
    default CustomerOnboarded.Identity identity(Customer customer) {
        throw new UnsupportedOperationException(getClass().getName() + " models no identities");
    }

    /**
     * What a pattern may know about a customer.
     *
     * @param index the customer's index
     * @param customerId the customer's id in events
     * @param accountIds the customer's account ids, the first one the main (checking) account
     * @param home where the customer lives
     * @param device the customer's usual device and home IP
     * @param cards the cards by the id of the account they draw on (debit cards of checking and
     *     business accounts, the card of a credit-card account), in the order of {@code accountIds}
     */
    record Customer(int index, String customerId, List<String> accountIds, Geo home, Device device,
                    Map<String, Card> cards) {
        public Customer {
            accountIds = List.copyOf(accountIds);
            if (accountIds.isEmpty()) {
                throw new IllegalArgumentException("a customer has at least one account");
            }
            Map<String, Card> ordered = new LinkedHashMap<>();
            for (String account : accountIds) {
                Card card = cards.get(account);
                if (card != null) {
                    ordered.put(account, card);
                }
            }
            if (ordered.size() != cards.size()) {
                throw new IllegalArgumentException("a card draws on an account the customer does not hold");
            }
            cards = Collections.unmodifiableMap(ordered);
        }

        /** A customer without cards. */
        public Customer(int index, String customerId, List<String> accountIds, Geo home, Device device) {
            this(index, customerId, accountIds, home, device, Map.of());
        }
    }
}
