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
        WatchedOutput out = new WatchedOutput();
        WatchedOutput err = new WatchedOutput();
        CliEnvironment env = new CliEnvironment(Map.of(), dir, false);
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        Thread.ofPlatform().name("dashboard-run").start(() -> exit.complete(BankingSim.execute(
                new String[] {"--scenario", "normal_day", "--dry-run", "--customers", "30", "--dashboard",
                        "--dashboard-port", "0"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                env)));

        Matcher m = URL.matcher(err.await("Dashboard: http", Duration.ofSeconds(60)));
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

        assertThat(exit.get(60, TimeUnit.SECONDS)).as(err::toString).isEqualTo(BankingSim.INTERRUPTED);
        assertThat(out.toString()).contains("Run summary", "stopped");
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
        WatchedOutput out = new WatchedOutput();
        WatchedOutput err = new WatchedOutput();
        CliEnvironment env = new CliEnvironment(Map.of(), dir, false);
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        Thread.ofPlatform().name("dashboard-run").start(() -> exit.complete(BankingSim.execute(
                new String[] {"--scenario", "normal_day", "--dry-run", "--customers", "30", "--duration-hours", "2",
                        "--speed", "max", "--dashboard", "--dashboard-port", "0", "--wait-for-start"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                env)));

        Matcher m = URL.matcher(err.await("Waiting for Start", Duration.ofSeconds(60)));
        assertThat(m.find()).isTrue();
        URI base = URI.create(m.group(1).replaceAll("/+$", ""));
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> status = http.send(HttpRequest.newBuilder(URI.create(base + "/api/status")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(status.body()).contains("\"state\":\"created\"");
            assertThat(exit).isNotDone();
            HttpResponse<String> start = http.send(HttpRequest.newBuilder(URI.create(base + "/api/control/start"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(start.statusCode()).as(start.body()).isEqualTo(200);
        }

        assertThat(exit.get(60, TimeUnit.SECONDS)).as(err::toString).isEqualTo(BankingSim.OK);
        assertThat(out.toString()).contains("Run summary", "finished");
    }

    @Test
    void stopOnTheDashboardBeforeStartEndsAWaitingRun() throws Exception {
        WatchedOutput out = new WatchedOutput();
        WatchedOutput err = new WatchedOutput();
        CliEnvironment env = new CliEnvironment(Map.of(), dir, false);
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        Thread.ofPlatform().name("dashboard-run").start(() -> exit.complete(BankingSim.execute(
                new String[] {"--scenario", "normal_day", "--dry-run", "--customers", "30", "--dashboard",
                        "--dashboard-port", "0", "--wait-for-start"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                env)));

        Matcher m = URL.matcher(err.await("Waiting for Start", Duration.ofSeconds(60)));
        assertThat(m.find()).isTrue();
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> stop = http.send(HttpRequest.newBuilder(URI.create(m.group(1) + "api/control/stop"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(stop.statusCode()).as(stop.body()).isEqualTo(200);
        }

        assertThat(exit.get(60, TimeUnit.SECONDS)).isEqualTo(BankingSim.INTERRUPTED);
        assertThat(err.toString()).contains("stopped on the dashboard before the run started");
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
}
