package io.bankingsim.core.scenario;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the document as a whole must look like: one non-empty mapping with each key once. */
class DocumentShapeTest {

    @Test
    void emptyFileIsAnError() {
        assertThat(Scenarios.onlyProblemOf("").message()).startsWith("the scenario is empty");
        assertThat(Scenarios.onlyProblemOf("# only a comment\n").message()).startsWith("the scenario is empty");
    }

    @Test
    void listAtTheTopLevelIsAnError() {
        assertThat(Scenarios.onlyProblemOf("- name: x\n").message())
                .startsWith("the top level must be a mapping").endsWith("got a list of 1 item");
    }

    @Test
    void duplicateKeyIsAnErrorAtTheSecondOccurrence() {
        ScenarioProblem p = Scenarios.onlyProblemOf("name: x\nseed: 1\ncustomers: 3\nseed: 2\n");

        assertThat(p.line()).isEqualTo(4);
        assertThat(p.message()).isEqualTo("duplicate key 'seed' (first given at line 2, column 1): keep only one");
    }

    @Test
    void syntaxErrorIsLocated() {
        ScenarioProblem p = Scenarios.onlyProblemOf("name: x\nfraud:\n  patterns: [a, b\ncustomers: 3\n");

        assertThat(p.message()).startsWith("YAML syntax error:");
        assertThat(p.line()).isGreaterThan(2);
    }

    @Test
    void secondDocumentIsAnError() {
        ScenarioProblem p = Scenarios.onlyProblemOf("name: x\n---\nname: y\n");

        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message()).contains("one YAML document");
    }

    @Test
    void duplicateKeysAndTypeErrorsAreReportedTogether() {
        List<ScenarioProblem> problems = Scenarios.problemsOf("name: x\nname: y\nseed: z\n");

        assertThat(problems).extracting(ScenarioProblem::line).containsExactly(2, 3);
    }
}
