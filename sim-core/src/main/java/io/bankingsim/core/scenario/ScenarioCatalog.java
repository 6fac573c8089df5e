package io.bankingsim.core.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The built-in scenarios, shipped in sim-core's jar as {@code scenarios/<name>.yaml}, and the
 * lookup that lets a user name either one of them or a file ({@code --scenario fraud_attack} or
 * {@code --scenario my.yaml}). Stateless and thread-safe.
 */
public final class ScenarioCatalog {

    private static final List<String> BUILT_IN = List.of("normal_day", "fraud_attack", "peak_load", "mule_network",
            "onboarding");

    private ScenarioCatalog() {
    }

    /** The names of the built-in scenarios, in a fixed order. */
    public static List<String> builtInNames() {
        return BUILT_IN;
    }

    /** The source name a built-in scenario is loaded under, e.g. {@code classpath:scenarios/peak_load.yaml}. */
    public static String sourceOf(String builtInName) {
        return "classpath:" + resourceOf(builtInName);
    }

    /**
     * Loads a scenario by file path or built-in name. An existing file wins; otherwise the name,
     * with or without {@code .yaml}, must be one of {@link #builtInNames()}.
     *
     * @throws ScenarioException when it is neither an existing file nor a built-in scenario (the
     *     message lists the built-in names), or when the scenario is invalid
     */
    public static Scenario resolve(String nameOrFile, ScenarioLoader loader) throws ScenarioException {
        Objects.requireNonNull(nameOrFile, "nameOrFile");
        Objects.requireNonNull(loader, "loader");
        Path file = pathOf(nameOrFile);
        if (file != null && Files.exists(file)) {
            return loader.load(file);
        }
        String name = nameOrFile.strip();
        if (name.endsWith(".yaml")) {
            name = name.substring(0, name.length() - ".yaml".length());
        }
        if (!BUILT_IN.contains(name)) {
            String hint = Levenshtein.closest(name, BUILT_IN).map(c -> "; did you mean '" + c + "'?").orElse(".");
            throw ScenarioException.of(nameOrFile, "no such file or built-in scenario: '" + nameOrFile + "'" + hint
                    + " Built-in scenarios: " + String.join(", ", BUILT_IN));
        }
        return loader.parse(readBuiltIn(name), sourceOf(name));
    }

    private static String readBuiltIn(String name) throws ScenarioException {
        String resource = resourceOf(name);
        try (InputStream in = ScenarioCatalog.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw ScenarioException.of(sourceOf(name), "the built-in scenario '" + name + "' is missing from the"
                        + " classpath (" + resource + "): the jar is incomplete");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw ScenarioException.of(sourceOf(name), "cannot read the built-in scenario " + resource + ": " + e);
        }
    }

    private static String resourceOf(String name) {
        return "scenarios/" + name + ".yaml";
    }

    private static Path pathOf(String nameOrFile) {
        try {
            return Path.of(nameOrFile);
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
