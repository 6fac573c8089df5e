package io.bankingsim.core.scenario;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A YAML value as written, with the 1-based line and column where it starts (0 when unknown), so
 * that every problem found later can point at it. Built by {@link YamlTree}. Immutable.
 */
sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Mapping, YamlNode.Sequence {

    int line();

    int column();

    /** How the value looks, for "got ..." in messages: {@code string 'abc'}, {@code a list}. */
    String describe();

    /** What kind of scalar the YAML parser saw (a quoted {@code "10"} is a STRING). */
    enum Kind { STRING, INTEGER, FLOAT, BOOLEAN, NULL }

    /**
     * A single value.
     *
     * @param text the scalar as written (for numbers, the token text, e.g. {@code 5000.10})
     * @param integer the parsed value of an INTEGER (the parser understands hex, octal and
     *     underscores), or null
     */
    record Scalar(Kind kind, String text, BigInteger integer, int line, int column) implements YamlNode {

        boolean isNull() {
            return kind == Kind.NULL;
        }

        /** The exact value of a number, or null when this is no number or not a finite one. */
        BigDecimal decimal() {
            if (kind == Kind.INTEGER) {
                return integer == null ? null : new BigDecimal(integer);
            }
            if (kind != Kind.FLOAT) {
                return null;
            }
            try {
                return new BigDecimal(text.replace("_", ""));
            } catch (NumberFormatException e) {
                return null;
            }
        }

        /** The value of a number as a double (YAML's .inf and .nan included); NaN if no number. */
        double doubleValue() {
            BigDecimal exact = decimal();
            if (exact != null) {
                return exact.doubleValue();
            }
            String t = text.toLowerCase(Locale.ROOT);
            if (kind == Kind.FLOAT && t.endsWith(".inf")) {
                return t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            return Double.NaN;
        }

        @Override
        public String describe() {
            return switch (kind) {
                case STRING -> "string '" + (text.length() > 60 ? text.substring(0, 57) + "..." : text) + "'";
                case INTEGER -> "integer " + text;
                case FLOAT -> "number " + text;
                case BOOLEAN -> "boolean " + text;
                case NULL -> "no value (null)";
            };
        }
    }

    /**
     * A mapping, its entries in file order; of duplicate keys only the first is kept (the
     * duplicate is reported while reading).
     */
    record Mapping(Map<String, Entry> entries, int line, int column) implements YamlNode {

        public Mapping {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }

    /** One key of a mapping: where the key itself is written, and its value. */
    record Entry(String key, int line, int column, YamlNode value) {
    }

    /** A list. */
    record Sequence(List<YamlNode> items, int line, int column) implements YamlNode {

        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return items.size() == 1 ? "a list of 1 item" : "a list of " + items.size() + " items";
        }
    }
}
