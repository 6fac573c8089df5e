package io.bankingsim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code banking-sim bench dashboard} serves a dry run, connects its clients and reports the
 * latency of what they received. An IT: it opens a port.
 */
class BenchDashboardIT {

    @TempDir
    Path dir;

    @Test
    void reportsTheLatencyOfTheItemsEveryClientReceived() {
        Cli.Result r = Cli.in(dir).run("bench", "dashboard", "--clients", "2", "--seconds", "3",
                "--warmup-seconds", "0", "--customers", "50", "--push-interval-ms", "50");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("dashboard: Normal day, 2 clients")
                .containsPattern("latency +count [1-9][\\d,]*  p50 [\\d.]+  p90 [\\d.]+  p99 [\\d.]+  p99\\.9 [\\d.]+"
                        + "  max [\\d.]+ ms")
                .containsPattern("items +per client: [1-9][\\d,]* [1-9][\\d,]*  \\(of [\\d,]+ transactions")
                .contains("2 connected, 0 dropped");
    }

    @Test
    void withABrowserItMeasuresTheRowsARealChromiumDrew() {
        Cli.Result r = Cli.in(dir).run("bench", "dashboard", "--clients", "1", "--browsers", "1", "--seconds", "4",
                "--warmup-seconds", "4", "--customers", "50");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out())
                .containsPattern("browser +count [1-9][\\d,]*  p50 [\\d.]+ .*headless Chromium")
                .containsPattern("on screen +count [1-9][\\d,]*  p50 [\\d.]+  p90 [\\d.]+  p99 [\\d.]+");
    }

    @Test
    void tooManyBrowsersIsAUsageError() {
        Cli.Result r = Cli.in(dir).run("bench", "dashboard", "--browsers", "11");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--browsers must be 0 to 10, not 11");
    }
}
