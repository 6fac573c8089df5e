package io.bankingsim.generators.standard;

import io.bankingsim.core.event.ProductType;
import io.bankingsim.core.scenario.Scenario;
import io.bankingsim.core.traffic.RandomStreams;
import io.bankingsim.generators.activity.Segment;
import io.bankingsim.generators.internal.City;
import io.bankingsim.generators.internal.Country;

import java.util.Arrays;
import java.util.Currency;
import java.util.SplittableRandom;

/**
 * The bank's customers in compact form: per customer a segment, a home city, a device set and
 * one balance per account, in primitive arrays (about 40 bytes per customer with two accounts);
 * everything else (identity, income, cards, devices) is re-derived on demand by
 * {@link CustomerFacts} from streams keyed by (seed, customer index), so customer k is the same
 * whatever the number of customers. The book of customers at the start has indices
 * {@code 0..initialCount-1}; applicants accepted during the run are appended.
 *
 * <p>Which products a customer holds depends on the segment and {@code accounts_per_customer}:
 * checking first, then savings, credit card, business (business second for small businesses).
 * Not thread-safe: owned by the engine thread.
 */
final class Population {

    /** Held products in order of preference, per segment. */
    private static final ProductType[][] PREFERENCE = new ProductType[Segment.values().length][];

    static {
        for (Segment s : Segment.values()) {
            PREFERENCE[s.ordinal()] = s == Segment.SMALL_BUSINESS
                    ? new ProductType[] {ProductType.CHECKING, ProductType.BUSINESS, ProductType.CREDIT_CARD,
                        ProductType.SAVINGS}
                    : new ProductType[] {ProductType.CHECKING, ProductType.SAVINGS, ProductType.CREDIT_CARD,
                        ProductType.BUSINESS};
        }
    }

    private static final Segment[] SEGMENTS = Segment.values();
    private static final byte INACTIVE = 4;
    private static final double RAISE = 0.25;
    private static final int MAX_RAISES = 4;

    private final long seed;
    private final int initialCount;
    private final int accounts;
    private final Country country;
    private final Currency currency;
    private final long minorPerMajor;
    private final double currencyScale;
    private final double meanBalance;
    private final CustomerFacts facts;
    private final double[] segmentActivity;
    private final AliasTable activity;
    private final int[][] slotOfProduct;
    private byte[] segment;
    private short[] city;
    private float[] income;
    private byte[] limitRaises;
    private byte[] devices;
    private long[] balances;
    private int count;

    /**
     * @param segmentActivity per segment, how active its customers are (the sum of its templates'
     *     frequencies); a customer's activity weight is this times a personal log-normal factor
     */
    Population(Scenario scenario, Country country, double currencyScale, double[] segmentActivity) {
        this.seed = scenario.seed();
        this.initialCount = scenario.customers();
        this.accounts = scenario.accountsPerCustomer();
        this.country = country;
        this.currency = scenario.currency();
        this.minorPerMajor = (long) Math.pow(10, Math.max(0, currency.getDefaultFractionDigits()));
        this.currencyScale = currencyScale;
        this.meanBalance = scenario.initialBalance().doubleValue();
        this.facts = new CustomerFacts(seed, country, scenario.start());
        this.segmentActivity = java.util.Arrays.stream(segmentActivity).sum() > 0 ? segmentActivity.clone()
                : filled(segmentActivity.length);
        this.slotOfProduct = new int[SEGMENTS.length][ProductType.values().length];
        for (Segment s : SEGMENTS) {
            Arrays.fill(slotOfProduct[s.ordinal()], -1);
            for (int j = 0; j < accounts; j++) {
                slotOfProduct[s.ordinal()][PREFERENCE[s.ordinal()][j].ordinal()] = j;
            }
        }
        int capacity = initialCount;
        this.segment = new byte[capacity];
        this.city = new short[capacity];
        this.income = new float[capacity];
        this.limitRaises = new byte[capacity];
        this.devices = new byte[capacity];
        this.balances = new long[capacity * accounts];
        double[] weights = new double[initialCount];
        for (int k = 0; k < initialCount; k++) {
            weights[k] = admit(k);
        }
        this.activity = new AliasTable(weights);
    }

    /** Every segment equally active: when no template is drawn at random arrivals (only standing orders). */
    private static double[] filled(int n) {
        double[] ones = new double[n];
        java.util.Arrays.fill(ones, 1);
        return ones;
    }

