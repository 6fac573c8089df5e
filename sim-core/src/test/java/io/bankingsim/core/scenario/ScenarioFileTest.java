package io.bankingsim.core.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Loading from a file names the file in the scenario and in every problem. */
class ScenarioFileTest {

    @TempDir
    Path dir;

    @Test
    void fileIsLoadedWithItsPathAsSource() throws IOException, ScenarioException {
        Path file = Files.writeString(dir.resolve("day.yaml"), "name: Day\ncustomers: 10\n");

        Scenario s = ScenarioLoader.withBuiltInPatterns().load(file);

        assertThat(s.name()).isEqualTo("Day");
        assertThat(s.customers()).isEqualTo(10);
        assertThat(s.source()).isEqualTo(file.toString());
    }

    @Test
    void problemsNameTheFile() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.yaml"), "name: Day\ncustomers: 0\n");

        ScenarioException e = catchThrowableOfType(ScenarioException.class,
                () -> ScenarioLoader.withBuiltInPatterns().load(file));

        assertThat(e.problems().getFirst().toString()).startsWith(file + ":2:12: customers: ");
    }

    @Test
    void missingFileIsAScenarioExceptionNamingTheFile() {
        Path missing = dir.resolve("nope.yaml");

        ScenarioException e = catchThrowableOfType(ScenarioException.class,
                () -> ScenarioLoader.withBuiltInPatterns().load(missing));

        assertThat(e.problems()).hasSize(1);
        assertThat(e.getMessage()).contains("cannot read scenario file " + missing + ": no such file");
    }

    @Test
    void directoryIsNotAScenarioFile() {
        ScenarioException e = catchThrowableOfType(ScenarioException.class,
                () -> ScenarioLoader.withBuiltInPatterns().load(dir));

        assertThat(e.getMessage()).contains("cannot read scenario file " + dir);
    }
}
