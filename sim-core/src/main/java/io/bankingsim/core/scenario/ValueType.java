package io.bankingsim.core.scenario;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads and validates the value of one key. A failed read records a problem that says what was
 * expected and what was found, and returns null, so that reading goes on and every mistake of a
 * file is reported at once. The factories here cover the generic types; scenario-specific ones
 * live in {@link ScenarioSchema}. Implementations are immutable and thread-safe.
 *
 * @param <T> the Java type of a valid value
 */
@FunctionalInterface
interface ValueType<T> {

    /** The value, or null after recording a problem at the node. */
    T read(YamlNode node, String path, Problems problems);

    /** This type, then a conversion that may reject the value with a message (returning null). */
    default <R> ValueType<R> then(Function<T, Result<R>> conversion) {
        return (node, path, problems) -> {
            T value = read(node, path, problems);
            if (value == null) {
                return null;
            }
            Result<R> result = conversion.apply(value);
            if (result.error() != null) {
                problems.at(node, path, result.error());
            }
            return result.value();
        };
    }

    /** A conversion's outcome: a value, or an error message. */
    record Result<R>(R value, String error) {

        static <R> Result<R> ok(R value) {
            return new Result<>(value, null);
        }

        static <R> Result<R> error(String message) {
            return new Result<>(null, message);
        }
    }

    /** Any string (numbers and booleans must be quoted to count as strings). */
    static ValueType<String> string() {
        return (node, path, problems) -> {
            if (node instanceof YamlNode.Scalar s && s.kind() == YamlNode.Kind.STRING) {
                return s.text();
            }
            problems.at(node, path, "expected a string, got " + node.describe());
            return null;
        };
    }

    /** A string that is not blank. */
    static ValueType<String> nonEmptyString() {
        return string().then(s -> s.isBlank() ? Result.error("must not be empty") : Result.ok(s));
    }

    /** {@code true} or {@code false}; YAML 1.1 words such as {@code yes} or {@code on} are not booleans. */
    static ValueType<Boolean> bool() {
        return (node, path, problems) -> {
            if (node instanceof YamlNode.Scalar s && s.kind() == YamlNode.Kind.BOOLEAN) {
                return Boolean.parseBoolean(s.text());
            }
            problems.at(node, path, "expected a boolean (true or false), got " + node.describe());
            return null;
        };
    }

    /** An integer within [min, max]; a number with a fraction such as 10.5 is rejected. */
    static ValueType<Long> integer(long min, long max) {
        return (node, path, problems) -> {
            BigInteger value = exactInteger(node);
            if (value == null) {
                problems.at(node, path, "expected an integer, got " + node.describe());
                return null;
            }
            if (value.compareTo(BigInteger.valueOf(min)) < 0 || value.compareTo(BigInteger.valueOf(max)) > 0) {
                String range = max == Long.MAX_VALUE ? "at least " + min : "from " + min + " to " + max;
                problems.at(node, path, "must be an integer " + range + ", got " + value);
                return null;
            }
            return value.longValue();
        };
    }

    /** An integer within [min, max] that fits an int. */
    static ValueType<Integer> intRange(int min, int max) {
        return integer(min, max).then(v -> Result.ok(v.intValue()));
    }

    /** A number (integer or decimal) within the range. */
    static ValueType<Double> number(NumberRange range) {
        return decimalNumber(range).then(d -> Result.ok(d.doubleValue()));
    }

    /** A number within the range, exactly as written (no detour through double). */
    static ValueType<BigDecimal> decimalNumber(NumberRange range) {
        return (node, path, problems) -> {
            if (!(node instanceof YamlNode.Scalar s)
                    || (s.kind() != YamlNode.Kind.INTEGER && s.kind() != YamlNode.Kind.FLOAT)) {
                problems.at(node, path, "expected a number, got " + node.describe());
                return null;
            }
            BigDecimal exact = s.decimal();
            double value = exact == null ? s.doubleValue() : exact.doubleValue();
            if (exact == null || !range.contains(value)) {
                problems.at(node, path, "must be a number " + range.describe() + ", got " + s.text());
                return null;
            }
            return exact;
        };
    }

