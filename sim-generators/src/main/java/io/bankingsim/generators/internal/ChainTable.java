package io.bankingsim.generators.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds one country's list of {@link MerchantChain}s, naming each remote chain's seat by city
 * name so that the tables cannot point at the wrong index. Not thread-safe; used once per country
 * while its class initialises.
 */
final class ChainTable {

    private final List<City> cities;
    private final List<MerchantChain> chains = new ArrayList<>();

    ChainTable(List<City> cities) {
        this.cities = cities;
    }

    /** A chain with a branch in every city. */
    ChainTable store(String name, String mcc, String category, double median, double sigma) {
        chains.add(new MerchantChain(name, mcc, category, MerchantKind.STORE, median, sigma, -1));
        return this;
    }

    /** A cash machine operator with machines in every city. */
    ChainTable atm(String name, double median, double sigma) {
        chains.add(new MerchantChain(name, "6011", "atm", MerchantKind.ATM, median, sigma, -1));
        return this;
    }

    /** An online shop or app registered in the named city. */
    ChainTable online(String name, String mcc, String category, double median, double sigma, String seat) {
        return remote(MerchantKind.ONLINE, name, mcc, category, median, sigma, seat);
    }

    /** A recurring biller registered in the named city. */
    ChainTable biller(String name, String mcc, String category, double median, double sigma, String seat) {
        return remote(MerchantKind.BILLER, name, mcc, category, median, sigma, seat);
    }

    /** An airline, railway or hotel chain registered in the named city. */
    ChainTable travel(String name, String mcc, String category, double median, double sigma, String seat) {
        return remote(MerchantKind.TRAVEL, name, mcc, category, median, sigma, seat);
    }

    List<MerchantChain> build() {
        return List.copyOf(chains);
    }

    private ChainTable remote(MerchantKind kind, String name, String mcc, String category, double median,
            double sigma, String seat) {
        chains.add(new MerchantChain(name, mcc, category, kind, median, sigma, indexOf(seat)));
        return this;
    }

    private int indexOf(String city) {
        for (int i = 0; i < cities.size(); i++) {
            if (cities.get(i).name().equals(city)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no city named " + city);
    }
}
