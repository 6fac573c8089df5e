package io.bankingsim.generators.internal;

import io.bankingsim.core.event.Geo;
import io.bankingsim.core.event.Merchant;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A small built-in catalogue of about 40 merchants: national store chains (present in every city
 * of {@link Places}), online shops and billers (at their registered seat) and ATM operators. A
 * merchant's id is {@code M} + three digits for the chain + two for the place, the same format
 * for every merchant and place, e.g. {@code M00307} for the third chain's Dallas store. Internal
 * to sim-generators (not an API). Immutable and thread-safe.
 */
public final class MerchantCatalogue {

    /** What a merchant is, which decides where and how customers pay it. */
    public enum Kind { STORE, ONLINE, BILLER, ATM }

    private record Chain(String name, String mcc, Kind kind, int seat) {
    }

    private static final Chain[] CHAINS = {
        store("Kroger", "5411"), store("Safeway", "5411"), store("Whole Foods Market", "5411"),
        store("Trader Joe's", "5411"), store("Publix", "5411"), store("Olive Garden", "5812"),
        store("Chili's Grill & Bar", "5812"), store("The Cheesecake Factory", "5812"), store("McDonald's", "5814"),
        store("Starbucks", "5814"), store("Chipotle", "5814"), store("Subway", "5814"), store("Shell", "5541"),
        store("Chevron", "5541"), store("ExxonMobil", "5541"), store("CVS Pharmacy", "5912"),
        store("Walgreens", "5912"), store("Target", "5311"), store("Walmart Supercenter", "5310"),
        store("Macy's", "5311"), store("Costco Wholesale", "5300"), store("Best Buy", "5732"),
        store("Apple Store", "5732"), store("The Home Depot", "5200"), store("Lowe's", "5200"),
        store("Old Navy", "5651"), store("Kay Jewelers", "5944"), store("AMC Theatres", "7832"),
        remote("Amazon.com", "5999", Kind.ONLINE, 14), remote("eBay", "5999", Kind.ONLINE, 9),
        remote("Etsy", "5999", Kind.ONLINE, 0), remote("Spotify USA", "5815", Kind.ONLINE, 0),
        remote("Steam Games", "5816", Kind.ONLINE, 14), remote("Uber", "4121", Kind.ONLINE, 6),
        remote("DoorDash", "5814", Kind.ONLINE, 6), remote("Comcast Xfinity", "4899", Kind.BILLER, 5),
        remote("AT&T", "4814", Kind.BILLER, 8), remote("Verizon Wireless", "4814", Kind.BILLER, 0),
        remote("Duke Energy", "4900", Kind.BILLER, 13), remote("Pacific Gas & Electric", "4900", Kind.BILLER, 6),
        remote("Allstate Insurance", "6300", Kind.BILLER, 2), remote("Progressive Insurance", "6300", Kind.BILLER, 12),
        remote("Cardtronics ATM", "6011", Kind.ATM, -1), remote("Allpoint ATM", "6011", Kind.ATM, -1),
    };

    private static final Merchant[][] MERCHANTS = new Merchant[CHAINS.length][Places.count()];
    private static final int[][] BY_KIND = new int[Kind.values().length][];

    static {
        for (int c = 0; c < CHAINS.length; c++) {
            for (int p = 0; p < Places.count(); p++) {
                MERCHANTS[c][p] = new Merchant(id(c, p), CHAINS[c].name(), CHAINS[c].mcc(), Places.geo(p));
            }
        }
        for (Kind kind : Kind.values()) {
            List<Integer> ids = new ArrayList<>();
            for (int c = 0; c < CHAINS.length; c++) {
                if (CHAINS[c].kind() == kind) {
                    ids.add(c);
                }
            }
            BY_KIND[kind.ordinal()] = ids.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    private MerchantCatalogue() {
    }

    private static Chain store(String name, String mcc) {
        return new Chain(name, mcc, Kind.STORE, -1);
    }

    private static Chain remote(String name, String mcc, Kind kind, int seat) {
        return new Chain(name, mcc, kind, seat);
    }

    private static String id(int chain, int place) {
        return "M" + (char) ('0' + chain / 100) + (char) ('0' + chain / 10 % 10) + (char) ('0' + chain % 10)
                + (char) ('0' + place / 10) + (char) ('0' + place % 10);
    }

    /**
     * A merchant of the given kind for a customer living at {@code homePlace}: a store or ATM in
     * that city, an online shop or biller at its seat. No allocation.
     */
    public static Merchant pick(Kind kind, int homePlace, SplittableRandom random) {
        int[] chains = BY_KIND[kind.ordinal()];
        int c = chains[random.nextInt(chains.length)];
        return MERCHANTS[c][CHAINS[c].seat() < 0 ? homePlace : CHAINS[c].seat()];
    }

    /** A store in a random US city or an online shop at its seat (not a biller or an ATM). */
    public static Merchant any(SplittableRandom random) {
        int stores = BY_KIND[Kind.STORE.ordinal()].length;
        int i = random.nextInt(stores + BY_KIND[Kind.ONLINE.ordinal()].length);
        return located(i < stores ? BY_KIND[Kind.STORE.ordinal()][i] : BY_KIND[Kind.ONLINE.ordinal()][i - stores],
                random);
    }

    /** A merchant with the given category code, or any merchant when the catalogue has none. */
    public static Merchant ofMcc(String mcc, SplittableRandom random) {
        int matches = 0;
        for (Chain chain : CHAINS) {
            matches += chain.mcc().equals(mcc) ? 1 : 0;
        }
        if (matches == 0) {
            return any(random);
        }
        int wanted = random.nextInt(matches);
        for (int c = 0; c < CHAINS.length; c++) {
            if (CHAINS[c].mcc().equals(mcc) && wanted-- == 0) {
                return located(c, random);
            }
        }
        throw new AssertionError("unreachable");
    }

    /**
     * The same merchant at another place, e.g. a chain's store abroad. A merchant not from this
     * catalogue, or a place not in {@link Places}, keeps its id with the place digits {@code 99}.
     */
    public static Merchant relocate(Merchant merchant, Geo place) {
        int p = Places.indexOf(place);
        int c = chainOf(merchant);
        if (c >= 0 && p >= 0) {
            return MERCHANTS[c][p];
        }
        String base = merchant.id().length() > 2 ? merchant.id().substring(0, merchant.id().length() - 2) : "M";
        return new Merchant(base + "99", merchant.name(), merchant.mcc(), place);
    }

    private static Merchant located(int c, SplittableRandom random) {
        return MERCHANTS[c][CHAINS[c].seat() < 0 ? random.nextInt(Places.US_CITIES) : CHAINS[c].seat()];
    }

    private static int chainOf(Merchant merchant) {
        String id = merchant.id();
        if (id.length() != 6 || id.charAt(0) != 'M') {
            return -1;
        }
        try {
            int c = Integer.parseInt(id.substring(1, 4));
            return c < CHAINS.length && CHAINS[c].name().equals(merchant.name()) ? c : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
