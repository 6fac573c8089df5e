package io.bankingsim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad usage exits with code 2 and says why, before anything runs. */
class UsageErrorsTest {

    @TempDir
    Path dir;

    @Test
    void badSpeedIsRejectedWithTheReason() {
        Cli.Result r = Cli.in(dir).run("--scenario", "normal_day", "--dry-run", "--speed", "abc");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--speed", "speed must be a positive number or 'max', not 'abc'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-3", "many"})
    void customersMustBeAPositiveWholeNumber(String value) {
        Cli.Result r = Cli.in(dir).run("--scenario", "normal_day", "--dry-run", "--customers", value);

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--customers");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "NaN", "Infinity", "soon"})
    void durationMustBeMoreThanZeroHours(String value) {
        Cli.Result r = Cli.in(dir).run("--scenario", "normal_day", "--dry-run", "--duration-hours", value);

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--duration-hours");
    }

    @Test
    void missingScenarioFileIsUsageErrorListingTheBuiltIns() {
        Cli.Result r = Cli.in(dir).run("--scenario", "missing.yaml", "--dry-run");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("missing.yaml", "normal_day");
    }

    @Test
    void invalidScenarioFileListsItsProblems() throws Exception {
        Path file = java.nio.file.Files.writeString(dir.resolve("bad.yaml"), "name: x\nduration_hour: 2\n");

        Cli.Result r = Cli.in(dir).run("--scenario", file.toString(), "--dry-run");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains(file + ":2:1: duration_hour:");
    }

    @Test
    void runningWithoutDryRunAgainstNoBackendNamesTheUrlAndTheWayOut() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closedPort;

        Cli.Result r = Cli.in(dir).withEnv(Map.of("NEXUM_URL", url, "BASTION_URL", url))
                .run("--scenario", "normal_day", "--customers", "10");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("Nexum is not reachable at " + url + "/health", "connection refused",
                "Bastion is not reachable at " + url + "/health", "banking-sim stub", "--dry-run");
    }

    @Test
    void anUnknownOutputFormatNamesTheAllowedOnes() {
        Cli.Result r = Cli.in(dir).run("--scenario", "normal_day", "--dry-run", "--output", "out",
                "--output-format", "jsonl,xml");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--output-format: unknown format 'xml'", "allowed: jsonl, csv");
    }

    @Test
    void outputThatIsAFileIsUsageError() throws Exception {
        Path file = java.nio.file.Files.writeString(dir.resolve("taken"), "x");

        Cli.Result r = Cli.in(dir).run("--scenario", "normal_day", "--dry-run", "--output", file.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("cannot create the output folder", "taken");
    }

    @Test
    void nothingToDoIsUsageError() {
        Cli.Result r = Cli.in(dir).run();

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--scenario", "--list-scenarios", "--validate-scenario", "--help");
    }

    @Test
    void twoModesAtOnceAreUsageError() {
        Cli.Result r = Cli.in(dir).run("--scenario", "normal_day", "--list-scenarios");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("cannot be combined");
    }

    @Test
    void unknownOptionIsUsageErrorWithASuggestion() {
        Cli.Result r = Cli.in(dir).run("--scenario", "normal_day", "--dryrun");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--dryrun", "--dry-run");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NEXUM_URL", "BASTION_URL"})
    void badBackendUrlIsUsageError(String variable) {
        Cli.Result r = Cli.in(dir).withEnv(Map.of(variable, "localhost:8090"))
                .run("--scenario", "normal_day", "--dry-run");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains(variable, "http");
    }

    @Test
    void unknownLogLevelIsUsageError() {
        Cli.Result r = Cli.in(dir).withEnv(Map.of("LOG_LEVEL", "LOUD")).run("--list-scenarios");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("LOG_LEVEL", "ERROR, WARN, INFO, DEBUG, TRACE");
    }

    @Test
    void helpPrintsTheOptionsAndSucceeds() {
        Cli.Result r = Cli.in(dir).run("--help");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("--scenario", "--list-scenarios", "--validate-scenario", "--dry-run", "--speed",
                "--customers", "--seed", "--duration-hours", "--output", "--verbose", "NEXUM_URL", "BASTION_URL",
                "LOG_LEVEL", "--dashboard", "--dashboard-port", "--output-format=FORMAT", "DASHBOARD_PORT",
                "NEXUM_USERNAME");
    }

    @Test
    void versionNamesTheProgramAndItsVersion() {
        Cli.Result r = Cli.in(dir).run("-V");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("banking-sim 0.").doesNotContain("${");
    }
}
