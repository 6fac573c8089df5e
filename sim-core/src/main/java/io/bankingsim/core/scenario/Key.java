package io.bankingsim.core.scenario;

import java.util.Objects;

/**
 * One key of a scenario mapping: its name and the type of its value. A row of the declarative
 * tables in {@link ScenarioSchema}. Immutable.
 *
 * @param name the key as written in YAML, e.g. {@code duration_hours}
 * @param type reads and validates the value
 * @param required whether the key must be present
 * @param nullable whether an explicit {@code null} (or nothing after the colon) means "not given"
 * @param <T> the value's Java type
 */
record Key<T>(String name, ValueType<T> type, boolean required, boolean nullable) {

    Key {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    /** An optional key whose absence means its default. */
    static <T> Key<T> of(String name, ValueType<T> type) {
        return new Key<>(name, type, false, false);
    }

    /** A key that must be present. */
    static <T> Key<T> required(String name, ValueType<T> type) {
        return new Key<>(name, type, true, false);
    }

    /** An optional key that may also be written with no value. */
    static <T> Key<T> nullable(String name, ValueType<T> type) {
        return new Key<>(name, type, false, true);
    }
}
