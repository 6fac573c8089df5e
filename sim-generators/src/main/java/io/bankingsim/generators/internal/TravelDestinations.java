package io.bankingsim.generators.internal;

import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * The 27 world cities customers travel to, with real coordinates, dialling area codes and postal
 * prefixes: three from each home {@link Country} and 18 others. Used for holidays, business trips
 * and fraud from abroad. Immutable and thread-safe.
 */
public final class TravelDestinations {

    /**
     * A travel destination.
     *
     * @param city the city
     * @param country its ISO 3166-1 alpha-2 country code, e.g. {@code "FR"}
     */
    public record Destination(City city, String country) {

        /** Validates both components. */
        public Destination {
            Objects.requireNonNull(city, "city");
            if (country == null || !country.matches("[A-Z]{2}")) {
                throw new IllegalArgumentException(city.name() + ": country must be two capitals: " + country);
            }
        }
    }

    private static final List<Destination> ALL = List.of(
            home(Country.US, "New York"), home(Country.US, "Los Angeles"), home(Country.US, "Miami"),
            home(Country.GB, "London"), home(Country.GB, "Manchester"), home(Country.GB, "Edinburgh"),
            home(Country.DE, "Berlin"), home(Country.DE, "München"), home(Country.DE, "Frankfurt am Main"),
            abroad("FR", "Paris", "Île-de-France", 48.8566, 2.3522, 12300, "1", "75"),
            abroad("ES", "Madrid", "Comunidad de Madrid", 40.4168, -3.7038, 6800, "91", "28"),
            abroad("ES", "Barcelona", "Catalonia", 41.3874, 2.1686, 5600, "93", "08"),
            abroad("NL", "Amsterdam", "North Holland", 52.3676, 4.9041, 2500, "20", "10"),
            abroad("IT", "Rome", "Lazio", 41.9028, 12.4964, 4300, "06", "00"),
            abroad("RO", "Bucharest", "Bucharest", 44.4268, 26.1025, 2300, "21", "0"),
            abroad("CA", "Toronto", "Ontario", 43.6532, -79.3832, 6200, "416 647 437", "M"),
            abroad("MX", "Mexico City", "Ciudad de México", 19.4326, -99.1332, 21800, "55", "0 1"),
            abroad("MX", "Cancún", "Quintana Roo", 21.1619, -86.8515, 900, "998", "77"),
            abroad("BR", "São Paulo", "São Paulo", -23.5505, -46.6333, 22000, "11", "01 02 03 04 05 08"),
            abroad("NG", "Lagos", "Lagos", 6.5244, 3.3792, 15000, "1", "10"),
            abroad("AE", "Dubai", "Dubai", 25.2048, 55.2708, 3600, "4", ""),
            abroad("IN", "Mumbai", "Maharashtra", 19.0760, 72.8777, 21000, "22", "400"),
            abroad("TH", "Bangkok", "Bangkok", 13.7563, 100.5018, 11000, "2", "10"),
            abroad("PH", "Manila", "Metro Manila", 14.5995, 120.9842, 14000, "2", "10"),
            abroad("MY", "Kuala Lumpur", "Kuala Lumpur", 3.1390, 101.6869, 8400, "3", "5 60"),
            abroad("JP", "Tokyo", "Tokyo", 35.6762, 139.6503, 37000, "3", "1"),
            abroad("AU", "Sydney", "New South Wales", -33.8688, 151.2093, 5300, "2", "20 21 22"));

    private static final Destination[][] OUTSIDE = new Destination[Country.values().length][];

    static {
        for (Country home : Country.values()) {
            OUTSIDE[home.ordinal()] = ALL.stream().filter(d -> !d.country().equals(home.code()))
                    .toArray(Destination[]::new);
        }
    }

    private TravelDestinations() {
    }

    /** Every destination, the home countries' first. */
    public static List<Destination> all() {
        return ALL;
    }

    /** A destination drawn uniformly among those outside the home country. */
    public static Destination abroad(Country home, SplittableRandom random) {
        Destination[] outside = OUTSIDE[home.ordinal()];
        return outside[random.nextInt(outside.length)];
    }

    private static Destination home(Country country, String name) {
        City city = country.cities().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no city " + name + " in " + country));
        return new Destination(city, country.code());
    }

    private static Destination abroad(String country, String name, String region, double latitude, double longitude,
            int weight, String areaCodes, String postalPrefixes) {
        return new Destination(City.of(name, region, latitude, longitude, weight, areaCodes, postalPrefixes), country);
    }
}
