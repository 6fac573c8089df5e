package io.bankingsim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code banking-sim stub} refuses bad option values with exit code 2, naming the option and what it allows. */
class StubUsageTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--nexum-port|70000|0 (any free port) to 65535",
        "--bastion-port|http|a port number",
        "--rate-limit|-1|0 or more",
        "--token-ttl-seconds|0|1 or more",
        "--latency-ms|fast|a whole number",
        "--hang-ms|-5|0 or more",
        "--error-rate|1.5|fraction from 0 to 1",
        "--timeout-rate|NaN|fraction from 0 to 1",
        "--seed|x|--seed"})
    void badValueIsUsageErrorNamingTheOption(String option, String value, String allowed) {
        Cli.Result r = Cli.in(dir).run("stub", option, value);

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains(option, allowed);
    }

    @Test
    void ratesThatAddUpToMoreThanOneAreRefused() {
        Cli.Result r = Cli.in(dir).run("stub", "--error-rate", "0.6", "--timeout-rate", "0.5");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--error-rate plus --timeout-rate must be at most 1");
    }

    @Test
    void samePortTwiceIsRefused() {
        Cli.Result r = Cli.in(dir).run("stub", "--nexum-port", "9000", "--bastion-port", "9000");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--nexum-port and --bastion-port must differ");
    }

    @Test
    void helpListsEveryOption() {
        Cli.Result r = Cli.in(dir).run("stub", "--help");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("--nexum-port", "--bastion-port", "--host", "--no-auth", "--username",
                "--password", "--rate-limit", "--token-ttl-seconds", "--latency-ms", "--error-rate", "--timeout-rate",
                "--hang-ms", "--seed", "--post-only", "--no-feedback", "docs/stubs.md");
    }

    @Test
    void shellWordsAreQuotedOnlyWhenNeeded() {
        assertThat(StubCommand.shellWord("http://127.0.0.1:8090")).isEqualTo("http://127.0.0.1:8090");
        assertThat(StubCommand.shellWord("it's $ecret")).isEqualTo("'it'\\''s $ecret'");
        assertThat(StubCommand.shellWord("")).isEqualTo("''");
    }
}
