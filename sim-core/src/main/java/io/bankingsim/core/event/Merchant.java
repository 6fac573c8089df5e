package io.bankingsim.core.event;

import java.util.Objects;

/**
 * Where a card payment happened. Immutable.
 *
 * @param id the merchant's id, stable across events
 * @param name trading name
 * @param mcc ISO 18245 merchant category code, four digits (e.g. {@code "5411"} for groceries)
 * @param location where the merchant is (for online merchants, its registered seat)
 */
public record Merchant(String id, String name, String mcc, Geo location) {
    public Merchant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(location, "location");
        if (mcc == null || !mcc.matches("\\d{4}")) {
            throw new IllegalArgumentException("mcc must be four digits: " + mcc);
        }
    }
}
