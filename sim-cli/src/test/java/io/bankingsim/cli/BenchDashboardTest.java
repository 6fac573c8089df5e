package io.bankingsim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad options of {@code banking-sim bench dashboard} are usage errors naming the option; nothing is started. */
class BenchDashboardTest {

    @TempDir
    Path dir;

    @Test
    void noClientsIsAUsageErrorNamingTheOption() {
        Cli.Result r = Cli.in(dir).run("bench", "dashboard", "--clients", "0");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(BankingSim.USAGE);
        assertThat(r.err()).contains("--clients").contains("must be 1 or more, not 0");
    }

    @Test
    void tooManyClientsIsAUsageErrorWithTheAllowedRange() {
        Cli.Result r = Cli.in(dir).run("bench", "dashboard", "--clients", "5000");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(BankingSim.USAGE);
        assertThat(r.err()).contains("--clients must be 1 to 1000, not 5000");
    }

    @Test
    void aPushIntervalOutsideTheServersRangeIsAUsageError() {
        Cli.Result r = Cli.in(dir).run("bench", "dashboard", "--push-interval-ms", "5");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(BankingSim.USAGE);
        assertThat(r.err()).contains("--push-interval-ms must be 10 to 5000, not 5");
    }

    @Test
    void anUnknownScenarioIsAUsageErrorNamingIt() {
        Cli.Result r = Cli.in(dir).run("bench", "dashboard", "--scenario", "no_such_scenario", "--seconds", "1");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(BankingSim.USAGE);
        assertThat(r.err()).contains("no_such_scenario");
    }
}