    /**
     * Adds the customer with the next index (an accepted applicant) and returns its index. The
     * customer's profile comes from the same streams as the book's.
     */
    int admitNext(boolean active) {
        int k = count;
        if (k == segment.length) {
            int capacity = Math.max(16, k + (k >> 1));
            segment = Arrays.copyOf(segment, capacity);
            city = Arrays.copyOf(city, capacity);
            income = Arrays.copyOf(income, capacity);
            limitRaises = Arrays.copyOf(limitRaises, capacity);
            devices = Arrays.copyOf(devices, capacity);
            balances = Arrays.copyOf(balances, capacity * accounts);
        }
        admit(k);
        if (!active) {
            devices[k] |= INACTIVE;
        }
        return k;
    }

    /** Whether customer k takes part in everyday life (the book, and applicants whose account is open). */
    boolean isActive(int k) {
        return (devices[k] & INACTIVE) == 0;
    }

    /** Lets a customer who joined during the run transact (once their first account is open). */
    void activate(int k) {
        devices[k] &= ~INACTIVE;
    }

    /** Fills customer k's compact state; returns its activity weight. */
    private double admit(int k) {
        CustomerFacts.Profile p = facts.profile(k);
        segment[k] = (byte) p.segment().ordinal();
        city[k] = (short) p.city();
        devices[k] = p.devices();
        income[k] = (float) facts.monthlyIncome(k, p.segment());
        for (int j = 0; j < accounts; j++) {
            balances[k * accounts + j] = openingBalance(k, j);
        }
        count = Math.max(count, k + 1);
        return p.activity() * segmentActivity[p.segment().ordinal()];
    }

    long seed() {
        return seed;
    }

    CustomerFacts facts() {
        return facts;
    }

    Country country() {
        return country;
    }

    /** Number of customers now (the book plus accepted applicants). */
    int count() {
        return count;
    }

    /** Number of customers at the start. */
    int initialCount() {
        return initialCount;
    }

    /** Accounts each customer holds. */
    int accounts() {
        return accounts;
    }

    Currency currency() {
        return currency;
    }

    long minorPerMajor() {
        return minorPerMajor;
    }

    /** Template and income amounts (in dollars) are multiplied by this for the scenario's currency. */
    double currencyScale() {
        return currencyScale;
    }

    /** Customers who vanish (bust-outs), by index: the epoch nanos from which they are silent. */
    private final java.util.Map<Integer, Long> silentFrom = new java.util.HashMap<>();

    /** Customer k stops everyday activity from {@code nanos} on. */
    void silence(int k, long nanos) {
        silentFrom.merge(k, nanos, Math::min);
    }

    /**
     * A customer drawn by activity who is still active at {@code nanos}: a vanished customer is
     * drawn again (a few times at most, so a bank of vanished customers still makes traffic).
     */
    int sampleActive(SplittableRandom random, long nanos) {
        int k = sampleActive(random);
        for (int attempt = 0; attempt < 8 && !silentFrom.isEmpty(); attempt++) {
            Long from = silentFrom.get(k);
            if (from == null || nanos < from) {
                return k;
            }
            k = sampleActive(random);
        }
        return k;
    }

    /**
     * A customer drawn by activity: from the book by its activity weights, or, in proportion to
     * their number, one of the customers who joined during the run and whose account is open.
     */
    int sampleActive(SplittableRandom random) {
        int joined = count - initialCount;
        if (joined > 0 && random.nextInt(count) >= initialCount) {
            int k = initialCount + random.nextInt(joined);
            if ((devices[k] & INACTIVE) == 0) {
                return k;
            }
        }
        return activity.sample(random);
    }

    /*
     * Customers outside the arrays (people not in the bank: synthetic identities applying) have
     * the same facts, re-derived from their profile; the last one asked for is kept.
     */
    private int outsiderIndex = -1;
    private CustomerFacts.Profile outsider;
    private double outsiderIncome;

    private CustomerFacts.Profile outsider(int k) {
        if (k != outsiderIndex) {
            outsider = facts.profile(k);
            outsiderIncome = facts.monthlyIncome(k, outsider.segment());
            outsiderIndex = k;
        }
        return outsider;
    }

    Segment segment(int k) {
        return k < count ? SEGMENTS[segment[k]] : outsider(k).segment();
    }

