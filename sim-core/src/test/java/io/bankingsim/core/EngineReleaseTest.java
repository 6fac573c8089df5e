package io.bankingsim.core;

import io.bankingsim.core.clock.ManualTicker;
import io.bankingsim.core.clock.Speed;
import io.bankingsim.core.event.Event;
import io.bankingsim.core.outcome.Outcome;
import io.bankingsim.core.scenario.Fraud;
import io.bankingsim.core.scenario.HourWindow;
import io.bankingsim.core.scenario.PatternSettings;
import io.bankingsim.core.scenario.Scenario;
import io.bankingsim.core.scenario.TransactionRate;
import io.bankingsim.core.spi.SimulationObserver;
import io.bankingsim.core.testkit.ScriptedConnector;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine releases events in virtual-time order and gives each exactly one outcome. */
class EngineReleaseTest {

    static Scenario smallDay() {
        return Scenario.defaults("test")
                .withDuration(Duration.ofHours(6))
                .withCustomers(50)
                .withTransactionRate(new TransactionRate(20, 10, new HourWindow(8, 18), 0.3, 100))
                .withFraud(new Fraud(0.0, null, List.of(PatternSettings.of("card_testing"))));
    }

    static Simulation.Builder builder(Scenario s) {
        return Simulation.builder().scenario(s).generator("test-traffic");
    }

    @Test
    void maxSpeedReleasesEveryEventInTimeOrderWithOneOutcomeEach() throws Exception {
        ScriptedConnector connector = ScriptedConnector.synchronous();
        SimulationResult r = builder(smallDay()).speed(Speed.MAX).connector(connector).build().run();

        List<EventRecord> records = r.records();
        assertThat(records).isNotEmpty();
        for (int i = 1; i < records.size(); i++) {
            assertThat(records.get(i).event().time()).isAfterOrEqualTo(records.get(i - 1).event().time());
        }
        Set<String> ids = new HashSet<>();
        records.forEach(rec -> assertThat(ids.add(rec.event().id())).isTrue());
        assertThat(records).allSatisfy(rec -> assertThat(rec.outcome().eventId()).isEqualTo(rec.event().id()));
        assertThat(connector.delivered()).isEqualTo(records.size());
        assertThat(r.metrics().counts().eventsReleased()).isEqualTo(records.size());
        assertThat(r.metrics().counts().outcomes()).isEqualTo(records.size());
        assertThat(r.completed()).isTrue();
        assertThat(connector.isClosed()).isTrue();
    }

    @Test
    void maxSpeedRunEndsAtTheScenarioEnd() throws Exception {
        Scenario s = smallDay();
        Simulation sim = builder(s).speed(Speed.MAX).connector(ScriptedConnector.synchronous()).build();
        RunningSimulation running = sim.start();
        running.await();
        assertThat(running.virtualTime()).isEqualTo(s.end());
        assertThat(running.state()).isEqualTo("finished");
    }

    @Test
    void eventsAfterTheEndAreNotReleased() throws Exception {
        Scenario s = smallDay();
        SimulationResult r = builder(s).speed(Speed.MAX).connector(ScriptedConnector.synchronous()).build().run();
        assertThat(r.events()).allSatisfy(e -> assertThat(e.time()).isBefore(s.end()).isAfterOrEqualTo(s.start()));
    }

    @Test
    void pacedRunReleasesEachEventWhenTheClockReachesIt() throws Exception {
        ManualTicker wall = new ManualTicker();
        Scenario s = smallDay().withDuration(Duration.ofHours(1));
        List<long[]> releases = new ArrayList<>();
        SimulationObserver watcher = new SimulationObserver() {
            io.bankingsim.core.clock.VirtualClock clock;

            @Override
            public void onStart(io.bankingsim.core.spi.RunContext context) {
                clock = context.clock();
            }

            @Override
            public void onEvent(Event event) {
                Instant now = clock.instant();
                releases.add(new long[] {event.time().toEpochMilli(), now.toEpochMilli()});
            }
        };
        Simulation sim = builder(s).speed(Speed.of(100)).ticker(wall).connector(ScriptedConnector.synchronous())
                .observer(watcher).build();
        SimulationResult r = sim.run();

        assertThat(releases).hasSize(r.records().size()).isNotEmpty();
        // Released no earlier than due, and never more than a few virtual ms late.
        assertThat(releases).allSatisfy(t -> assertThat(t[1] - t[0]).isBetween(0L, 100L));
        // One virtual hour at 100x took 36 wall seconds of the (manual) ticker.
        assertThat(wall.nanos()).isBetween(Duration.ofSeconds(36).toNanos(), Duration.ofSeconds(37).toNanos());
    }

    @Test
    void aConnectorThatThrowsOrFailsStillGivesEachEventOneErrorOutcome() throws Exception {
        int[] calls = {0};
        io.bankingsim.core.spi.Connector broken = event -> {
            if (calls[0]++ % 2 == 0) {
                throw new IllegalStateException("socket closed");
            }
            return java.util.concurrent.CompletableFuture.failedFuture(new java.io.IOException("connection reset"));
        };
        SimulationResult r = builder(smallDay()).speed(Speed.MAX).connector(broken).build().run();

        assertThat(r.records()).isNotEmpty().allSatisfy(rec -> {
            assertThat(rec.outcome().status()).isEqualTo(io.bankingsim.core.outcome.Status.ERROR);
            assertThat(rec.outcome().detail()).containsAnyOf("socket closed", "connection reset");
        });
        assertThat(r.metrics().counts().outcomes()).isEqualTo(r.records().size());
    }

    @Test
    void aSimulationRunsOnlyOnce() throws Exception {
        Simulation sim = builder(smallDay()).speed(Speed.MAX).connector(ScriptedConnector.synchronous()).build();
        sim.run();
        org.assertj.core.api.Assertions.assertThatThrownBy(sim::start).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void observersSeeEveryOutcome() throws Exception {
        List<Outcome> seen = new ArrayList<>();
        SimulationResult r = builder(smallDay()).speed(Speed.MAX).connector(ScriptedConnector.synchronous())
                .observer(new SimulationObserver() {
                    @Override
                    public void onOutcome(Event event, Outcome outcome, long responseNanos) {
                        seen.add(outcome);
                    }
                }).build().run();
        assertThat(seen).hasSize(r.records().size());
    }
}
