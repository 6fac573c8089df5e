package io.bankingsim.core.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static io.bankingsim.core.scenario.ScenarioSchema.ATTACK_WINDOW;
import static io.bankingsim.core.scenario.ScenarioSchema.COUNT;
import static io.bankingsim.core.scenario.ScenarioSchema.DURATION_MINUTES;
import static io.bankingsim.core.scenario.ScenarioSchema.INTENSITY;
import static io.bankingsim.core.scenario.ScenarioSchema.PARAMS;
import static io.bankingsim.core.scenario.ScenarioSchema.PATTERNS;
import static io.bankingsim.core.scenario.ScenarioSchema.PATTERN_TYPE;
import static io.bankingsim.core.scenario.ScenarioSchema.RATE;
import static io.bankingsim.core.scenario.ScenarioSchema.WEIGHT;

/**
 * Builds the {@link Fraud} settings from the {@code fraud} section and checks what spans its
 * keys: pattern types must be known (to the simulator or a plug-in) and listed once, and the
 * fraud budget must be spendable. Immutable and thread-safe.
 */
final class FraudReader {

    private final List<String> knownTypes;

    /** @param knownTypes the pattern types allowed in {@code fraud.patterns[].type} */
    FraudReader(List<String> knownTypes) {
        this.knownTypes = knownTypes.stream().sorted().toList();
    }

    Fraud read(Values fraud, Problems problems) {
        double rate = fraud.get(RATE, Fraud.DEFAULTS.rate());
        HourWindow window = fraud.get(ATTACK_WINDOW, Fraud.DEFAULTS.attackWindow());
        List<PatternSettings> patterns = new ArrayList<>();
        Map<String, Values> seen = new LinkedHashMap<>();
        for (Values item : fraud.get(PATTERNS, List.<Values>of())) {
            Optional<String> type = item.find(PATTERN_TYPE).filter(t -> isKnown(t, item, problems));
            if (type.isEmpty()) {
                continue;
            }
            Values first = seen.putIfAbsent(type.get(), item);
            if (first != null) {
                YamlNode at = first.node(PATTERN_TYPE);
                problems.at(item.node(PATTERN_TYPE), item.path(PATTERN_TYPE), "pattern type '" + type.get()
                        + "' is listed twice (first as " + first.path() + " at line " + at.line()
                        + "): merge the two entries into one");
                continue;
            }
            PatternSettings standard = PatternSettings.of(type.get());
            patterns.add(new PatternSettings(type.get(), item.get(WEIGHT, standard.weight()),
                    item.get(INTENSITY, standard.intensity()), item.get(COUNT, standard.count()),
                    item.get(DURATION_MINUTES, standard.durationMinutes()), item.get(PARAMS, Map.of())));
        }
        checkBudgetCanBeSpent(rate, patterns, fraud, problems);
        return new Fraud(rate, window, patterns);
    }

    private boolean isKnown(String type, Values item, Problems problems) {
        if (knownTypes.contains(type)) {
            return true;
        }
        String hint = Levenshtein.closest(type, knownTypes).map(c -> ", did you mean '" + c + "'?").orElse(".");
        problems.at(item.node(PATTERN_TYPE), item.path(PATTERN_TYPE), "unknown pattern type '" + type + "'" + hint
                + " Allowed: " + String.join(", ", knownTypes));
        return false;
    }

    /** The share of fraud.rate left to weighted patterns needs a weight to go to. */
    private static void checkBudgetCanBeSpent(double rate, List<PatternSettings> patterns, Values fraud,
                                              Problems problems) {
        List<PatternSettings> weighted = patterns.stream().filter(p -> p.pinnedCount().isEmpty()).toList();
        double sum = weighted.stream().mapToDouble(PatternSettings::weight).sum();
        if (rate > 0 && !weighted.isEmpty() && !(sum > 0)) {
            String names = weighted.stream().map(PatternSettings::type).collect(Collectors.joining(", "));
            problems.at(fraud.node(PATTERNS), fraud.path(PATTERNS), "the weights of the patterns without a count ("
                    + names + ") sum to 0, so fraud.rate " + NumberRange.format(rate) + " cannot be shared among"
                    + " them: give at least one a weight above 0, or give them a count");
        }
    }
}
