package io.bankingsim.core.scenario;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Pattern types come from the loader's known set, which plug-ins extend. */
class PatternTypeTest {

    static final String PLUGIN_PATTERN = """
            name: x
            fraud:
              patterns:
                - type: sim_swap
                  params: {carrier: acme, max_swaps: 3}
            """;

    @Test
    void unknownPatternTypeListsTheAllowedOnes() {
        ScenarioProblem p = Scenarios.onlyProblemOf("""
                name: x
                fraud:
                  patterns:
                    - type: card_tsting
                """);

        assertThat(p.path()).isEqualTo("fraud.patterns[0].type");
        assertThat(p.line()).isEqualTo(4);
        assertThat(p.column()).isEqualTo(13);
        assertThat(p.message()).contains("unknown pattern type 'card_tsting'", "did you mean 'card_testing'?")
                .contains(Fraud.BUILT_IN_PATTERNS);
    }

    @Test
    void pluginTypeIsRejectedByTheBuiltInLoader() {
        assertThat(Scenarios.onlyProblemOf(PLUGIN_PATTERN).message()).contains("unknown pattern type 'sim_swap'");
    }

    @Test
    void pluginTypeIsAcceptedWhenTheLoaderKnowsIt() throws ScenarioException {
        Set<String> types = new HashSet<>(Fraud.BUILT_IN_PATTERNS);
        types.add("sim_swap");
        ScenarioLoader loader = new ScenarioLoader(types);

        Scenario s = loader.parse(PLUGIN_PATTERN, "plugin.yaml");

        PatternSettings pattern = s.fraud().patterns().getFirst();
        assertThat(pattern.type()).isEqualTo("sim_swap");
        assertThat(pattern.params()).containsEntry("carrier", "acme").containsEntry("max_swaps", 3L);
        assertThat(loader.knownPatternTypes()).contains("sim_swap", "card_testing");
    }

    @Test
    void theSameTypeTwiceIsAnError() {
        ScenarioProblem p = Scenarios.onlyProblemOf("""
                name: x
                fraud:
                  patterns:
                    - type: layering
                    - type: smurfing
                    - type: layering
                      weight: 2
                """);

        assertThat(p.path()).isEqualTo("fraud.patterns[2].type");
        assertThat(p.message()).contains("'layering' is listed twice", "fraud.patterns[0]");
    }

    @Test
    void missingTypeIsAnError() {
        ScenarioProblem p = Scenarios.onlyProblemOf("name: x\nfraud:\n  patterns:\n    - weight: 2\n");

        assertThat(p.path()).isEqualTo("fraud.patterns[0].type");
        assertThat(p.message()).isEqualTo("missing required key 'type'");
    }

    @Test
    void weightsOfUncountedPatternsMustNotAllBeZeroWhenThereIsFraud() {
        String zeroWeights = """
                name: x
                fraud:
                  rate: %s
                  patterns:
                    - {type: layering, weight: 0}
                    - {type: smurfing, weight: 0, count: 3}
                """;

        assertThat(Scenarios.onlyProblemOf(zeroWeights.formatted("0.01")).message())
                .contains("weights of the patterns without a count (layering) sum to 0");
        assertThat(Scenarios.problemsOf(zeroWeights.formatted("0.01"))).hasSize(1);
    }

    @Test
    void zeroWeightsAreFineWithoutFraud() throws ScenarioException {
        Scenario s = Scenarios.parse("name: x\nfraud:\n  rate: 0\n  patterns:\n    - {type: layering, weight: 0}\n");

        assertThat(s.fraud().patterns()).hasSize(1);
    }

    @Test
    void emptyPatternListIsAllowed() throws ScenarioException {
        assertThat(Scenarios.parse("name: x\nfraud:\n  patterns: []\n").fraud().patterns()).isEmpty();
    }

    @Test
    void nullInsideParamsIsAnError() {
        ScenarioProblem p = Scenarios.onlyProblemOf("""
                name: x
                fraud:
                  patterns:
                    - type: layering
                      params: {hops: ~}
                """);

        assertThat(p.path()).isEqualTo("fraud.patterns[0].params.hops");
    }
}
