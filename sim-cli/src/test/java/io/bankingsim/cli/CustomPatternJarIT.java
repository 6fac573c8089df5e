package io.bankingsim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * A user's own fraud pattern, in a jar of its own, is found and run with no change to the
 * simulator: the worked example of docs/extending.md is compiled against the simulator's API,
 * packed with its META-INF/services entry into a jar, put on the class path beside the packaged
 * program (as {@code BANKING_SIM_CLASSPATH} does), and named in a scenario.
 */
class CustomPatternJarIT {

    @TempDir
    Path dir;

    @Test
    void theDocumentedPatternRunsFromItsOwnJar() throws Exception {
        Path program = shadedJar();
        Path jar = buildPluginJar(documentedExample());
        Path scenario = dir.resolve("gift_cards.yaml");
        Files.writeString(scenario, """
                name: "Gift cards"
                seed: 5
                duration_hours: 24
                customers: 300
                fraud:
                  rate: 0.02
                  patterns:
                    - type: gift_cards
                      weight: 1
                """);
        Path out = dir.resolve("out");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                program + java.io.File.pathSeparator + jar, "io.bankingsim.cli.BankingSim", "--scenario",
                scenario.toString(), "--dry-run", "--speed", "max", "--output", out.toString(), "--verbose")
                .directory(dir.toFile()).redirectOutput(dir.resolve("stdout").toFile())
                .redirectError(dir.resolve("stderr").toFile()).start();

        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String stderr = Files.readString(dir.resolve("stderr"));
        assertThat(p.exitValue()).as(stderr).isZero();
        assertThat(stderr).as("the registry names the plug-in and its jar").contains("gift_cards")
                .contains(jar.getFileName().toString());
        List<JsonNode> fraud = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(out.resolve("events.jsonl"))) {
            JsonNode e = json.readTree(line);
            if (e.get("fraud").asBoolean()) {
                fraud.add(e);
            }
        }
        assertThat(fraud).isNotEmpty().allSatisfy(e -> {
            assertThat(e.get("pattern").asText()).isEqualTo("gift_cards");
            assertThat(e.get("type").asText()).isEqualTo("card_purchase");
            assertThat(e.get("amount").asDouble()).isBetween(95.0, 499.0);
            assertThat(e.has("card")).isTrue();
        });
        assertThat(Files.readString(dir.resolve("stdout"))).containsPattern("gift_cards\\s+\\d+");
    }

    /** The first Java block after the heading of the custom pattern in docs/extending.md. */
    private static String documentedExample() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "extending.md"));
        int section = doc.indexOf("## A custom fraud pattern");
        assertThat(section).as("docs/extending.md has the custom pattern section").isNotNegative();
        Matcher m = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(doc);
        assertThat(m.find(section)).isTrue();
        return m.group(1);
    }

    private Path buildPluginJar(String source) throws IOException {
        Path src = dir.resolve("src/com/example/fraud/GiftCardFraud.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, source);
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assumeThat(javac).as("a JDK with javac").isNotNull();
        int status = javac.run(null, null, null, "--release", "21", "-d", classes.toString(), "-cp",
                System.getProperty("java.class.path"), src.toString());
        assertThat(status).as("the documented example compiles").isZero();
        Path jar = dir.resolve("gift-cards-plugin.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            try (Stream<Path> files = Files.walk(classes)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                    Files.copy(f, out);
                    out.closeEntry();
                }
            }
            out.putNextEntry(new JarEntry("META-INF/services/io.bankingsim.core.spi.FraudPattern"));
            OutputStream o = out;
            o.write("com.example.fraud.GiftCardFraud\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }

    private static Path shadedJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            Path jar = files.filter(f -> f.getFileName().toString().matches("sim-cli-.*-all\\.jar")).findFirst()
                    .map(Path::toAbsolutePath).orElse(null);
            assumeThat(jar).as("the shaded jar (built in the package phase)").isNotNull();
            return jar;
        }
    }
}
