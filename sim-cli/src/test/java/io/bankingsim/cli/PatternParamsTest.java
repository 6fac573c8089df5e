package io.bankingsim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A pattern's own settings are checked before the run, with the allowed values in the message. */
class PatternParamsTest {

    @TempDir
    Path dir;

    @Test
    void anUnknownMuleTypologyStopsTheRunWithTheAllowedOnes() throws Exception {
        Path scenario = dir.resolve("spiral.yaml");
        Files.writeString(scenario, """
                name: "Spiral"
                customers: 50
                duration_hours: 1
                fraud:
                  rate: 0.01
                  patterns:
                    - type: mule_network
                      params:
                        typologies:
                          spiral: 1
                """);

        Cli.Result r = Cli.in(dir).run("--scenario", scenario.toString(), "--dry-run", "--speed", "max");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(BankingSim.USAGE);
        assertThat(r.err()).contains("spiral.yaml: fraud pattern 'mule_network': params.typologies: unknown"
                + " typology 'spiral'; allowed: fan_in, fan_out, cycle");
    }
}
