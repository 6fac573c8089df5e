package io.bankingsim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A whole dry run through the command line, in-process: exit code, files, summary, determinism. */
class DryRunIT {

    @TempDir
    Path dir;

    @Test
    void dryRunWritesEveryOutputFileAndPrintsTheSummary() throws IOException {
        Path output = dir.resolve("out");

        Cli.Result r = run(output, "42");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        for (String name : RunCommand.OUTPUT_FILES) {
            if (name.equals("nexum_ids.csv")) {
                assertThat(output.resolve(name)).as("a dry run has no Nexum ids").doesNotExist();
                continue;
            }
            assertThat(output.resolve(name)).as(name).isRegularFile();
            assertThat(Files.size(output.resolve(name))).as(name).isPositive();
        }
        assertThat(r.out()).contains("Normal day", "42", "Output files in " + output.toAbsolutePath(),
                "events.jsonl", "summary.json");
        assertThat(r.err().lines().count()).as("progress is not printed per event").isLessThan(20);
        List<String> campaigns = Files.readAllLines(output.resolve("campaigns.csv"));
        com.fasterxml.jackson.databind.JsonNode summary = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(output.resolve("summary.json").toFile()).path("detection").path("campaigns");
        assertThat(campaigns.getFirst()).isEqualTo("campaign_id,pattern,first_event,events,detected,"
                + "detection_delay_s,events_to_detection");
        assertThat(campaigns).hasSize(1 + summary.path("campaigns_seen").asInt());
        assertThat(campaigns.stream().skip(1).filter(l -> l.split(",", -1)[4].equals("true")).count())
                .isEqualTo(summary.path("campaigns_detected").asLong());
    }

    @Test
    void outputFormatJsonlLeavesTheCsvOut() throws IOException {
        Path output = dir.resolve("jsonl-only");

        Cli.Result r = Cli.in(dir).run("--scenario", "normal_day", "--dry-run", "--speed", "max", "--customers", "20",
                "--duration-hours", "2", "--output", output.toString(), "--output-format", "jsonl");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(output.resolve("events.jsonl")).isNotEmptyFile();
        assertThat(output.resolve("events.csv")).doesNotExist();
        assertThat(output.resolve("summary.json")).isNotEmptyFile();
    }

    @Test
    void runIsLoggedToTheLogFileInTheWorkingDirectory() throws IOException {
        Cli.Result r = run(dir.resolve("out"), "42");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(Files.readString(dir.resolve(BankingSim.LOG_FILE))).contains("INFO", "running 'Normal day'",
                "run finished");
    }

    @Test
    void sameSeedGivesByteIdenticalEventLogAndAnotherSeedDoesNot() throws IOException {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        Path other = dir.resolve("other");

        assertThat(run(first, "7").exitCode()).isZero();
        assertThat(run(second, "7").exitCode()).isZero();
        assertThat(run(other, "8").exitCode()).isZero();

        byte[] events = Files.readAllBytes(first.resolve("events.jsonl"));
        assertThat(events).isNotEmpty();
        assertThat(Files.readAllBytes(second.resolve("events.jsonl"))).isEqualTo(events);
        assertThat(Files.readAllBytes(other.resolve("events.jsonl"))).isNotEqualTo(events);
    }

    private Cli.Result run(Path output, String seed) {
        return Cli.in(dir).run("--scenario", "normal_day", "--dry-run", "--speed", "max", "--customers", "50",
                "--duration-hours", "2", "--seed", seed, "--output", output.toString());
    }
}
