package io.bankingsim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --list-scenarios} shows every built-in scenario with its name and description. */
class ListScenariosTest {

    @TempDir
    Path dir;

    @Test
    void listsTheFiveBuiltInsWithTheirNamesInAnAlignedTable() {
        Cli.Result r = Cli.in(dir).run("--list-scenarios");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).startsWith("SCENARIO").contains("NAME", "DESCRIPTION");
        assertThat(lines.subList(1, 6)).extracting(l -> l.split("\\s+")[0])
                .containsExactly("normal_day", "fraud_attack", "peak_load", "mule_network", "onboarding");
        int nameColumn = lines.get(0).indexOf("NAME");
        assertThat(lines.subList(1, 6)).allSatisfy(l -> {
            assertThat(l.charAt(nameColumn - 1)).isEqualTo(' ');
            assertThat(l.charAt(nameColumn)).isNotEqualTo(' ');
        });
        assertThat(r.out()).contains("Normal day");
    }
}
