package io.bankingsim.core.scenario;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A value outside its allowed range names the range. */
class RangeTest {

    @Test
    void negativeFraudRateNamesTheAllowedRange() {
        ScenarioProblem p = Scenarios.onlyProblemOf("name: x\nfraud:\n  rate: -0.01\n");

        assertThat(p.path()).isEqualTo("fraud.rate");
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.column()).isEqualTo(9);
        assertThat(p.message()).isEqualTo("must be a number at least 0 and less than 1, got -0.01");
    }

    @Test
    void fraudRateOfOneIsTooHigh() {
        assertThat(Scenarios.onlyProblemOf("name: x\nfraud: {rate: 1}\n").message())
                .isEqualTo("must be a number at least 0 and less than 1, got 1");
    }

    @Test
    void integerOutsideItsBoundsNamesThem() {
        assertThat(Scenarios.onlyProblemOf("name: x\naccounts_per_customer: 5\n").message())
                .isEqualTo("must be an integer from 1 to 4, got 5");
        assertThat(Scenarios.onlyProblemOf("name: x\ndashboard: {port: 0}\n").message())
                .isEqualTo("must be an integer from 1 to 65535, got 0");
    }

    @Test
    void durationMustBePositiveAndAtMostTenYears() {
        assertThat(Scenarios.onlyProblemOf("name: x\nduration_hours: 0\n").message())
                .isEqualTo("must be a number greater than 0 and at most 87600, got 0");
        assertThat(Scenarios.onlyProblemOf("name: x\nduration_hours: 87601\n").message())
                .contains("at most 87600");
    }

    @Test
    void businessHoursMustRunForward() {
        ScenarioProblem p = Scenarios.onlyProblemOf("name: x\ntransaction_rate:\n  business_hours: [18, 8]\n");

        assertThat(p.message()).isEqualTo("from must be before to in [from, to], got [18, 8]");
    }

    @Test
    void hourOutOfRangeIsReportedAtTheItem() {
        ScenarioProblem p = Scenarios.onlyProblemOf("name: x\ntransaction_rate:\n  business_hours: [8, 25]\n");

        assertThat(p.path()).isEqualTo("transaction_rate.business_hours[1]");
        assertThat(p.message()).isEqualTo("must be an integer from 1 to 24, got 25");
    }

    @Test
    void attackWindowMayWrapPastMidnightButNotBeEmpty() throws ScenarioException {
        assertThat(Scenarios.parse("name: x\nfraud: {attack_window: [22, 4]}\n").fraud().attackWindow())
                .isEqualTo(new HourWindow(22, 4));
        assertThat(Scenarios.onlyProblemOf("name: x\nfraud: {attack_window: [3, 3]}\n").message())
                .startsWith("from and to must differ");
    }

    @Test
    void emptyNameIsRejected() {
        assertThat(Scenarios.onlyProblemOf("name: '  '\n").message()).isEqualTo("must not be empty");
    }
}
