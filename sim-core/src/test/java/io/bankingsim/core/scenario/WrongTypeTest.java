package io.bankingsim.core.scenario;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A value of the wrong type names the type expected and the value found. */
class WrongTypeTest {

    @Test
    void stringWhereANumberIsExpected() {
        ScenarioProblem p = Scenarios.onlyProblemOf("name: x\nduration_hours: abc\n");

        assertThat(p.message()).isEqualTo("expected a number, got string 'abc'");
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.column()).isEqualTo(17);
    }

    @Test
    void quotedNumberIsAString() {
        ScenarioProblem p = Scenarios.onlyProblemOf("name: x\ncustomers: \"10\"\n");

        assertThat(p.message()).isEqualTo("expected an integer, got string '10'");
    }

    @Test
    void fractionWhereAnIntegerIsExpected() {
        ScenarioProblem p = Scenarios.onlyProblemOf("name: x\ncustomers: 10.5\n");

        assertThat(p.message()).isEqualTo("expected an integer, got number 10.5");
    }

    @Test
    void wholeNumberWrittenWithAFractionCountsAsAnInteger() throws ScenarioException {
        assertThat(Scenarios.parse("name: x\ncustomers: 1000.0\n").customers()).isEqualTo(1000);
    }

    @Test
    void yesIsNotABoolean() {
        ScenarioProblem p = Scenarios.onlyProblemOf("name: x\ndashboard:\n  enabled: yes\n");

        assertThat(p.path()).isEqualTo("dashboard.enabled");
        assertThat(p.message()).isEqualTo("expected a boolean (true or false), got string 'yes'");
    }

    @Test
    void scalarWhereASectionIsExpected() {
        ScenarioProblem p = Scenarios.onlyProblemOf("name: x\nfraud: 0.01\n");

        assertThat(p.message()).startsWith("expected a mapping with the keys rate, attack_window, patterns;")
                .endsWith("got number 0.01");
    }

    @Test
    void numberWhereTheNameIsExpected() {
        ScenarioProblem p = Scenarios.onlyProblemOf("name: 42\n");

        assertThat(p.message()).isEqualTo("expected a string, got integer 42");
    }

    @Test
    void relativeUrlIsRejected() {
        ScenarioProblem p = Scenarios.onlyProblemOf("name: x\nconnections:\n  nexum_url: localhost:8090\n");

        assertThat(p.message()).contains("expected an absolute http or https URL");
    }

    @Test
    void maxIsARunOptionNotASpeedMultiplier() {
        ScenarioProblem p = Scenarios.onlyProblemOf("name: x\nspeed_multiplier: max\n");

        assertThat(p.message()).contains("run option (--speed max)");
    }
}
