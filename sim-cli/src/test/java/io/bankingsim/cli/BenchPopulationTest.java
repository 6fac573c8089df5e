package io.bankingsim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code banking-sim bench population} measures and reports; bad options are usage errors. */
class BenchPopulationTest {

    @TempDir
    Path dir;

    @Test
    void reportsCustomersPerSecondAndHeapPerHundredThousandCustomers() {
        Cli.Result r = Cli.in(dir).run("bench", "population", "--customers", "3000", "--currency", "EUR");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("population: 3,000 customers, 2 accounts each, EUR")
                .containsPattern("built +[\\d,]+ customers/s")
                .containsPattern("onboarded +[\\d,]+ customers/s .*9,000 events")
                .containsPattern("heap +[\\d.]+ MB per 100,000 customers");
    }

    @Test
    void anUnknownCurrencyIsAUsageErrorNamingIt() {
        Cli.Result r = Cli.in(dir).run("bench", "population", "--customers", "100", "--currency", "XYZ");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(BankingSim.USAGE);
        assertThat(r.err()).contains("--currency: unknown currency 'XYZ'");
    }

    @Test
    void tooManyAccountsIsAUsageErrorWithTheAllowedRange() {
        Cli.Result r = Cli.in(dir).run("bench", "population", "--accounts", "7");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(BankingSim.USAGE);
        assertThat(r.err()).contains("--accounts must be 1 to 4");
    }

    @Test
    void tooManyCustomersIsAUsageErrorNamingTheOption() {
        Cli.Result r = Cli.in(dir).run("bench", "population", "--customers", "2000000000");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(BankingSim.USAGE);
        assertThat(r.err()).contains("--customers must be at most 10000000");
    }
}
