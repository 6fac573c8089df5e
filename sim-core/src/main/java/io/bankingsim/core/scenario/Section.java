package io.bankingsim.core.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The keys allowed in one YAML mapping (the top level, {@code fraud}, a pattern, ...). Reading a
 * mapping checks every entry against this table: unknown keys (with the closest allowed one as a
 * suggestion), missing required keys and each value's type are reported, and the valid values are
 * handed back as {@link Values}. A section is itself a {@link ValueType}, so sections nest.
 * Immutable and thread-safe.
 */
final class Section implements ValueType<Values> {

    private final Map<String, Key<?>> keys = new LinkedHashMap<>();

    private Section(List<Key<?>> keyList) {
        for (Key<?> key : keyList) {
            if (keys.put(key.name(), key) != null) {
                throw new IllegalArgumentException("key declared twice: " + key.name());
            }
        }
    }

    static Section of(Key<?>... keys) {
        return new Section(List.of(keys));
    }

    /** The allowed key names, in declaration order. */
    Set<String> names() {
        return keys.keySet();
    }

    /**
     * Reads a mapping. A missing value or {@code null} counts as an empty mapping; anything else
     * that is not a mapping is a problem.
     */
    @Override
    public Values read(YamlNode node, String path, Problems problems) {
        if (node instanceof YamlNode.Scalar scalar && scalar.isNull()) {
            return Values.empty(path, node);
        }
        if (!(node instanceof YamlNode.Mapping mapping)) {
            problems.at(node, path, "expected a mapping with the keys " + String.join(", ", names()) + "; got "
                    + node.describe());
            return null;
        }
        Map<Key<?>, Object> read = new LinkedHashMap<>();
        for (YamlNode.Entry entry : mapping.entries().values()) {
            String keyPath = Problems.child(path, entry.key());
            Key<?> key = keys.get(entry.key());
            if (key == null) {
                String hint = Levenshtein.closest(entry.key(), names()).map(c -> ", did you mean '" + c + "'?")
                        .orElse(".");
                problems.add(entry.line(), entry.column(), keyPath, "unknown key '" + entry.key() + "'" + hint
                        + " Allowed keys " + (path.isEmpty() ? "at the top level" : "in " + path) + ": "
                        + String.join(", ", names()));
                continue;
            }
            YamlNode value = entry.value();
            if (value instanceof YamlNode.Scalar s && s.isNull() && key.nullable()) {
                continue;
            }
            Object converted = key.type().read(value, keyPath, problems);
            if (converted != null) {
                read.put(key, converted);
            }
        }
        for (Key<?> key : keys.values()) {
            if (key.required() && !mapping.entries().containsKey(key.name())) {
                problems.at(mapping, Problems.child(path, key.name()), "missing required key '" + key.name() + "'");
            }
        }
        return new Values(path, mapping, read);
    }
}
