package io.bankingsim.connectors.file;

import io.bankingsim.core.event.EventJson;
import io.bankingsim.core.event.Money;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * One CSV line being built, RFC 4180: fields separated by commas, a field that holds a comma, a
 * double quote, CR or LF is enclosed in double quotes with its quotes doubled, and a line ends
 * with {@code \n}. A missing value is an empty field.
 *
 * <p>The buffer is reused from line to line, and numbers, amounts and instants are appended
 * without making a {@code String} first, so a line costs no allocation beyond what its values
 * already are. Not thread-safe.
 */
final class CsvLine {

    private final StringBuilder line = new StringBuilder(1024);
    private char[] chars = new char[1024];
    private boolean first = true;

    /** A text field, quoted when it holds a comma, quote, CR or LF; {@code null} is empty. */
    CsvLine text(String value) {
        separate();
        if (value == null) {
            return this;
        }
        if (needsQuotes(value)) {
            appendQuoted(value);
        } else {
            line.append(value);
        }
        return this;
    }

    /**
     * Texts joined by {@code separator} (which must not be a comma, quote, CR or LF) as one
     * field, quoted when a text needs it; empty when there are none.
     */
    CsvLine joined(Iterable<String> values, char separator) {
        if (needsQuotes(separator)) {
            throw new IllegalArgumentException("separator cannot be " + separator);
        }
        separate();
        int start = line.length();
        boolean quote = false;
        boolean firstValue = true;
        for (String value : values) {
            if (!firstValue) {
                line.append(separator);
            }
            firstValue = false;
            line.append(value);
            quote |= needsQuotes(value);
        }
        if (quote) {
            String field = line.substring(start);
            line.setLength(start);
            appendQuoted(field);
        }
        return this;
    }

    /** An empty field. */
    CsvLine empty() {
        separate();
        return this;
    }

    /** {@code count} empty fields. */
    CsvLine empty(int count) {
        for (int i = 0; i < count; i++) {
            separate();
        }
        return this;
    }

    /** An integer. */
    CsvLine number(long value) {
        separate();
        line.append(value);
        return this;
    }

    /** A double as {@link Double#toString(double)} writes it (as JSON does). */
    CsvLine number(double value) {
        separate();
        line.append(value);
        return this;
    }

    /** {@code true} or {@code false}. */
    CsvLine bool(boolean value) {
        separate();
        line.append(value);
        return this;
    }

    /** An ISO-8601 instant, exactly as {@link Instant#toString()} writes it; {@code null} is empty. */
    CsvLine instant(Instant value) {
        separate();
        if (value != null) {
            DateTimeFormatter.ISO_INSTANT.formatTo(value, line);
        }
        return this;
    }

    /**
     * An amount as a plain decimal with the currency's digits, e.g. {@code 12.50} (the event log's
     * format); {@code null} is empty.
     */
    CsvLine amount(Money money) {
        separate();
        if (money != null) {
            EventJson.appendDecimal(line, money);
        }
        return this;
    }

    /** Ends the line and writes it to {@code out}; the buffer starts a new line. */
    void writeTo(Writer out) throws IOException {
        line.append('\n');
        int length = line.length();
        if (chars.length < length) {
            chars = new char[Math.max(length, chars.length * 2)];
        }
        line.getChars(0, length, chars, 0);
        line.setLength(0);
        first = true;
        out.write(chars, 0, length);
    }

    /** The line so far, for tests. */
    @Override
    public String toString() {
        return line.toString();
    }

    private void separate() {
        if (first) {
            first = false;
        } else {
            line.append(',');
        }
    }

    private void appendQuoted(String value) {
        line.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                line.append('"');
            }
            line.append(c);
        }
        line.append('"');
    }

    private static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (needsQuotes(value.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean needsQuotes(char c) {
        return c == ',' || c == '"' || c == '\n' || c == '\r';
    }
}
