package io.bankingsim.core;

import io.bankingsim.core.clock.Speed;
import io.bankingsim.core.scenario.Scenario;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.bankingsim.core.EngineReleaseTest.builder;
import static io.bankingsim.core.EngineReleaseTest.smallDay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Overrides obey the same limits as scenario files, and bad ones are the user's input errors. */
class SimulationBuilderTest {

    @Test
    void overridesApplyToTheEffectiveScenario() throws Exception {
        Scenario s = builder(smallDay()).seed(9).customers(7).speed(Speed.MAX).durationHours(1.5)
                .connector(io.bankingsim.core.testkit.ScriptedConnector.synchronous()).build().scenario();
        assertThat(s.seed()).isEqualTo(9);
        assertThat(s.customers()).isEqualTo(7);
        assertThat(s.speed()).isEqualTo(Speed.MAX);
        assertThat(s.duration()).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void tooManyCustomersIsBadInput() {
        assertThatThrownBy(() -> builder(smallDay()).customers(Scenario.MAX_CUSTOMERS + 1).build())
                .isInstanceOfSatisfying(SimulationException.class, e -> assertThat(e.isBadInput()).isTrue())
                .hasMessageContaining("customers must be 1 to 10000000");
    }

    @Test
    void speedAboveTheLimitIsBadInput() {
        assertThatThrownBy(() -> builder(smallDay()).speed(Speed.of(1e12)).build())
                .isInstanceOfSatisfying(SimulationException.class, e -> assertThat(e.isBadInput()).isTrue())
                .hasMessageContaining("speed must be at most 10000000");
    }

    @Test
    void durationBeyondTenYearsIsBadInput() {
        assertThatThrownBy(() -> builder(smallDay()).durationHours(100_000).build())
                .isInstanceOfSatisfying(SimulationException.class, e -> assertThat(e.isBadInput()).isTrue())
                .hasMessageContaining("at most 87600 hours");
    }

    @Test
    void unknownConnectorNamesTheRegisteredOnes() {
        assertThatThrownBy(() -> builder(smallDay()).connector("http").build())
                .isInstanceOf(SimulationException.class).hasMessageContaining("no connector named 'http'");
    }
}
