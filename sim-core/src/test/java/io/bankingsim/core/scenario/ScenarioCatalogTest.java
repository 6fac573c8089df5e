package io.bankingsim.core.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A scenario is named by file path or by built-in name. */
class ScenarioCatalogTest {

    @TempDir
    Path dir;

    @Test
    void builtInNamesAreFixedAndOrdered() {
        assertThat(ScenarioCatalog.builtInNames())
                .containsExactly("normal_day", "fraud_attack", "peak_load", "mule_network", "onboarding");
    }

    @Test
    void everyBuiltInScenarioLoadsFromTheClasspath() throws ScenarioException {
        for (String name : ScenarioCatalog.builtInNames()) {
            Scenario s = ScenarioCatalog.resolve(name, ScenarioLoader.withBuiltInPatterns());

            assertThat(s.source()).isEqualTo("classpath:scenarios/" + name + ".yaml");
        }
    }

    @Test
    void builtInNameMayEndInYaml() throws ScenarioException {
        assertThat(ScenarioCatalog.resolve("peak_load.yaml", ScenarioLoader.withBuiltInPatterns()).source())
                .isEqualTo("classpath:scenarios/peak_load.yaml");
    }

    @Test
    void existingFileIsLoaded() throws IOException, ScenarioException {
        Path file = Files.writeString(dir.resolve("mine.yaml"), "name: Mine\n");

        Scenario s = ScenarioCatalog.resolve(file.toString(), ScenarioLoader.withBuiltInPatterns());

        assertThat(s.name()).isEqualTo("Mine");
        assertThat(s.source()).isEqualTo(file.toString());
    }

    @Test
    void fileWinsOverABuiltInOfTheSameName() throws IOException, ScenarioException {
        Path file = Files.writeString(dir.resolve("normal_day.yaml"), "name: Local copy\n");

        assertThat(ScenarioCatalog.resolve(file.toString(), ScenarioLoader.withBuiltInPatterns()).name())
                .isEqualTo("Local copy");
    }

    @Test
    void unknownNameListsTheBuiltInScenarios() {
        ScenarioException e = catchThrowableOfType(ScenarioException.class,
                () -> ScenarioCatalog.resolve("fraud_atack", ScenarioLoader.withBuiltInPatterns()));

        assertThat(e.problems()).hasSize(1);
        assertThat(e.problems().getFirst().message())
                .startsWith("no such file or built-in scenario: 'fraud_atack'; did you mean 'fraud_attack'?")
                .endsWith("Built-in scenarios: normal_day, fraud_attack, peak_load, mule_network, onboarding");
    }

    @Test
    void builtInSourceNamesTheClasspathResource() {
        assertThat(ScenarioCatalog.sourceOf("peak_load")).isEqualTo("classpath:scenarios/peak_load.yaml");
    }
}
