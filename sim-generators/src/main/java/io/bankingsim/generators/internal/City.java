package io.bankingsim.generators.internal;

import java.util.List;
import java.util.Objects;

/**
 * A real city where customers live, shop or travel to, with the numbering facts that make a
 * customer's address and phone number agree with it. Immutable and thread-safe.
 *
 * @param name the city's usual name in its own country, e.g. {@code "München"}
 * @param region state, county or nation, e.g. {@code "NY"}, {@code "Greater Manchester"}
 * @param latitude WGS 84 latitude of the city centre in degrees, four decimals
 * @param longitude WGS 84 longitude of the city centre in degrees, four decimals
 * @param areaCodes landline area codes without the national trunk prefix, e.g. {@code "212"}
 *     for New York or {@code "89"} for München; may be empty for a place abroad
 * @param postalPrefixes how the city's postal codes begin: a 3-digit ZIP prefix (US), an
 *     outward-code area (GB, e.g. {@code "SW"}), or the city's real postcodes, whole (DE); may be empty
 *     where a country has no postal codes (e.g. Dubai)
 * @param weight relative population share, the rough metropolitan population in thousands
 */
public record City(String name, String region, double latitude, double longitude, List<String> areaCodes,
        List<String> postalPrefixes, int weight) {

    /** Validates and copies the lists. */
    public City {
        requireText(name, "name");
        requireText(region, "region");
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException(name + ": coordinates out of range: " + latitude + ", " + longitude);
        }
        areaCodes = List.copyOf(Objects.requireNonNull(areaCodes, "areaCodes"));
        postalPrefixes = List.copyOf(Objects.requireNonNull(postalPrefixes, "postalPrefixes"));
        for (String code : areaCodes) {
            if (!code.matches("[0-9]{1,4}")) {
                throw new IllegalArgumentException(name + ": area code must be 1-4 digits: " + code);
            }
        }
        for (String prefix : postalPrefixes) {
            if (!prefix.matches("[0-9A-Z]{1,3}|[0-9]{5}")) {
                throw new IllegalArgumentException(name + ": postal prefix must be 1-3 digits or capitals, or a whole 5-digit code: " + prefix);
            }
        }
        if (weight <= 0) {
            throw new IllegalArgumentException(name + ": weight must be positive: " + weight);
        }
    }

    /**
     * A city whose area codes and postal prefixes are given as space-separated lists, which keeps
     * the country tables readable: {@code of("Boston", "MA", 42.3601, -71.0589, 4900, "617 857", "021")}.
     */
    static City of(String name, String region, double latitude, double longitude, int weight, String areaCodes,
            String postalPrefixes) {
        return new City(name, region, latitude, longitude, split(areaCodes), split(postalPrefixes), weight);
    }

    private static List<String> split(String spaced) {
        return spaced.isBlank() ? List.of() : List.of(spaced.trim().split(" +"));
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }
}
