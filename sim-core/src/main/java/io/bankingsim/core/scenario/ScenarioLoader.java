package io.bankingsim.core.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads scenario YAML into a validated {@link Scenario}. Every key, its type, range and default
 * is documented in docs/scenarios.md.
 *
 * <p>Validation collects: all the problems of a file are reported together in one
 * {@link ScenarioException}, each with file, line, column, key path and the allowed values, e.g.
 * {@code day.yaml:4:1: duration_hour: unknown key 'duration_hour', did you mean 'duration_hours'?}.
 * Unknown keys, wrong types, out-of-range values, duplicate keys and unknown pattern types are
 * all errors: a scenario that loads is exactly the world it describes.
 *
 * <p>Immutable and thread-safe: one loader may parse any number of files at once.
 */
public final class ScenarioLoader {

    private static final YAMLFactory YAML = YAMLFactory.builder()
            .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
            .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
            .build();

    private final List<String> knownPatternTypes;
    private final ScenarioReader reader;

    /**
     * @param knownPatternTypes the fraud pattern types allowed in {@code fraud.patterns[].type}:
     *     the built-in ones ({@link Fraud#BUILT_IN_PATTERNS}) and those that plug-ins add
     */
    public ScenarioLoader(Set<String> knownPatternTypes) {
        Objects.requireNonNull(knownPatternTypes, "knownPatternTypes");
        this.knownPatternTypes = knownPatternTypes.stream().sorted().toList();
        this.reader = new ScenarioReader(this.knownPatternTypes);
    }

    /** A loader that knows the built-in fraud patterns only. */
    public static ScenarioLoader withBuiltInPatterns() {
        return new ScenarioLoader(Set.copyOf(Fraud.BUILT_IN_PATTERNS));
    }

    /** The pattern types this loader accepts, sorted. */
    public List<String> knownPatternTypes() {
        return knownPatternTypes;
    }

    /**
     * Loads a scenario file (UTF-8). Its path as given becomes the scenario's {@code source} and
     * the file name in every problem.
     *
     * @throws ScenarioException when the file cannot be read or the scenario is invalid
     */
    public Scenario load(Path file) throws ScenarioException {
        String source = file.toString();
        String yaml;
        try {
            yaml = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw ScenarioException.of(source, "cannot read scenario file " + source + ": no such file");
        } catch (AccessDeniedException e) {
            throw ScenarioException.of(source, "cannot read scenario file " + source + ": permission denied");
        } catch (CharacterCodingException e) {
            throw ScenarioException.of(source, "cannot read scenario file " + source + ": it is not UTF-8 text");
        } catch (IOException e) {
            throw ScenarioException.of(source, "cannot read scenario file " + source + ": "
                    + (Files.isDirectory(file) ? "it is a directory" : e.toString()));
        }
        return parse(yaml, source);
    }

    /**
     * Parses scenario YAML.
     *
     * @param yaml the document
     * @param sourceName where it came from, for messages and {@link Scenario#source()}, e.g. a
     *     file path or {@code classpath:scenarios/normal_day.yaml}
     * @throws ScenarioException listing every problem found
     */
    public Scenario parse(String yaml, String sourceName) throws ScenarioException {
        Objects.requireNonNull(yaml, "yaml");
        Objects.requireNonNull(sourceName, "sourceName");
        Problems problems = new Problems(sourceName);
        YamlNode root;
        try (JsonParser parser = YAML.createParser(yaml)) {
            root = YamlTree.read(parser, problems);
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a string failed", e);
        }
        if (root instanceof YamlNode.Mapping mapping) {
            Scenario scenario = reader.read(mapping, sourceName, problems);
            problems.throwIfAny();
            return scenario;
        }
        if (problems.isEmpty()) {
            if (root == null || root instanceof YamlNode.Scalar s && s.isNull()) {
                problems.add(1, 1, "", "the scenario is empty: it needs at least a name, e.g. 'name: My scenario'");
            } else {
                problems.at(root, "", "the top level must be a mapping of keys such as 'name: My scenario', got "
                        + root.describe());
            }
        }
        problems.throwIfAny();
        throw new IllegalStateException("unreachable: a scenario without a mapping always has a problem");
    }
}
