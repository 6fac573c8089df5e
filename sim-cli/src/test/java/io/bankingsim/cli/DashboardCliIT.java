package io.bankingsim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --dashboard} serves the dashboard on the run, and its stop button ends the run. */
class DashboardCliIT {

    private static final Pattern URL = Pattern.compile("Dashboard: (http://\\S+)");

    @TempDir
    Path dir;

    @Test
    void aRunWithDashboardIsWatchedAndStoppedThroughIt() throws Exception {
        Run run = start("--scenario", "normal_day", "--dry-run", "--customers", "30", "--dashboard",
                "--dashboard-port", "0");

        Matcher m = URL.matcher(run.err().await("Dashboard: http", Duration.ofSeconds(60)));
        assertThat(m.find()).isTrue();
        URI base = URI.create(m.group(1).replaceAll("/+$", ""));
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> status = http.send(HttpRequest.newBuilder(URI.create(base + "/api/status")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(status.statusCode()).isEqualTo(200);
            assertThat(status.body()).contains("Normal day", "dry run");
            HttpResponse<String> stop = http.send(HttpRequest.newBuilder(URI.create(base + "/api/control/stop"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(stop.statusCode()).isEqualTo(200);
        }

        assertThat(run.exit().get(60, TimeUnit.SECONDS)).as(run.err()::toString).isEqualTo(BankingSim.INTERRUPTED);
        assertThat(run.out().toString()).contains("Run summary", "stopped");
    }

    @Test
    void aBadDashboardPortVariableIsAUsageError() {
        Cli.Result r = Cli.in(dir).withEnv(Map.of("DASHBOARD_PORT", "eighty")).run("--scenario", "normal_day",
                "--dry-run", "--dashboard");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("DASHBOARD_PORT must be a port number 0 to 65535, not 'eighty'");
    }

    @Test
    void withWaitForStartTheRunBeginsWhenTheDashboardStartsIt() throws Exception {
        Run run = start("--scenario", "normal_day", "--dry-run", "--customers", "30", "--duration-hours", "2",
                "--speed", "max", "--dashboard", "--dashboard-port", "0", "--wait-for-start");

        Matcher m = URL.matcher(run.err().await("Waiting for Start", Duration.ofSeconds(60)));
        assertThat(m.find()).isTrue();
        URI base = URI.create(m.group(1).replaceAll("/+$", ""));
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> status = http.send(HttpRequest.newBuilder(URI.create(base + "/api/status")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(status.body()).contains("\"state\":\"created\"");
            assertThat(run.exit()).isNotDone();
            HttpResponse<String> start = http.send(HttpRequest.newBuilder(URI.create(base + "/api/control/start"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(start.statusCode()).as(start.body()).isEqualTo(200);
        }

        assertThat(run.exit().get(60, TimeUnit.SECONDS)).as(run.err()::toString).isEqualTo(BankingSim.OK);
        assertThat(run.out().toString()).contains("Run summary", "finished");
    }

    @Test
    void stopOnTheDashboardBeforeStartEndsAWaitingRun() throws Exception {
        Run run = start("--scenario", "normal_day", "--dry-run", "--customers", "30", "--dashboard",
                "--dashboard-port", "0", "--wait-for-start");

        Matcher m = URL.matcher(run.err().await("Waiting for Start", Duration.ofSeconds(60)));
        assertThat(m.find()).isTrue();
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> stop = http.send(HttpRequest.newBuilder(URI.create(m.group(1) + "api/control/stop"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(stop.statusCode()).as(stop.body()).isEqualTo(200);
        }

        assertThat(run.exit().get(60, TimeUnit.SECONDS)).isEqualTo(BankingSim.INTERRUPTED);
        assertThat(run.err().toString()).contains("stopped on the dashboard before the run started");
    }

    @Test
    void waitForStartWithoutTheDashboardIsAUsageError() {
        Cli.Result r = Cli.in(dir).run("--scenario", "normal_day", "--dry-run", "--wait-for-start");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--wait-for-start needs --dashboard");
        Cli.Result keep = Cli.in(dir).run("--scenario", "normal_day", "--dry-run", "--keep-dashboard");
        assertThat(keep.exitCode()).isEqualTo(2);
        assertThat(keep.err()).contains("--keep-dashboard needs --dashboard");
    }

    /** A CLI run on its own thread, with its watched output. */
    private record Run(CompletableFuture<Integer> exit, WatchedOutput out, WatchedOutput err) {
    }

    private Run start(String... args) {
        Run run = new Run(new CompletableFuture<>(), new WatchedOutput(), new WatchedOutput());
        CliEnvironment env = new CliEnvironment(Map.of(), dir, false);
        Thread.ofPlatform().name("dashboard-run").start(() -> run.exit().complete(BankingSim.execute(args,
                new PrintStream(run.out(), true, StandardCharsets.UTF_8),
                new PrintStream(run.err(), true, StandardCharsets.UTF_8), env)));
        return run;
    }
}
