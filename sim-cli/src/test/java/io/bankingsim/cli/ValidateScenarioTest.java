package io.bankingsim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --validate-scenario} says OK with the scenario's name, or lists every problem located. */
class ValidateScenarioTest {

    @TempDir
    Path dir;

    @Test
    void validFileIsOkWithItsName() throws IOException {
        Path file = Files.writeString(dir.resolve("day.yaml"), """
                name: My day
                duration_hours: 2
                customers: 10
                """);

        Cli.Result r = Cli.in(dir).run("--validate-scenario", file.toString());

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("OK: " + file + " (My day)" + System.lineSeparator());
    }

    @Test
    void typoKeyIsUsageErrorLocatedAtFileLineColumn() throws IOException {
        Path file = Files.writeString(dir.resolve("typo.yaml"), """
                name: x
                seed: 1
                duration_hour: 24
                """);

        Cli.Result r = Cli.in(dir).run("--validate-scenario", file.toString());

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains(file + ":3:1: duration_hour: unknown key 'duration_hour'",
                "did you mean 'duration_hours'?");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void everyProblemIsListed() throws IOException {
        Path file = Files.writeString(dir.resolve("two.yaml"), """
                name: x
                customrs: 10
                speed_multiplier: fast
                """);

        Cli.Result r = Cli.in(dir).run("--validate-scenario", file.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("2 problems", file + ":2:1: customrs:", file + ":3:");
    }

    @Test
    void missingFileIsUsageError() {
        Cli.Result r = Cli.in(dir).run("--validate-scenario", dir.resolve("nope.yaml").toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("nope.yaml", "no such file");
    }

    @Test
    void builtInScenarioCanBeValidatedByName() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int code = BankingSim.execute(new String[] {"--validate-scenario", "fraud_attack"},
                new java.io.PrintStream(out, true), new java.io.PrintStream(err, true));
        org.assertj.core.api.Assertions.assertThat(code).as(err.toString()).isZero();
        org.assertj.core.api.Assertions.assertThat(out.toString()).contains("OK: fraud_attack (Fraud attack)");
    }
}
