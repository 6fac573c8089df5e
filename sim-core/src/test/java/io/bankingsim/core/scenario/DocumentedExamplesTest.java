package io.bankingsim.core.scenario;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The examples in docs/scenarios.md are true: the complete one loads, the broken one fails as shown. */
class DocumentedExamplesTest {

    private static final Pattern FENCED = Pattern.compile("```(\\w*)\\n(.*?)```", Pattern.DOTALL);

    @Test
    void completeAnnotatedExampleLoads() throws IOException, ScenarioException {
        String yaml = blocksOf(section("## Complete annotated example")).getFirst();

        Scenario s = ScenarioLoader.withBuiltInPatterns().parse(yaml, "docs");

        assertThat(s.name()).isEqualTo("Friday with a card-testing wave");
        assertThat(s.fraud().patterns()).hasSize(3);
    }

    @Test
    void errorExampleReportsExactlyTheDocumentedOutput() throws IOException {
        List<String> blocks = blocksOf(section("## Errors"));
        String yaml = blocks.get(1);
        String output = blocks.get(2);

        ScenarioException e = catchThrowableOfType(ScenarioException.class,
                () -> ScenarioLoader.withBuiltInPatterns().parse(yaml, "scenarios/night_raid.yaml"));

        assertThat(e.getMessage() + "\n").isEqualTo(output);
    }

    private static String section(String heading) throws IOException {
        Path doc = Path.of("..", "docs", "scenarios.md");
        if (!Files.exists(doc)) {
            doc = Path.of("docs", "scenarios.md");
        }
        String text = Files.readString(doc);
        int start = text.indexOf("\n" + heading + "\n");
        assertThat(start).as("heading %s in %s", heading, doc).isNotNegative();
        int end = text.indexOf("\n## ", start + heading.length() + 2);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    private static List<String> blocksOf(String markdown) {
        List<String> blocks = new ArrayList<>();
        Matcher m = FENCED.matcher(markdown);
        while (m.find()) {
            blocks.add(m.group(2));
        }
        return blocks;
    }
}
