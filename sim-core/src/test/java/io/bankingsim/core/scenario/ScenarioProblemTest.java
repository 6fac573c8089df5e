package io.bankingsim.core.scenario;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How a problem and a list of problems read. */
class ScenarioProblemTest {

    @Test
    void problemReadsLikeACompilerMessage() {
        ScenarioProblem p = new ScenarioProblem("a.yaml", 3, 7, "fraud.patterns[0].type", "unknown");

        assertThat(p).hasToString("a.yaml:3:7: fraud.patterns[0].type: unknown");
    }

    @Test
    void emptyPathIsLeftOut() {
        assertThat(new ScenarioProblem("a.yaml", 0, 0, "", "cannot read")).hasToString("a.yaml:0:0: cannot read");
    }

    @Test
    void oneProblemIsSingular() {
        ScenarioException e = ScenarioException.of("a.yaml", "broken");

        assertThat(e.getMessage()).isEqualTo("Invalid scenario a.yaml: 1 problem\na.yaml:0:0: broken");
    }

    @Test
    void anExceptionNeedsAProblem() {
        assertThatThrownBy(() -> new ScenarioException("a.yaml", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
