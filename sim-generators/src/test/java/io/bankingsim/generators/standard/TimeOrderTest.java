package io.bankingsim.generators.standard;

import io.bankingsim.core.event.Event;
import io.bankingsim.core.scenario.Scenario;
import io.bankingsim.core.spi.EventSource;
import io.bankingsim.core.spi.TrafficGenerator.GeneratedWorld;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.bankingsim.generators.Fixtures.drain;
import static io.bankingsim.generators.Fixtures.generate;
import static io.bankingsim.generators.Fixtures.scenario;
import static io.bankingsim.generators.Fixtures.variant;
import static org.assertj.core.api.Assertions.assertThat;

class TimeOrderTest {

    @Test
    void everySourceEmitsInNonDecreasingTimeAcrossADaylightSavingChange() {
        Scenario scenario = variant(scenario(500, 13)).zone("America/New_York").build()
                .withStart(Instant.parse("2026-03-07T00:00:00Z")).withDuration(Duration.ofDays(3));
        GeneratedWorld generated = generate(scenario);

        for (EventSource source : generated.sources()) {
            List<Event> events = drain(source); // fails on any step back in time or peekTime mismatch
            assertThat(events).isNotEmpty();
            assertThat(source.peekTime()).isEqualTo(EventSource.EXHAUSTED);
        }
    }

    @Test
    void peekingTwiceDoesNotChangeTheNextEvent() {
        EventSource source = generate(scenario(100, 1)).sources().get(1);
        long first = source.peekTime();

        assertThat(source.peekTime()).isEqualTo(first);
        assertThat(source.next().time()).isEqualTo(io.bankingsim.core.clock.VirtualClock.fromNanos(first));
    }
}
