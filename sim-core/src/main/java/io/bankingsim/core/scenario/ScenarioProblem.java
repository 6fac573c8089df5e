package io.bankingsim.core.scenario;

import java.util.Objects;

/**
 * One mistake in a scenario file, with where it is. Immutable and thread-safe.
 *
 * @param source the file or resource the scenario came from, e.g. {@code scenarios/day.yaml}
 * @param line 1-based line of the offending key or value, or 0 when unknown
 * @param column 1-based column of the offending key or value, or 0 when unknown
 * @param path dotted key path of the offending entry, e.g. {@code fraud.patterns[0].type}; empty
 *     for the document as a whole
 * @param message what is wrong and what is allowed
 */
public record ScenarioProblem(String source, int line, int column, String path, String message) {

    public ScenarioProblem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        line = Math.max(line, 0);
        column = Math.max(column, 0);
    }

    /**
     * {@code source:line:column: path: message}, the form compilers use so that editors can jump
     * to it; the {@code path: } part is left out when the path is empty.
     */
    @Override
    public String toString() {
        String where = source + ":" + line + ":" + column + ": ";
        return path.isEmpty() ? where + message : where + path + ": " + message;
    }
}
