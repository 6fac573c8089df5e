package io.bankingsim.core.event;

import java.util.Objects;

/**
 * A place: city, ISO 3166-1 alpha-2 country code and coordinates. Immutable.
 *
 * @param city city name
 * @param country ISO 3166-1 alpha-2 code, e.g. {@code "US"}
 * @param latitude degrees, -90..90
 * @param longitude degrees, -180..180
 */
public record Geo(String city, String country, double latitude, double longitude) {
    public Geo {
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(country, "country");
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
            throw new IllegalArgumentException("coordinates out of range: " + latitude + "," + longitude);
        }
    }
}