    /** One of the allowed strings; the message lists them and suggests the closest. */
    static ValueType<String> oneOf(Collection<String> allowed) {
        List<String> sorted = allowed.stream().sorted().toList();
        return string().then(s -> sorted.contains(s) ? Result.ok(s)
                : Result.error("unknown value '" + s + "'" + Levenshtein.closest(s, sorted)
                        .map(c -> ", did you mean '" + c + "'?").orElse(".") + " Allowed: " + String.join(", ", sorted)));
    }

    /** A list of items of one type; no value counts as an empty list. Invalid items are left out. */
    static <T> ValueType<List<T>> listOf(ValueType<T> itemType) {
        return (node, path, problems) -> {
            if (node instanceof YamlNode.Scalar s && s.isNull()) {
                return List.of();
            }
            if (!(node instanceof YamlNode.Sequence sequence)) {
                problems.at(node, path, "expected a list, got " + node.describe());
                return null;
            }
            List<T> items = new ArrayList<>();
            for (int i = 0; i < sequence.items().size(); i++) {
                T item = itemType.read(sequence.items().get(i), Problems.item(path, i), problems);
                if (item != null) {
                    items.add(item);
                }
            }
            return items;
        };
    }

    /**
     * A free mapping of plain Java values (String, Boolean, Long or BigInteger for integers,
     * Double for other numbers, List, Map) for settings this loader does not know, e.g. a plug-in pattern's {@code params}; no
     * value counts as an empty map. Null values inside are rejected (Java's immutable
     * collections cannot hold them).
     */
    static ValueType<Map<String, Object>> plainMapping() {
        return (node, path, problems) -> {
            if (node instanceof YamlNode.Scalar s && s.isNull()) {
                return Map.of();
            }
            if (!(node instanceof YamlNode.Mapping)) {
                problems.at(node, path, "expected a mapping, got " + node.describe());
                return null;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) plain(node, path, problems);
            return map;
        };
    }

    private static Object plain(YamlNode node, String path, Problems problems) {
        return switch (node) {
            case YamlNode.Mapping m -> {
                Map<String, Object> map = new LinkedHashMap<>();
                m.entries().forEach((k, e) -> {
                    Object v = plain(e.value(), Problems.child(path, k), problems);
                    if (v != null) {
                        map.put(k, v);
                    }
                });
                yield Collections.unmodifiableMap(map);
            }
            case YamlNode.Sequence seq -> {
                List<Object> list = new ArrayList<>();
                for (int i = 0; i < seq.items().size(); i++) {
                    Object v = plain(seq.items().get(i), Problems.item(path, i), problems);
                    if (v != null) {
                        list.add(v);
                    }
                }
                yield List.copyOf(list);
            }
            case YamlNode.Scalar s -> switch (s.kind()) {
                case STRING -> s.text();
                case BOOLEAN -> Boolean.parseBoolean(s.text());
                case INTEGER -> s.integer() == null ? s.text()
                        : s.integer().bitLength() < 64 ? (Object) s.integer().longValue() : s.integer();
                case FLOAT -> s.doubleValue();
                case NULL -> {
                    problems.at(s, path, "null values are not allowed here: give a value or remove the key");
                    yield null;
                }
            };
        };
    }

    /** The exact integer a scalar stands for: an integer, or a number with no fraction (10.0, 1e6). */
    private static BigInteger exactInteger(YamlNode node) {
        if (!(node instanceof YamlNode.Scalar s)) {
            return null;
        }
        if (s.kind() == YamlNode.Kind.INTEGER) {
            return s.integer();
        }
        BigDecimal d = s.kind() == YamlNode.Kind.FLOAT ? s.decimal() : null;
        if (d == null || d.signum() != 0 && d.stripTrailingZeros().scale() > 0) {
            return null;
        }
        return d.toBigInteger();
    }
}
