package io.bankingsim.core.scenario;

import java.io.Serial;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A scenario could not be read or is invalid. It carries every problem found, not only the
 * first, each with its location; the message lists them one per line after a heading such as
 * {@code Invalid scenario day.yaml: 3 problems}. Immutable once thrown.
 */
public final class ScenarioException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String source;
    private final transient List<ScenarioProblem> problems;

    /**
     * @param source the file or resource that was read
     * @param problems at least one problem
     */
    public ScenarioException(String source, List<ScenarioProblem> problems) {
        super(message(source, problems));
        this.source = Objects.requireNonNull(source, "source");
        this.problems = List.copyOf(problems);
        if (this.problems.isEmpty()) {
            throw new IllegalArgumentException("a ScenarioException needs at least one problem");
        }
    }

    /** A single problem that has no location inside the file, e.g. a file that cannot be read. */
    public static ScenarioException of(String source, String message) {
        return new ScenarioException(source, List.of(new ScenarioProblem(source, 0, 0, "", message)));
    }

    /** The file or resource that was read. */
    public String source() {
        return source;
    }

    /** Every problem found, in the order they appear in the file; never empty. */
    public List<ScenarioProblem> problems() {
        return problems;
    }

    private static String message(String source, List<ScenarioProblem> problems) {
        int n = problems.size();
        return "Invalid scenario " + source + ": " + n + (n == 1 ? " problem" : " problems")
                + problems.stream().map(p -> "\n" + p).collect(Collectors.joining());
    }
}
