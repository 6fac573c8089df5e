package io.bankingsim.generators.fraud;

import io.bankingsim.core.event.Event;
import io.bankingsim.core.event.Transaction;
import io.bankingsim.core.scenario.PatternSettings;
import io.bankingsim.core.scenario.Scenario;
import io.bankingsim.core.spi.Campaign;
import io.bankingsim.core.spi.FraudPattern;
import io.bankingsim.core.spi.World;
import io.bankingsim.core.traffic.RandomStreams;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Stream;

import static io.bankingsim.generators.Fixtures.drain;
import static io.bankingsim.generators.Fixtures.generate;
import static io.bankingsim.generators.Fixtures.variant;

/** Runs campaigns of the built-in patterns against a standard world of 500 customers. */
final class Campaigns {

    static final Scenario SCENARIO = variant(io.bankingsim.generators.Fixtures.scenario(500, 17)).accounts(3).build();
    static final World WORLD = generate(SCENARIO).world();
    static final Instant START = Instant.parse("2026-01-06T14:30:00Z");

    private Campaigns() {
    }

    static Stream<FraudPattern> patterns() {
        return ServiceLoader.load(FraudPattern.class).stream().map(ServiceLoader.Provider::get);
    }

    static FraudPattern pattern(String type) {
        return patterns().filter(p -> p.type().equals(type)).findFirst().orElseThrow();
    }

    static PatternSettings settings(String type, double intensity, int durationMinutes) {
        return new PatternSettings(type, 1, intensity, -1, durationMinutes, Map.of());
    }

    /** Campaign number {@code n} of a pattern, as the engine would open it. */
    static Campaign campaign(FraudPattern pattern, PatternSettings settings, int n) {
        String id = String.format(Locale.ROOT, "%s-%05d", pattern.type(), n);
        return new Campaign(id, START, settings, SCENARIO, WORLD,
                RandomStreams.of(SCENARIO.seed(), "campaign:" + pattern.type(), n));
    }

    /** The events of campaign {@code n} at intensity 1 and the pattern's own duration. */
    static List<Event> events(String type, int n) {
        FraudPattern pattern = pattern(type);
        return drain(pattern.campaign(campaign(pattern, settings(type, 1, -1), n)));
    }

    static List<Transaction> transactions(List<Event> events) {
        return events.stream().filter(Transaction.class::isInstance).map(Transaction.class::cast).toList();
    }
}
