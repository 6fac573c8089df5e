package io.bankingsim.core.scenario;

import java.util.Map;
import java.util.Optional;

/**
 * The valid values read from one mapping by a {@link Section}, with the nodes they came from so
 * that checks across keys can still point at a location. A key whose value was invalid is absent
 * here (its problem has been recorded). Immutable.
 */
final class Values {

    private final String path;
    private final YamlNode node;
    private final Map<Key<?>, Object> values;

    Values(String path, YamlNode node, Map<Key<?>, Object> values) {
        this.path = path;
        this.node = node;
        this.values = Map.copyOf(values);
    }

    /** No values: every key takes its default. */
    static Values empty(String path, YamlNode node) {
        return new Values(path, node, Map.of());
    }

    /** The valid value of the key, if one was given. */
    <T> Optional<T> find(Key<T> key) {
        @SuppressWarnings("unchecked")
        T value = (T) values.get(key);
        return Optional.ofNullable(value);
    }

    /** The valid value of the key, or the fallback when it was absent or invalid. */
    <T> T get(Key<T> key, T fallback) {
        return find(key).orElse(fallback);
    }

    /** The valid values by key name, in no particular order. */
    Map<String, Object> byName() {
        Map<String, Object> byName = new java.util.HashMap<>();
        values.forEach((key, value) -> byName.put(key.name(), value));
        return byName;
    }

    /** The mapping's path, e.g. {@code fraud.patterns[1]}. */
    String path() {
        return path;
    }

    /** The path of one of its keys. */
    String path(Key<?> key) {
        return Problems.child(path, key.name());
    }

    /** The mapping itself, for problems about the mapping as a whole. */
    YamlNode node() {
        return node;
    }

    /** The node of a key's value, or the mapping when the key is absent. */
    YamlNode node(Key<?> key) {
        if (node instanceof YamlNode.Mapping mapping && mapping.entries().containsKey(key.name())) {
            return mapping.entries().get(key.name()).value();
        }
        return node;
    }
}
