package io.bankingsim.core.scenario;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Test fixtures: parse inline YAML and look at the scenario or at the problems it has. */
final class Scenarios {

    static final String SOURCE = "test.yaml";

    private Scenarios() {
    }

    static Scenario parse(String yaml) throws ScenarioException {
        return ScenarioLoader.withBuiltInPatterns().parse(yaml, SOURCE);
    }

    /** The problems of a scenario that must be invalid. */
    static List<ScenarioProblem> problemsOf(String yaml) {
        return problemsOf(yaml, ScenarioLoader.withBuiltInPatterns());
    }

    static List<ScenarioProblem> problemsOf(String yaml, ScenarioLoader loader) {
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> loader.parse(yaml, SOURCE));
        assertThat(e).as("the scenario should be invalid").isNotNull();
        return e.problems();
    }

    /** The only problem of a scenario that must have exactly one. */
    static ScenarioProblem onlyProblemOf(String yaml) {
        List<ScenarioProblem> problems = problemsOf(yaml);
        assertThat(problems).hasSize(1);
        return problems.getFirst();
    }
}
