package io.bankingsim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No single field of the event log tells fraud from genuine events: for every kind of event and
 * every field (and the field's presence), neither its values, nor its shape (letters and digits
 * replaced by classes), length or first character, nor a threshold on a numeric value separates
 * the fraud events from the genuine ones perfectly. Fraud must be found by behaviour, not by an
 * artefact of how it was made. Runs a dry run with every built-in pattern and genuine applicants.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoLeakageIT {

    private static final Set<String> TRUTH = Set.of("fraud", "pattern", "campaign_id", "role");
    /**
     * A rule "value is one of these" can name a few values (a name pool, a special merchant), not
     * thousands of distinct ids or instants: value sets larger than this are judged by their shape,
     * length, first character and digits instead. And a rule generalises only when campaigns share
     * its values (at most half as many distinct values as campaigns made such events): values each
     * seen in one campaign only (ids, instants, a fraudster's own device) name those campaigns, not
     * a tell-tale.
     */
    private static final int MAX_NAMED_VALUES = 50;

    /** Feature values seen per (kind, feature), for fraud (index 1) and genuine (index 0) events. */
    private final Map<String, List<Set<String>>> categorical = new HashMap<>();
    private final Map<String, double[]> numeric = new HashMap<>();
    private final Map<String, int[]> kinds = new HashMap<>();
    private final Map<String, Set<String>> campaigns = new HashMap<>();

    @BeforeAll
    void runEveryPattern(@TempDir Path dir) throws IOException {
        Path scenario = dir.resolve("every_pattern.yaml");
        try (InputStream in = getClass().getResourceAsStream("/leakage/every_pattern.yaml")) {
            Files.copy(in, scenario);
        }
        Path out = dir.resolve("out");
        Cli.Result r = Cli.in(dir).run("--scenario", scenario.toString(), "--dry-run", "--speed", "max", "--output",
                out.toString());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader lines = Files.newBufferedReader(out.resolve("events.jsonl"), StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JsonNode event = json.readTree(line);
                String kind = event.get("kind").asText();
                int fraud = event.get("fraud").asBoolean() ? 1 : 0;
                kinds.computeIfAbsent(kind, k -> new int[2])[fraud]++;
                if (fraud == 1) {
                    campaigns.computeIfAbsent(kind, k -> new HashSet<>()).add(event.get("campaign_id").asText());
                }
                Set<String> present = new HashSet<>();
                walk(kind, "", event, fraud, present);
                for (String path : allPaths(kind)) {
                    add(kind, path + " present", Boolean.toString(present.contains(path)), fraud);
                }
            }
        }
    }

    @Test
    void theRunHasFraudOfEveryKindThatPatternsMake() {
        assertThat(kinds.keySet()).contains("transaction", "login", "customer_onboarded", "account_opened");
        assertThat(kinds.get("transaction")[1]).isGreaterThan(300);
        assertThat(kinds.get("login")[1]).isPositive();
        assertThat(kinds.get("customer_onboarded")[1]).isPositive();
    }

    @Test
    void noFieldValueShapeLengthOrPresenceSeparatesFraudFromGenuine() {
        List<String> separators = new ArrayList<>();
        categorical.forEach((feature, sides) -> {
            Set<String> genuine = sides.get(0);
            Set<String> fraud = sides.get(1);
            String kind = feature.substring(0, feature.indexOf(' '));
            if (kinds.get(kind)[0] == 0 || kinds.get(kind)[1] == 0 || fraud.isEmpty() || genuine.isEmpty()) {
                return;
            }
            Set<String> common = new HashSet<>(fraud);
            common.retainAll(genuine);
            boolean nameable = fraud.size() * 2 <= campaigns.getOrDefault(kind, Set.of()).size()
                    && (!feature.endsWith(" value") || fraud.size() <= MAX_NAMED_VALUES);
            if (common.isEmpty() && nameable) {
                separators.add(feature + ": fraud " + sample(fraud) + " vs genuine " + sample(genuine));
            }
        });
        assertThat(separators).as("features that tell fraud from genuine events perfectly").isEmpty();
    }

    @Test
    void noThresholdOnANumberSeparatesFraudFromGenuine() {
        List<String> separators = new ArrayList<>();
        numeric.forEach((feature, r) -> {
            // r = {genuine min, genuine max, fraud min, fraud max}
            if (Double.isInfinite(r[0]) || Double.isInfinite(r[2])) {
                return;
            }
            if (r[3] < r[0] || r[2] > r[1]) {
                separators.add(String.format("%s: fraud %.2f..%.2f vs genuine %.2f..%.2f", feature, r[2], r[3], r[0],
                        r[1]));
            }
        });
        assertThat(separators).as("numeric fields with a threshold that separates fraud perfectly").isEmpty();
    }

    private final Map<String, Set<String>> paths = new HashMap<>();

    private Set<String> allPaths(String kind) {
        return paths.getOrDefault(kind, Set.of());
    }

    private void walk(String kind, String prefix, JsonNode node, int fraud, Set<String> present) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            String path = prefix + f.getKey();
            if (prefix.isEmpty() && TRUTH.contains(f.getKey())) {
                continue;
            }
            paths.computeIfAbsent(kind, k -> new TreeSet<>()).add(path);
            present.add(path);
            JsonNode value = f.getValue();
            if (value.isObject()) {
                walk(kind, path + ".", value, fraud, present);
                continue;
            }
            String text = value.isArray() ? value.toString() : value.asText();
            add(kind, path + " value", text, fraud);
            add(kind, path + " shape", shape(text), fraud);
            add(kind, path + " length", Integer.toString(text.length()), fraud);
            add(kind, path + " first", text.isEmpty() ? "" : text.substring(0, 1), fraud);
            Double number = number(value, text);
            if (number != null) {
                range(kind + " " + path, number, fraud);
            }
            Double digits = digits(text);
            if (digits != null && number == null) {
                range(kind + " " + path + " digits", digits, fraud);
            }
        }
    }

    private void range(String feature, double value, int fraud) {
        double[] r = numeric.computeIfAbsent(feature, k -> new double[] {Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY});
        int at = fraud * 2;
        r[at] = Math.min(r[at], value);
        r[at + 1] = Math.max(r[at + 1], value);
    }

    /** The number the digits of an id-like value spell (id ranges), or null without digits. */
    private static Double digits(String text) {
        String d = text.replaceAll("\\D", "");
        return d.isEmpty() || d.length() > 15 ? null : Double.valueOf(d);
    }

    private void add(String kind, String feature, String value, int fraud) {
        List<Set<String>> sides = categorical.computeIfAbsent(kind + " " + feature,
                k -> List.of(new HashSet<>(), new HashSet<>()));
        Set<String> side = sides.get(fraud);
        if (side.size() < 200_000) {
            side.add(value);
        }
    }

    private static Double number(JsonNode value, String text) {
        if (value.isNumber()) {
            return value.asDouble();
        }
        if (text.matches("-?\\d+\\.\\d+")) {
            return Double.parseDouble(text);
        }
        return null;
    }

    /** Letters and digits replaced by their class: the format of a value. */
    private static String shape(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            b.append(Character.isDigit(c) ? '9' : Character.isUpperCase(c) ? 'A' : Character.isLetter(c) ? 'a' : c);
        }
        return b.toString();
    }

    private static String sample(Set<String> values) {
        return values.stream().sorted().limit(5).toList() + (values.size() > 5 ? " (" + values.size() + " values)" : "");
    }
}
