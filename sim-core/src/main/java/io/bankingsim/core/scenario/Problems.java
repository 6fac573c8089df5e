package io.bankingsim.core.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the problems of one scenario so that all of them are reported at once, then sorts
 * them into file order. Not thread-safe: one instance per parse.
 */
final class Problems {

    private final String source;
    private final List<ScenarioProblem> problems = new ArrayList<>();

    Problems(String source) {
        this.source = source;
    }

    void add(int line, int column, String path, String message) {
        problems.add(new ScenarioProblem(source, line, column, path, message));
    }

    /** A problem with the value of a node, located where that value starts. */
    void at(YamlNode node, String path, String message) {
        add(node.line(), node.column(), path, message);
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    /** Throws every problem collected so far, in file order, if there is any. */
    void throwIfAny() throws ScenarioException {
        if (!problems.isEmpty()) {
            List<ScenarioProblem> sorted = new ArrayList<>(problems);
            sorted.sort(Comparator.comparingInt(ScenarioProblem::line).thenComparingInt(ScenarioProblem::column));
            throw new ScenarioException(source, sorted);
        }
    }

    /** The path of a key inside the mapping at {@code path}: {@code fraud} + {@code rate}. */
    static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** The path of a list item: {@code fraud.patterns} + 0 gives {@code fraud.patterns[0]}. */
    static String item(String path, int index) {
        return path + "[" + index + "]";
    }
}
