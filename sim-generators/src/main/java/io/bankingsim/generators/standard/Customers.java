package io.bankingsim.generators.standard;

import io.bankingsim.core.event.Card;
import io.bankingsim.core.event.Device;
import io.bankingsim.core.event.Geo;
import io.bankingsim.core.spi.World;
import io.bankingsim.core.traffic.RandomStreams;
import io.bankingsim.generators.internal.Ids;
import io.bankingsim.generators.internal.Scramble;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Customer facts that depend on the population as a whole: ids, account ids, cards, circles of
 * friends, travel and the devices in use. Friends: the book is shuffled by a keyed permutation
 * and cut into circles of eight, so friendship is mutual and stable; customers who joined during
 * the run have friends drawn from the book. Travel: each customer is away for some weeks (2% to
 * 6% of weeks by segment), in another city of the country or abroad; card-present payments, ATM
 * withdrawals and the location of their devices' IPs follow them. Not thread-safe (engine thread).
 */
final class Customers {

    private static final int CIRCLE = 8;
    /** Entries of the direct-mapped caches of cards and home devices (a power of two). */
    private static final int CACHE = 1 << 14;
    private static final double[] TRAVEL = {0.02, 0.02, 0.03, 0.02, 0.06};

    private final Population population;
    private final Merchants merchants;
    private final Ids ids;
    private final Numbering numbering;
    private final Scramble circles;
    private final long seed;
    private final long[] idKeys = new long[CACHE];
    private final String[] customerIds = new String[CACHE];
    private final long[] accountKeys = new long[CACHE];
    private final String[] accountIds = new String[CACHE];
    private final long[] cardKeys = new long[CACHE];
    private final Card[] cards = new Card[CACHE];
    private final long[] deviceKeys = new long[CACHE];
    private final Device[] devices = new Device[CACHE];

    Customers(Population population, Merchants merchants, Ids ids, Numbering numbering) {
        this.population = population;
        this.merchants = merchants;
        this.ids = ids;
        this.numbering = numbering;
        this.seed = population.seed();
        this.circles = new Scramble(RandomStreams.mix(seed, "friends", 0), Math.max(1, population.initialCount()));
    }

    /** Customer k's id; recently used ids are cached (a pure function of k). */
    String id(int k) {
        int at = k & (CACHE - 1);
        if (idKeys[at] != k + 1L) {
            customerIds[at] = ids.customer(k);
            idKeys[at] = k + 1L;
        }
        return customerIds[at];
    }

    /** The id of customer k's account in slot j; recently used ids are cached. */
    String accountId(int k, int j) {
        long key = (long) k * 4 + j;
        int at = (int) (key & (CACHE - 1));
        if (accountKeys[at] != key + 1) {
            accountIds[at] = ids.account(k, population.product(k, j).ordinal());
            accountKeys[at] = key + 1;
        }
        return accountIds[at];
    }

    String accountNumber(int k, int j) {
        return numbering.accountNumber(k, population.product(k, j), population.cityIndex(k));
    }

    /** The card drawn on slot j, or {@code null}. Recently used cards are cached (a pure function of k and j). */
    Card card(int k, int j) {
        long key = (long) k * 4 + j;
        int at = (int) (key & (CACHE - 1));
        if (cardKeys[at] != key + 1) {
            cards[at] = numbering.card(k, population.product(k, j), population.segment(k));
            cardKeys[at] = key + 1;
        }
        return cards[at];
    }

    /** How often customer k pays by credit card when holding one (0.2 to 0.8). */
    double creditCardShare(int k) {
        return 0.2 + 0.6 * ((RandomStreams.mix(seed, "credit-share", k) >>> 11) * 0x1.0p-53);
    }

    /** A friend of customer k (another customer), or -1 when the bank has only one customer. */
    int friend(int k, SplittableRandom r) {
        int book = population.initialCount();
        if (book < 2) {
            return -1;
        }
        if (k >= book) {
            return r.nextInt(book);
        }
        long position = circles.apply(k);
        long first = position / CIRCLE * CIRCLE;
        int size = (int) Math.min(CIRCLE, book - first);
        if (size < 2) {
            int other = r.nextInt(book - 1);
            return other >= k ? other + 1 : other;
        }
        long other = first + r.nextInt(size - 1);
        if (other >= position) {
            other++;
        }
        return (int) circles.invert(other);
    }

    /**
     * Where customer k is on a day: their home city's place index, or the place (another city,
     * or a destination abroad) they travel to that week.
     */
    int travelling(int k, long epochDay) {
        long week = Math.floorDiv(epochDay + 3, 7);
        long h = RandomStreams.mix(seed, "travel", (long) k * 8192 + (week & 8191));
        double u = (h >>> 11) * 0x1.0p-53;
        if (u >= TRAVEL[population.segment(k).ordinal()]) {
            return population.cityIndex(k);
        }
        return merchants.destination(population.cityIndex(k), h);
    }

    /** Customer k's phone or computer as used on a day: its IP located where the customer is. */
    Device device(int k, boolean phone, long epochDay) {
        int place = travelling(k, epochDay);
        long key = (long) k * 2 + (phone ? 1 : 0);
        int at = (int) (key & (CACHE - 1));
        if (deviceKeys[at] != key + 1) {
            devices[at] = population.facts().device(k, phone, merchants.geo(population.cityIndex(k)));
            deviceKeys[at] = key + 1;
        }
        Device home = devices[at];
        if (place == population.cityIndex(k)) {
            return home;
        }
        long week = Math.floorDiv(epochDay + 3, 7);
        String ip = CustomerFacts.publicIp(RandomStreams.of(seed, "travel-ip", (long) k * 8192 + (week & 8191)));
        return new Device(home.fingerprint(), home.os(), ip, merchants.geo(place));
    }

    /** Customer k as fraud patterns see it. */
    World.Customer customer(int k) {
        List<String> accounts = new ArrayList<>(population.accounts());
        Map<String, Card> cards = new LinkedHashMap<>();
        for (int j = 0; j < population.accounts(); j++) {
            String account = accountId(k, j);
            accounts.add(account);
            Card card = card(k, j);
            if (card != null) {
                cards.put(account, card);
            }
        }
        Geo home = merchants.geo(population.cityIndex(k));
        boolean phone = population.hasPhone(k) || !population.hasComputer(k);
        return new World.Customer(k, id(k), accounts, home, population.facts().device(k, phone, home), cards);
    }

    /**
     * A customer who is not in the bank (synthetic identities): index above every applicant's,
     * profile from the same streams as everyone's, and the accounts and cards a customer of their
     * segment would open.
     */
    World.Customer outsider(long number) {
        long index = (long) population.initialCount() + (1L << 24) + number;
        if (number < 0 || index > Ids.MAX_CUSTOMER_INDEX) {
            throw new IllegalArgumentException("no room for new customer number " + number);
        }
        return customer((int) index);
    }
}
