package io.bankingsim.core.scenario;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A key the schema does not know is an error that points at it and suggests the likely one. */
class UnknownKeyTest {

    @Test
    void typoAtTopLevelIsLocatedAndSuggestsTheClosestKey() {
        ScenarioProblem p = Scenarios.onlyProblemOf("""
                name: x
                seed: 1
                duration_hour: 24
                """);

        assertThat(p.line()).isEqualTo(3);
        assertThat(p.column()).isEqualTo(1);
        assertThat(p.path()).isEqualTo("duration_hour");
        assertThat(p.message()).contains("unknown key 'duration_hour'", "did you mean 'duration_hours'?");
        assertThat(p.toString()).startsWith("test.yaml:3:1: duration_hour: unknown key");
    }

    @Test
    void typoInsideASectionListsTheKeysAllowedThere() {
        ScenarioProblem p = Scenarios.onlyProblemOf("""
                name: x
                transaction_rate:
                  peak_tps: 10
                    # a comment
                  of_peak_tps: 2
                """);

        assertThat(p.line()).isEqualTo(5);
        assertThat(p.column()).isEqualTo(3);
        assertThat(p.path()).isEqualTo("transaction_rate.of_peak_tps");
        assertThat(p.message()).contains("did you mean 'off_peak_tps'?",
                "Allowed keys in transaction_rate: peak_tps, off_peak_tps, business_hours, weekend_multiplier");
    }

    @Test
    void keyFarFromAnyAllowedOneGetsNoSuggestion() {
        ScenarioProblem p = Scenarios.onlyProblemOf("name: x\nbananas: 3\n");

        assertThat(p.message()).doesNotContain("did you mean").contains("Allowed keys at the top level: name,");
    }

    @Test
    void unknownKeyInAPatternIsReportedWithItsIndex() {
        ScenarioProblem p = Scenarios.onlyProblemOf("""
                name: x
                fraud:
                  patterns:
                    - type: layering
                      wieght: 2
                """);

        assertThat(p.path()).isEqualTo("fraud.patterns[0].wieght");
        assertThat(p.line()).isEqualTo(5);
        assertThat(p.column()).isEqualTo(7);
        assertThat(p.message()).contains("did you mean 'weight'?");
    }
}
