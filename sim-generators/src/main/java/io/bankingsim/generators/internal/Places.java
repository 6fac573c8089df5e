package io.bankingsim.generators.internal;

import io.bankingsim.core.event.Geo;

import java.util.SplittableRandom;

/**
 * The places the built-in generators know: 20 US cities where customers live and shop, and 15
 * cities abroad for travel and foreign fraud, with real coordinates. Internal to sim-generators
 * (not an API). Immutable and thread-safe.
 */
public final class Places {

    /**
     * One city.
     *
     * @param geo city, country and coordinates
     * @param state state or region
     * @param areaCode telephone area code (US cities)
     * @param zipPrefix first three digits of the city's postal codes (US cities)
     */
    public record Place(Geo geo, String state, String areaCode, String zipPrefix) {
    }

    private static final Place[] PLACES = {
        us("New York", "NY", 40.7128, -74.0060, "212", "100"),
        us("Los Angeles", "CA", 34.0522, -118.2437, "213", "900"),
        us("Chicago", "IL", 41.8781, -87.6298, "312", "606"),
        us("Houston", "TX", 29.7604, -95.3698, "713", "770"),
        us("Phoenix", "AZ", 33.4484, -112.0740, "602", "850"),
        us("Philadelphia", "PA", 39.9526, -75.1652, "215", "191"),
        us("San Francisco", "CA", 37.7749, -122.4194, "415", "941"),
        us("San Diego", "CA", 32.7157, -117.1611, "619", "921"),
        us("Dallas", "TX", 32.7767, -96.7970, "214", "752"),
        us("San Jose", "CA", 37.3382, -121.8863, "408", "951"),
        us("Austin", "TX", 30.2672, -97.7431, "512", "787"),
        us("Jacksonville", "FL", 30.3322, -81.6557, "904", "322"),
        us("Columbus", "OH", 39.9612, -82.9988, "614", "432"),
        us("Charlotte", "NC", 35.2271, -80.8431, "704", "282"),
        us("Seattle", "WA", 47.6062, -122.3321, "206", "981"),
        us("Denver", "CO", 39.7392, -104.9903, "303", "802"),
        us("Boston", "MA", 42.3601, -71.0589, "617", "021"),
        us("Nashville", "TN", 36.1627, -86.7816, "615", "372"),
        us("Atlanta", "GA", 33.7490, -84.3880, "404", "303"),
        us("Miami", "FL", 25.7617, -80.1918, "305", "331"),
        abroad("London", "GB", "England", 51.5074, -0.1278),
        abroad("Paris", "FR", "Ile-de-France", 48.8566, 2.3522),
        abroad("Berlin", "DE", "Berlin", 52.5200, 13.4050),
        abroad("Madrid", "ES", "Madrid", 40.4168, -3.7038),
        abroad("Amsterdam", "NL", "North Holland", 52.3676, 4.9041),
        abroad("Bucharest", "RO", "Bucharest", 44.4268, 26.1025),
        abroad("Toronto", "CA", "Ontario", 43.6532, -79.3832),
        abroad("Mexico City", "MX", "CDMX", 19.4326, -99.1332),
        abroad("Sao Paulo", "BR", "Sao Paulo", -23.5505, -46.6333),
        abroad("Lagos", "NG", "Lagos", 6.5244, 3.3792),
        abroad("Mumbai", "IN", "Maharashtra", 19.0760, 72.8777),
        abroad("Bangkok", "TH", "Bangkok", 13.7563, 100.5018),
        abroad("Manila", "PH", "Metro Manila", 14.5995, 120.9842),
        abroad("Sydney", "AU", "New South Wales", -33.8688, 151.2093),
        abroad("Kuala Lumpur", "MY", "Kuala Lumpur", 3.1390, 101.6869),
    };

    /** Number of US cities; they are indices {@code 0..US_CITIES-1}, the foreign ones follow. */
    public static final int US_CITIES = 20;

    private Places() {
    }

    private static Place us(String city, String state, double lat, double lon, String area, String zip) {
        return new Place(new Geo(city, "US", lat, lon), state, area, zip);
    }

    private static Place abroad(String city, String country, String region, double lat, double lon) {
        return new Place(new Geo(city, country, lat, lon), region, "", "");
    }

    /** Number of places, US and foreign. */
    public static int count() {
        return PLACES.length;
    }

    /** The place at an index. */
    public static Place place(int index) {
        return PLACES[index];
    }

    /** The location of the place at an index. */
    public static Geo geo(int index) {
        return PLACES[index].geo();
    }

    /** The index of a known place, or -1 for a place not in the table. */
    public static int indexOf(Geo geo) {
        for (int i = 0; i < PLACES.length; i++) {
            Geo g = PLACES[i].geo();
            if (g.city().equals(geo.city()) && g.country().equals(geo.country())) {
                return i;
            }
        }
        return -1;
    }

    /** A foreign city in another country than {@code home}. */
    public static Geo foreign(Geo home, SplittableRandom random) {
        while (true) {
            Geo g = PLACES[US_CITIES + random.nextInt(PLACES.length - US_CITIES)].geo();
            if (!g.country().equals(home.country())) {
                return g;
            }
        }
    }
}
