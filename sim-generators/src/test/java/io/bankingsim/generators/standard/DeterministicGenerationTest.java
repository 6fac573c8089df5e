package io.bankingsim.generators.standard;

import io.bankingsim.core.event.Event;
import io.bankingsim.core.scenario.Scenario;
import io.bankingsim.core.spi.TrafficGenerator.GeneratedWorld;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import static io.bankingsim.generators.Fixtures.drain;
import static io.bankingsim.generators.Fixtures.generate;
import static io.bankingsim.generators.Fixtures.scenario;
import static org.assertj.core.api.Assertions.assertThat;

class DeterministicGenerationTest {

    private final Scenario scenario = scenario(300, 7).withDuration(Duration.ofDays(3));

    @Test
    void sameSeedGivesTheSamePopulation() {
        GeneratedWorld a = generate(scenario);
        GeneratedWorld b = generate(scenario);

        assertThat(IntStream.range(0, 300).mapToObj(a.world()::customer).toList())
                .isEqualTo(IntStream.range(0, 300).mapToObj(b.world()::customer).toList());
        assertThat(drain(a.sources().get(0))).isEqualTo(drain(b.sources().get(0)));
    }

    @Test
    void sameSeedGivesTheSameFirstTenThousandEvents() {
        List<Event> first = drain(generate(scenario).sources().get(1), 10_000);
        List<Event> second = drain(generate(scenario).sources().get(1), 10_000);

        assertThat(first).hasSize(10_000);
        assertThat(second).isEqualTo(first);
    }

    @Test
    void anotherSeedGivesOtherEvents() {
        List<Event> first = drain(generate(scenario).sources().get(1), 100);
        List<Event> other = drain(generate(scenario.withSeed(8)).sources().get(1), 100);

        assertThat(other).isNotEqualTo(first);
        assertThat(other.stream().map(Event::id)).doesNotContainAnyElementsOf(first.stream().map(Event::id).toList());
    }
}
