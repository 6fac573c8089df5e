package io.bankingsim.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The packaged program, {@code java -jar sim-cli-*-all.jar}, in a process of its own: it starts,
 * and Ctrl-C (SIGINT) stops a run cleanly, with complete output files and the summary.
 */
class ShadedJarIT {

    private static Path jar;

    @TempDir
    Path dir;

    @BeforeAll
    static void findJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            jar = files.filter(f -> f.getFileName().toString().matches("sim-cli-.*-all\\.jar")).findFirst()
                    .map(Path::toAbsolutePath).orElse(null);
        }
        assumeThat(jar).as("the shaded jar (built in the package phase)").isNotNull();
    }

    @Test
    void listsTheBuiltInScenarios() throws Exception {
        Process p = start("--list-scenarios");

        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(read("stderr")).isZero();
        assertThat(read("stdout")).contains("normal_day", "fraud_attack", "peak_load", "mule_network", "onboarding");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void ctrlCStopsTheRunWithCompleteFilesAndTheSummary() throws Exception {
        Path output = dir.resolve("out");
        Process p = start("--scenario", "normal_day", "--dry-run", "--speed", "3600", "--customers", "50",
                "--duration-hours", "24", "--output", output.toString());
        waitFor(() -> read("stderr").contains("running '"), 30);
        waitFor(() -> Files.isRegularFile(output.resolve("events.jsonl"))
                && Files.size(output.resolve("events.jsonl")) > 0, 30);
        assertThat(p.isAlive()).as("still running: " + read("stderr")).isTrue();

        new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).inheritIO().start().waitFor();

        assertThat(p.waitFor(45, TimeUnit.SECONDS)).as("stopped after SIGINT").isTrue();
        assertThat(p.exitValue()).as(read("stderr")).isEqualTo(130);
        assertThat(read("stdout")).contains("Normal day", "Output files in");
        assertThat(output.resolve("summary.json")).isNotEmptyFile();
        List<String> events = completeJsonLines(output.resolve("events.jsonl"));
        List<String> outcomes = completeJsonLines(output.resolve("outcomes.jsonl"));
        assertThat(events).isNotEmpty();
        assertThat(outcomes).as("one outcome per event").hasSameSizeAs(events);
        assertThat(output.resolve("metrics.csv")).isNotEmptyFile();
        assertThat(dir.resolve(BankingSim.LOG_FILE)).as("logs written while stopping are kept")
                .content().contains("running 'Normal day'", "stopped before the end");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void keepDashboardServesTheFinishedRunUntilCtrlC() throws Exception {
        Process p = start("--scenario", "normal_day", "--dry-run", "--speed", "max", "--customers", "30",
                "--duration-hours", "1", "--dashboard", "--dashboard-port", "0", "--keep-dashboard");
        waitFor(() -> read("stderr").contains("the dashboard stays up at"), 60);
        java.util.regex.Matcher url = java.util.regex.Pattern.compile("stays up at (http://\\S+/)").matcher(read("stderr"));
        assertThat(url.find()).isTrue();
        try (java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient()) {
            String status = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url.group(1) + "api/status"))
                    .build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
            assertThat(status).contains("\"state\":\"finished\"");
        }
        assertThat(p.isAlive()).isTrue();

        new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).inheritIO().start().waitFor();

        assertThat(p.waitFor(45, TimeUnit.SECONDS)).as("stopped after SIGINT").isTrue();
        assertThat(p.exitValue()).as("a JVM ended by SIGINT exits with 130: " + read("stderr")).isEqualTo(130);
        assertThat(read("stdout")).as("the summary came when the run ended").contains("Run summary", "finished");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void ctrlCWhileWaitingForStartEndsTheProgram() throws Exception {
        Process p = start("--scenario", "normal_day", "--dry-run", "--customers", "30", "--dashboard",
                "--dashboard-port", "0", "--wait-for-start");
        waitFor(() -> read("stderr").contains("Waiting for Start"), 60);

        new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).inheritIO().start().waitFor();

        assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("stopped after SIGINT").isTrue();
        assertThat(p.exitValue()).isEqualTo(130);
        assertThat(read("stderr")).contains("interrupted before the run started");
    }

    /** Every line of a JSONL file, checking that each is whole JSON and the file ends with a line break. */
    private static List<String> completeJsonLines(Path file) throws IOException {
        String text = Files.readString(file);
        assertThat(text).as(file.toString()).endsWith("\n");
        ObjectMapper json = new ObjectMapper();
        List<String> lines = text.lines().toList();
        for (String line : lines) {
            json.readTree(line);
        }
        return lines;
    }

    private Process start(String... args) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("stdout").toFile())
                .redirectError(dir.resolve("stderr").toFile())
                .start();
    }

    private String read(String name) {
        try {
            return Files.readString(dir.resolve(name));
        } catch (IOException e) {
            return "";
        }
    }

    private interface Check {
        boolean done() throws IOException;
    }

    private static void waitFor(Check check, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!check.done()) {
            assertThat(System.nanoTime()).as("waited " + seconds + " s").isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