    City city(int k) {
        return country.cities().get(cityIndex(k));
    }

    int cityIndex(int k) {
        return k < count ? city[k] : outsider(k).city();
    }

    private byte devicesOf(int k) {
        return k < count ? devices[k] : outsider(k).devices();
    }

    /** Whether customer k banks on a phone. */
    boolean hasPhone(int k) {
        return (devicesOf(k) & CustomerFacts.PHONE) != 0;
    }

    /** Whether customer k banks on a computer. */
    boolean hasComputer(int k) {
        return (devicesOf(k) & CustomerFacts.COMPUTER) != 0;
    }

    /** The product in slot j of a customer of segment s. */
    static ProductType product(Segment s, int j) {
        return PREFERENCE[s.ordinal()][j];
    }

    ProductType product(int k, int j) {
        return product(segment(k), j);
    }

    /** Customer k's monthly income in US dollars (kept to float precision: it only scales amounts). */
    double monthlyIncome(int k) {
        if (k < count) {
            return income[k];
        }
        outsider(k);
        return outsiderIncome;
    }

    /** The slot of a product for customer k, or -1 when the customer does not hold it. */
    int slot(int k, ProductType product) {
        return slotOfProduct[segment(k).ordinal()][product.ordinal()];
    }

    /** Whether customers of segment s hold the product when each holds {@code accounts} accounts. */
    static boolean holds(Segment s, ProductType product, int accounts) {
        for (int j = 0; j < accounts; j++) {
            if (PREFERENCE[s.ordinal()][j] == product) {
                return true;
            }
        }
        return false;
    }

    /** Opening balance of slot j in minor units: log-normal around the scenario's mean, by segment. */
    long openingBalance(int k, int j) {
        ProductType product = product(k, j);
        double factor = switch (product) {
            case CHECKING -> 1.0;
            case SAVINGS -> 2.5;
            case BUSINESS -> 3.0;
            case CREDIT_CARD -> 0;
        };
        if (factor == 0 || meanBalance == 0) {
            return 0;
        }
        SplittableRandom r = RandomStreams.of(seed, "account", (long) k * 4 + product.ordinal());
        double sigma = 0.8;
        double median = meanBalance * factor * segment(k).balanceFactor() * Math.exp(-sigma * sigma / 2);
        return Math.round(RandomStreams.logNormal(r, median, sigma) * minorPerMajor);
    }

    /** Credit beyond the balance in minor units: a credit card's limit, an overdraft on checking. */
    long creditLimit(int k, int j) {
        ProductType product = product(k, j);
        double income = monthlyIncome(k) * currencyScale;
        double major = switch (product) {
            case CHECKING -> Math.min(2_500, Math.max(100, Math.round(income * 0.25 / 100) * 100))
                    * (slot(k, ProductType.CREDIT_CARD) < 0 ? 1 + RAISE * raises(k) : 1);
            case CREDIT_CARD -> Math.min(50_000, Math.max(500, Math.round(income * 1.2 / 500) * 500))
                    * (1 + RAISE * raises(k));
            case BUSINESS -> Math.min(25_000, Math.round(income * 0.5 / 500) * 500);
            case SAVINGS -> 0;
        };
        return Math.round(major * minorPerMajor);
    }

    /** How many times customer k's credit-card limit was raised (each raise adds a quarter). */
    private int raises(int k) {
        return k < count ? limitRaises[k] : 0;
    }

    /** Raises customer k's credit-card limit by a quarter of the original; false at the cap of four raises. */
    boolean raiseLimit(int k) {
        if (k >= count || limitRaises[k] >= MAX_RAISES) {
            return false;
        }
        limitRaises[k]++;
        return true;
    }

    /** The tracked balance of slot j in minor units (negative while credit is in use). */
    long balance(int k, int j) {
        return balances[k * accounts + j];
    }

    /** Money that slot j can still pay out: balance plus credit limit. */
    long available(int k, int j) {
        return balance(k, j) + creditLimit(k, j);
    }

    void add(int k, int j, long minorUnits) {
        balances[k * accounts + j] += minorUnits;
    }

    /** The sum of all tracked balances in minor units. */
    long totalBalance() {
        long sum = 0;
        for (int i = 0; i < count * accounts; i++) {
            sum += balances[i];
        }
        return sum;
    }
}
