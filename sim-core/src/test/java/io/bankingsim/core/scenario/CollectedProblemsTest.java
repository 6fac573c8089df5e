package io.bankingsim.core.scenario;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Validation does not stop at the first mistake: a file with three reports three, in file order. */
class CollectedProblemsTest {

    static final String THREE_MISTAKES = """
            name: x
            customers: lots
            fraud:
              rate: 2
            dashboard:
              prot: 8095
            """;

    @Test
    void threeMistakesGiveThreeLocatedProblems() {
        List<ScenarioProblem> problems = Scenarios.problemsOf(THREE_MISTAKES);

        assertThat(problems).extracting(ScenarioProblem::path)
                .containsExactly("customers", "fraud.rate", "dashboard.prot");
        assertThat(problems).extracting(ScenarioProblem::line).containsExactly(2, 4, 6);
    }

    @Test
    void messageListsEveryProblemUnderAHeading() {
        ScenarioException e = catchThrowableOfType(ScenarioException.class,
                () -> ScenarioLoader.withBuiltInPatterns().parse(THREE_MISTAKES, "day.yaml"));

        assertThat(e.source()).isEqualTo("day.yaml");
        assertThat(e.getMessage().lines().toList()).hasSize(4).first()
                .isEqualTo("Invalid scenario day.yaml: 3 problems");
        assertThat(e.getMessage().lines().skip(1).toList()).containsExactly(
                "day.yaml:2:12: customers: expected an integer, got string 'lots'",
                "day.yaml:4:9: fraud.rate: must be a number at least 0 and less than 1, got 2",
                "day.yaml:6:3: dashboard.prot: unknown key 'prot', did you mean 'port'? Allowed keys in dashboard:"
                        + " enabled, port, host");
    }

    @Test
    void aMissingRequiredKeyPointsAtTheMappingThatLacksIt() {
        ScenarioProblem p = Scenarios.onlyProblemOf("description: no name\nseed: 1\n");

        assertThat(p.path()).isEqualTo("name");
        assertThat(p.message()).isEqualTo("missing required key 'name'");
        assertThat(p.line()).isEqualTo(1);
        assertThat(p.column()).isEqualTo(1);
    }
}
