package io.bankingsim.core.scenario;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every key but the name is optional, and an absent key takes its documented default. */
class DefaultsTest {

    @Test
    void aScenarioWithOnlyANameHasEveryDefault() throws ScenarioException {
        Scenario s = Scenarios.parse("name: x\n");

        Scenario expected = Scenario.defaults("x");
        assertThat(s).usingRecursiveComparison().ignoringFields("source").isEqualTo(expected);
        assertThat(s.source()).isEqualTo(Scenarios.SOURCE);
    }

    @Test
    void emptySectionsTakeTheirDefaults() throws ScenarioException {
        Scenario s = Scenarios.parse("""
                name: x
                transaction_rate:
                fraud: {}
                connections:
                """);

        assertThat(s.transactionRate()).isEqualTo(TransactionRate.DEFAULTS);
        assertThat(s.fraud()).isEqualTo(Fraud.DEFAULTS);
        assertThat(s.connections()).isEqualTo(Connections.DEFAULTS);
    }

    @Test
    void patternKeysDefaultToWeightOneIntensityOneAndNothingPinned() throws ScenarioException {
        Scenario s = Scenarios.parse("""
                name: x
                fraud:
                  patterns:
                    - type: layering
                      count:
                """);

        assertThat(s.fraud().patterns()).containsExactly(PatternSettings.of("layering"));
    }

    @Test
    void speedMultiplierAlsoSetsTheReferenceSpeedOfDefaultRates() throws ScenarioException {
        Scenario s = Scenarios.parse("name: x\nspeed_multiplier: 1000\n");

        assertThat(s.speed().multiplier()).isEqualTo(1000);
        assertThat(s.transactionRate()).isEqualTo(TransactionRate.DEFAULTS.withReferenceSpeed(1000));
    }
}
