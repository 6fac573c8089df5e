package io.bankingsim.generators.standard;

import io.bankingsim.core.event.CustomerOnboarded.Identity;
import io.bankingsim.core.event.CustomerOnboarded.KycCheck;
import io.bankingsim.core.event.Device;
import io.bankingsim.core.event.Geo;
import io.bankingsim.core.event.ProductType;
import io.bankingsim.core.scenario.Scenario;
import io.bankingsim.core.spi.World;
import io.bankingsim.core.traffic.RandomStreams;
import io.bankingsim.generators.internal.Identities;
import io.bankingsim.generators.internal.Ids;
import io.bankingsim.generators.internal.Places;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The bank's customers and accounts in compact form. Per customer it keeps a few primitives (home
 * city, device kind, card limit) and per account the balance that everyday traffic tracks; all
 * else (identity, device, opening balances) is re-derived on demand from streams keyed by
 * (seed, customer index), so customer k is the same whatever the number of customers.
 *
 * <p>Ids follow {@link Ids}; account j of a customer is the j-th {@link ProductType} (checking
 * first).
 * Not thread-safe: balances are owned by the engine thread.
 */
final class Population {

    private static final int SLOTS = Ids.ACCOUNT_SLOTS;
    private static final long OVERDRAFT = 500;
    private static final double[] BALANCE_FACTOR = {1.0, 1.6, 0, 2.0};
    private static final ProductType[] PRODUCTS = ProductType.values();

    private final long seed;
    private final int count;
    private final int accounts;
    private final Currency currency;
    private final long minorPerMajor;
    private final double medianBalance;
    private final byte[] home;
    private final byte[] os;
    private final byte[] cardLimitHundreds;
    private final long[] balances;
    private final AliasTable activity;

    Population(Scenario scenario) {
        this.seed = scenario.seed();
        this.count = scenario.customers();
        this.accounts = scenario.accountsPerCustomer();
        this.currency = scenario.currency();
        this.minorPerMajor = (long) Math.pow(10, Math.max(0, currency.getDefaultFractionDigits()));
        this.medianBalance = scenario.initialBalance().doubleValue();
        this.home = new byte[count];
        this.os = new byte[count];
        this.cardLimitHundreds = new byte[count];
        this.balances = new long[count * accounts];
        double[] weights = new double[count];
        for (int k = 0; k < count; k++) {
            SplittableRandom r = RandomStreams.of(seed, "customer", k);
            home[k] = (byte) r.nextInt(Places.US_CITIES);
            os[k] = (byte) r.nextInt(Identities.osCount());
            cardLimitHundreds[k] = (byte) (20 + 5 * r.nextInt(17));
            weights[k] = RandomStreams.logNormal(r, 1, 1.0);
            for (int j = 0; j < accounts; j++) {
                balances[k * accounts + j] = openingBalance(k, j);
            }
        }
        this.activity = new AliasTable(weights);
    }

    int count() {
        return count;
    }

    int accounts() {
        return accounts;
    }

    Currency currency() {
        return currency;
    }

    long minorPerMajor() {
        return minorPerMajor;
    }

    /** A customer drawn by activity weight. */
    int sampleActive(SplittableRandom random) {
        return activity.sample(random);
    }

    static String customerId(int k) {
        return Ids.customer(k);
    }

    static String accountId(int k, int j) {
        return Ids.account(k, j);
    }

    static ProductType product(int j) {
        return PRODUCTS[j];
    }

    int homePlace(int k) {
        return home[k];
    }

    Geo home(int k) {
        return Places.geo(home[k]);
    }

    boolean usesPhone(int k) {
        return os[k] < Identities.mobileOsCount();
    }

    Device device(int k) {
        return Identities.device(RandomStreams.of(seed, "device", k), os[k], home(k));
    }

    Identity identity(int k) {
        return Identities.identity(RandomStreams.of(seed, "identity", k), home[k]);
    }

    /** The checks of a genuine applicant: everything passes, long-lived e-mail and phone. */
    KycCheck kyc(int k) {
        SplittableRandom r = RandomStreams.of(seed, "kyc", k);
        return new KycCheck(true, true, r.nextInt(400, 7000), r.nextInt(400, 9000), true, "verified");
    }

    /** Opening balance of account j in minor units: log-normal around the scenario's initial balance. */
    long openingBalance(int k, int j) {
        double factor = BALANCE_FACTOR[j];
        if (factor == 0) {
            return 0;
        }
        SplittableRandom r = RandomStreams.of(seed, "account", (long) k * SLOTS + j);
        return Math.round(RandomStreams.logNormal(r, medianBalance * factor, 0.5) * minorPerMajor);
    }

    /** Credit beyond the balance in minor units: the card's limit, a small overdraft on checking. */
    long creditLimit(int k, int j) {
        return switch (PRODUCTS[j]) {
            case CHECKING -> OVERDRAFT * minorPerMajor;
            case CREDIT_CARD -> cardLimitHundreds[k] * 100L * minorPerMajor;
            default -> 0;
        };
    }

    /** The tracked balance of account j in minor units (negative when credit is in use). */
    long balance(int k, int j) {
        return balances[k * accounts + j];
    }

    /** Money that account j can still pay out: balance plus credit limit. */
    long available(int k, int j) {
        return balance(k, j) + creditLimit(k, j);
    }

    void add(int k, int j, long minorUnits) {
        balances[k * accounts + j] += minorUnits;
    }

    World.Customer customer(int k) {
        List<String> ids = new ArrayList<>(accounts);
        for (int j = 0; j < accounts; j++) {
            ids.add(accountId(k, j));
        }
        return new World.Customer(k, customerId(k), ids, home(k), device(k));
    }
}
