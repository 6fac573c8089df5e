package io.bankingsim.generators.standard;

import io.bankingsim.core.event.Geo;
import io.bankingsim.core.event.Merchant;
import io.bankingsim.generators.internal.City;
import io.bankingsim.generators.internal.Country;
import io.bankingsim.generators.internal.Ids;
import io.bankingsim.generators.internal.MerchantChain;
import io.bankingsim.generators.internal.MerchantKind;
import io.bankingsim.generators.internal.TravelDestinations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The merchant catalogue of a run: the country's chains (a store or ATM in every city, online
 * shops, billers and travel companies at their seat) and, for travellers, international chains
 * in cities abroad. Places are numbered: the country's cities first, then the destinations
 * abroad. Every merchant has an id of the same format ({@link Ids#merchant}). A purchase's
 * merchant is chosen among the category's chains in proportion to how typical its amount is for
 * each chain's tickets, so a large grocery bill lands at a warehouse club more often than at a
 * corner shop. Immutable after construction; not shared between runs.
 */
final class Merchants {

    private static final List<MerchantChain> INTERNATIONAL = List.of(
            new MerchantChain("Carrefour", "5411", "grocery", MerchantKind.STORE, 40, 0.7, -1),
            new MerchantChain("7-Eleven", "5499", "grocery", MerchantKind.STORE, 12, 0.6, -1),
            new MerchantChain("Starbucks", "5814", "coffee", MerchantKind.STORE, 7, 0.4, -1),
            new MerchantChain("McDonald's", "5814", "fast_food", MerchantKind.STORE, 12, 0.5, -1),
            new MerchantChain("Hard Rock Cafe", "5812", "restaurant", MerchantKind.STORE, 60, 0.5, -1),
            new MerchantChain("Shell", "5541", "fuel", MerchantKind.STORE, 55, 0.4, -1),
            new MerchantChain("Watsons", "5912", "pharmacy", MerchantKind.STORE, 20, 0.7, -1),
            new MerchantChain("Zara", "5651", "clothing", MerchantKind.STORE, 70, 0.6, -1),
            new MerchantChain("Duty Free Shop", "5309", "department_store", MerchantKind.STORE, 90, 0.8, -1),
            new MerchantChain("Apple Store", "5732", "electronics", MerchantKind.STORE, 400, 0.9, -1),
            new MerchantChain("Hilton", "3504", "hotel", MerchantKind.STORE, 260, 0.6, -1),
            new MerchantChain("Uber", "4121", "ride_hailing", MerchantKind.STORE, 20, 0.5, -1),
            new MerchantChain("Euronet ATM", "6011", "atm", MerchantKind.ATM, 120, 0.6, -1));

    private final List<City> cities;
    private final List<TravelDestinations.Destination> abroad;
    private final String countryCode;
    private final List<MerchantChain> chains;
    private final Merchant[][] domestic;
    private final Merchant[][] foreign;
    private final Map<String, int[]> domesticByCategory = new HashMap<>();
    private final Map<String, int[]> foreignByCategory = new HashMap<>();
    private final Map<String, int[]> domesticByMcc = new HashMap<>();
    private final Map<String, int[]> inPersonByCategory = new HashMap<>();
    private final Map<String, int[]> remoteByCategory = new HashMap<>();
    private final int[] anyDomestic;
    private final double ticketScale;
    private final Geo[] geos;
    private final Merchant[] branches;
    private final int[] onlineChains;

    /**
     * @param ticketScale chains' typical tickets are multiplied by this (the currency's scale when
     *     the scenario's currency is not the country's)
     */
    Merchants(Country country, Ids ids, double ticketScale) {
        this.cities = country.cities();
        this.countryCode = country.code();
        this.chains = country.chains();
        this.ticketScale = ticketScale;
        List<TravelDestinations.Destination> away = new ArrayList<>();
        for (TravelDestinations.Destination d : TravelDestinations.all()) {
            if (!d.country().equals(countryCode)) {
                away.add(d);
            }
        }
        this.abroad = List.copyOf(away);
        int places = cities.size() + abroad.size();
        this.geos = new Geo[places];
        for (int p = 0; p < places; p++) {
            geos[p] = locate(p);
        }
        this.domestic = new Merchant[chains.size()][cities.size()];
        List<Integer> any = new ArrayList<>();
        for (int c = 0; c < chains.size(); c++) {
            MerchantChain chain = chains.get(c);
            for (int p = 0; p < cities.size(); p++) {
                if (chain.seatCity() < 0 || chain.seatCity() == p) {
                    domestic[c][p] = new Merchant(ids.merchant((long) c * places + p), chain.name(), chain.mcc(),
                            geo(p));
                }
            }
            index(domesticByCategory, chain.category(), c);
            index(domesticByMcc, chain.mcc(), c);
            boolean premises = chain.kind() == MerchantKind.STORE || chain.kind() == MerchantKind.ATM;
            index(premises ? inPersonByCategory : remoteByCategory, chain.category(), c);
            if (chain.kind() == MerchantKind.STORE || chain.kind() == MerchantKind.ONLINE) {
                any.add(c);
            }
        }
        this.anyDomestic = any.stream().mapToInt(Integer::intValue).toArray();
        List<String> boughtOnline = List.of("grocery", "clothing", "department_store", "electronics",
                "home_improvement", "online_marketplace", "digital_goods", "streaming", "food_delivery", "airline",
                "hotel", "entertainment");
        // the chains genuine online purchases go to: a category's online chains, or its stores' web shops
        // when it has none (exactly what pick(category, ..., inPerson = false) chooses from)
        List<Integer> online = new ArrayList<>();
        for (String category : boughtOnline) {
            int[] options = remoteByCategory.getOrDefault(category, domesticByCategory.get(category));
            if (options != null) {
                for (int c : options) {
                    online.add(c);
                }
            }
        }
        this.onlineChains = online.stream().mapToInt(Integer::intValue).sorted().toArray();
        String bank = switch (country) {
            case US -> "First Meridian Bank";
            case GB -> "Albion Bank";
            case DE -> "Nordstadt Bank";
        };
        long branchBase = (long) (chains.size() + INTERNATIONAL.size()) * places;
        this.branches = new Merchant[cities.size() * BRANCHES_PER_CITY];
        for (int p = 0; p < cities.size(); p++) {
            for (int q = 0; q < BRANCHES_PER_CITY; q++) {
                branches[p * BRANCHES_PER_CITY + q] = new Merchant(ids.merchant(branchBase + p * BRANCHES_PER_CITY + q),
                        bank + " " + cities.get(p).name() + " " + QUARTERS[q], BRANCH_MCC, geo(p));
            }
        }
        long base = (long) chains.size() * places;
        this.foreign = new Merchant[INTERNATIONAL.size()][abroad.size()];
        for (int c = 0; c < INTERNATIONAL.size(); c++) {
            MerchantChain chain = INTERNATIONAL.get(c);
            for (int d = 0; d < abroad.size(); d++) {
                foreign[c][d] = new Merchant(ids.merchant(base + (long) c * places + cities.size() + d), chain.name(),
                        chain.mcc(), geo(cities.size() + d));
            }
            index(foreignByCategory, chain.category(), c);
        }
    }

    private static void index(Map<String, int[]> map, String key, int value) {
        int[] old = map.getOrDefault(key, new int[0]);
        int[] grown = java.util.Arrays.copyOf(old, old.length + 1);
        grown[old.length] = value;
        map.put(key, grown);
    }

    /** Branches of the bank itself per city. */
    static final int BRANCHES_PER_CITY = 3;
    private static final String[] QUARTERS = {"Downtown", "North", "South"};
    private static final String BRANCH_MCC = "6010";

    /** The bank's branch {@code which} (0..2) in a domestic city: where branch business is done. */
    Merchant branch(int city, int which) {
        return branches[city * BRANCHES_PER_CITY + Math.floorMod(which, BRANCHES_PER_CITY)];
    }

    /** Number of places: the country's cities, then the destinations abroad. */
    int places() {
        return cities.size() + abroad.size();
    }

    /** The location of a place. */
    Geo geo(int place) {
        return geos[place];
    }

    private Geo locate(int place) {
        if (place < cities.size()) {
            City c = cities.get(place);
            return new Geo(c.name(), countryCode, c.latitude(), c.longitude());
        }
        TravelDestinations.Destination d = abroad.get(place - cities.size());
        return new Geo(d.city().name(), d.country(), d.city().latitude(), d.city().longitude());
    }

    /** A travel destination for someone living in {@code homeCity}, chosen by the bits of {@code hash}. */
    int destination(int homeCity, long hash) {
        SplittableRandom r = new SplittableRandom(hash);
        if (r.nextDouble() < 0.65 && cities.size() > 1) {
            int other = r.nextInt(cities.size() - 1);
            return other >= homeCity ? other + 1 : other;
        }
        return abroad.isEmpty() ? homeCity : cities.size() + r.nextInt(abroad.size());
    }

    /**
     * A merchant of a category for a payment of {@code amount} (major units) by someone at
     * {@code place}. In person ({@code inPerson}): a store or ATM there (an international chain
     * abroad), or {@code null} when the category has no chain with premises (an airline, a
     * streaming service: the payment must then be made online). Remotely: an online shop, biller
     * or travel company at its seat, or a store chain's web shop when the category has no other.
     */
    Merchant pick(String category, double amount, int place, boolean inPerson, SplittableRandom r) {
        if (place >= cities.size() && inPerson) {
            int[] options = foreignByCategory.get(category);
            int d = place - cities.size();
            return options == null ? null : foreign[choose(INTERNATIONAL, options, amount, r)][d];
        }
        int[] options = (inPerson ? inPersonByCategory : remoteByCategory).get(category);
        if (options == null) {
            options = inPerson ? null : domesticByCategory.get(category);
        }
        if (options == null) {
            return inPerson ? null : at(anyDomestic[r.nextInt(anyDomestic.length)], Math.min(place, cities.size() - 1));
        }
        return at(choose(chains, options, amount, r), Math.min(place, cities.size() - 1));
    }

    /** A chain's merchant at a domestic place (its seat for chains without stores). */
    private Merchant at(int chain, int place) {
        Merchant m = place < cities.size() ? domestic[chain][place] : null;
        return m != null ? m : domestic[chain][Math.max(0, chains.get(chain).seatCity())];
    }

    /** A chain among the options, weighted by how typical the amount is for its tickets. */
    private int choose(List<MerchantChain> list, int[] options, double amount, SplittableRandom r) {
        if (options.length == 1) {
            return options[0];
        }
        double[] w = new double[options.length];
        double total = 0;
        double x = Math.log(Math.max(0.01, amount));
        for (int i = 0; i < options.length; i++) {
            MerchantChain c = list.get(options[i]);
            double z = (x - Math.log(c.medianTicket() * ticketScale)) / Math.max(0.2, c.sigma());
            w[i] = Math.exp(-0.5 * z * z) / Math.max(0.2, c.sigma()) + 1e-9;
            total += w[i];
        }
        double u = r.nextDouble() * total;
        for (int i = 0; i < options.length; i++) {
            u -= w[i];
            if (u < 0) {
                return options[i];
            }
        }
        return options[options.length - 1];
    }

    /** Any store or online shop, anywhere in the country. */
    Merchant any(SplittableRandom r) {
        int c = anyDomestic[r.nextInt(anyDomestic.length)];
        return at(c, r.nextInt(cities.size()));
    }

    /** A merchant with the category code, in any city; any merchant when no chain has the code. */
    Merchant ofMcc(String mcc, SplittableRandom r) {
        int[] options = domesticByMcc.get(mcc);
        if (options == null) {
            return any(r);
        }
        return at(options[r.nextInt(options.length)], r.nextInt(cities.size()));
    }

    /** A merchant with the category code at a place given by its location; abroad, an international chain. */
    Merchant ofMccAt(String mcc, Geo where, SplittableRandom r) {
        int place = placeOf(where);
        if (place < 0) {
            return ofMcc(mcc, r);
        }
        if (place < cities.size()) {
            int[] options = domesticByMcc.get(mcc);
            if (options == null) {
                return any(r);
            }
            // at a place: a chain with premises there when the code has one (not a delivery app's seat)
            int[] local = java.util.Arrays.stream(options).filter(c -> domestic[c][place] != null).toArray();
            int[] from = local.length > 0 ? local : options;
            return at(from[r.nextInt(from.length)], place);
        }
        int d = place - cities.size();
        for (int c = 0; c < INTERNATIONAL.size(); c++) {
            if (INTERNATIONAL.get(c).mcc().equals(mcc)) {
                return foreign[c][d];
            }
        }
        return foreign[r.nextInt(foreign.length)][d];
    }

    /** The place index of a location, or -1. */
    int placeOf(Geo where) {
        for (int p = 0; p < places(); p++) {
            Geo g = geo(p);
            if (g.city().equals(where.city()) && g.country().equals(where.country())) {
                return p;
            }
        }
        return -1;
    }

    /** Branch {@code which} of the bank in the city of a location, or {@code null} abroad. */
    Merchant branchAt(Geo where, int which) {
        int place = placeOf(where);
        return place < 0 || place >= cities.size() ? null : branch(place, which);
    }

    /**
     * A merchant genuine customers pay online: an online shop, a travel company, or the web shop
     * of a store chain of a category bought online (groceries, clothing, department stores,
     * electronics, DIY), never a fuel station or a restaurant. For patterns paying online.
     */
    Merchant online(SplittableRandom r) {
        int c = onlineChains[r.nextInt(onlineChains.length)];
        return at(c, r.nextInt(cities.size()));
    }

    /** A place abroad (for foreign fraud), never in the home country. */
    Geo foreignPlace(SplittableRandom r) {
        return geo(cities.size() + r.nextInt(abroad.size()));
    }
}
