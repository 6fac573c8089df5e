package io.bankingsim.core.scenario;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** The opening balance is exact money: read from the token text, in the currency's minor units. */
class InitialBalanceTest {

    @Test
    void balanceIsTheExactDecimalAsWritten() throws ScenarioException {
        BigDecimal balance = Scenarios.parse("name: x\ninitial_balance: 1234567890123.17\n").initialBalance();

        assertThat(balance).isEqualTo(new BigDecimal("1234567890123.17"));
        assertThat(balance.toPlainString()).isEqualTo("1234567890123.17");
    }

    @Test
    void balanceTakesTheScaleOfTheCurrency() throws ScenarioException {
        assertThat(Scenarios.parse("name: x\ninitial_balance: 5000\n").initialBalance())
                .isEqualTo(new BigDecimal("5000.00"));
        assertThat(Scenarios.parse("name: x\ninitial_balance: 0.1\n").initialBalance())
                .isEqualTo(new BigDecimal("0.10"));
    }

    @Test
    void moreDecimalsThanTheCurrencyHasIsAnError() {
        ScenarioProblem p = Scenarios.onlyProblemOf("name: x\ninitial_balance: 10.005\n");

        assertThat(p.path()).isEqualTo("initial_balance");
        assertThat(p.message()).isEqualTo("USD allows at most 2 decimals, got 10.005");
    }

    @Test
    void yenHasNoDecimals() throws ScenarioException {
        assertThat(Scenarios.onlyProblemOf("name: x\ncurrency: JPY\ninitial_balance: 100.5\n").message())
                .isEqualTo("JPY allows at most 0 decimals, got 100.5");
        assertThat(Scenarios.parse("name: x\ncurrency: JPY\ninitial_balance: 100\n").initialBalance())
                .isEqualTo(new BigDecimal("100"));
    }

    @Test
    void negativeBalanceIsAnError() {
        assertThat(Scenarios.onlyProblemOf("name: x\ninitial_balance: -1\n").message())
                .isEqualTo("must be a number at least 0, got -1");
    }

    @Test
    void goldAndWithdrawnCurrenciesAreRefusedWithTheReason() {
        assertThat(Scenarios.onlyProblemOf("name: x\ncurrency: XAU\n").message())
                .startsWith("'XAU' is not a currency a bank keeps accounts in").contains("Allowed (ISO 4217, in use)")
                .doesNotContain("XAU,").contains("EUR, ");
        assertThat(Scenarios.onlyProblemOf("name: x\ncurrency: DEM\n").message())
                .startsWith("'DEM' is a withdrawn currency").doesNotContain(" DEM,");
    }

    @Test
    void lowerCaseCurrencyIsAnErrorThatShowsTheCode() {
        assertThat(Scenarios.onlyProblemOf("name: x\ncurrency: eur\n").message())
                .isEqualTo("currency codes are upper-case: write 'EUR'");
    }

    @Test
    void unknownCurrencyListsTheAllowedCodes() {
        assertThat(Scenarios.onlyProblemOf("name: x\ncurrency: EUX\n").message())
                .startsWith("unknown currency 'EUX', did you mean 'EUR'?").contains("USD, USN");
    }
}
