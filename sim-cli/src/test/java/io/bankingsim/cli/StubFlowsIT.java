package io.bankingsim.cli;

import io.bankingsim.connectors.http.HttpConnector;
import io.bankingsim.connectors.stub.BastionStub;
import io.bankingsim.connectors.stub.NexumStub;
import io.bankingsim.connectors.stub.StubServers;
import io.bankingsim.core.Simulation;
import io.bankingsim.core.SimulationException;
import io.bankingsim.core.SimulationResult;
import io.bankingsim.core.clock.Speed;
import io.bankingsim.core.event.Login;
import io.bankingsim.core.event.Transaction;
import io.bankingsim.core.outcome.Decision;
import io.bankingsim.core.outcome.Status;
import io.bankingsim.core.scenario.Connections;
import io.bankingsim.core.scenario.Scenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The other flows and batching through the stubs, and a Nexum that wants a log-in nobody gave. */
class StubFlowsIT {

    private StubServers stubs;

    @AfterEach
    void stopStubs() {
        if (stubs != null) {
            stubs.close();
        }
    }

    private SimulationResult run(UnaryOperator<Connections.Builder> settings, HttpConnector[] used) throws Exception {
        Simulation simulation = Simulation.builder()
                .scenario("fraud_attack")
                .customers(60)
                .durationHours(3)
                .speed(Speed.MAX)
                .customize(s -> s.withConnections(settings.apply(s.connections().toBuilder()
                        .nexumUrl(stubs.nexum().url()).bastionUrl(stubs.bastion().url())
                        .nexumUsername("simulator").nexumPassword("simulator")).build()))
                .build();
        Scenario scenario = simulation.scenario();
        used[0] = StubRuns.connector(scenario, scenario.connections());
        return Simulation.builder().scenario(scenario).connector(used[0]).build().run();
    }

    @Test
    void postOnlyLetsNexumAskBastionAndReportsItsBlocksAsDeclines() throws Exception {
        stubs = StubServers.start(NexumStub.Options.builder().port(0).build(),
                BastionStub.Options.builder().port(0).build(), true);
        HttpConnector[] connector = new HttpConnector[1];

        SimulationResult result = run(b -> b.flow(Connections.Flow.POST_ONLY), connector);

        StubRuns.assertOneOutcomePerEvent(result);
        assertThat(StubRuns.sent(result.metrics().api(), "bastion").values()).allMatch(n -> n <= 1);
        assertThat(stubs.bastion().requestCounts().get("score")).isPositive();
        assertThat(result.records()).filteredOn(r -> r.event() instanceof Login)
                .allSatisfy(r -> assertThat(r.outcome().detail()).contains("not sent"));
        assertThat(result.records()).filteredOn(r -> r.event() instanceof Transaction)
                .allSatisfy(r -> assertThat(r.outcome().decision()).isIn(Decision.APPROVE, Decision.DECLINE,
                        Decision.NONE));
        assertThat(result.records()).filteredOn(r -> r.outcome().decision() == Decision.DECLINE)
                .allSatisfy(r -> assertThat(r.outcome().posted()).isFalse());
        assertThat(result.records()).filteredOn(r -> r.event() instanceof Transaction)
                .filteredOn(r -> r.outcome().posted()).isNotEmpty()
                .allSatisfy(r -> assertThat(r.outcome().decision()).isEqualTo(Decision.APPROVE));
        StubRuns.assertLedgerMatchesOutcomes(result, connector[0], stubs.nexum().ledger());
    }

    @Test
    void scoreOnlyNeverTouchesNexum() throws Exception {
        stubs = StubServers.start(NexumStub.Options.builder().port(0).build(),
                BastionStub.Options.builder().port(0).build(), false);
        HttpConnector[] connector = new HttpConnector[1];

        SimulationResult result = run(b -> b.flow(Connections.Flow.SCORE_ONLY), connector);

        StubRuns.assertOneOutcomePerEvent(result);
        assertThat(stubs.nexum().requestCounts().values()).allMatch(n -> n == 0);
        assertThat(result.records()).filteredOn(r -> r.event() instanceof Transaction)
                .allSatisfy(r -> {
                    assertThat(r.outcome().decision()).isNotEqualTo(Decision.NONE);
                    assertThat(r.outcome().posted()).isFalse();
                });
        assertThat(result.metrics().detection().matrix().scored()).isPositive();
    }

    @Test
    void batchedScoringGivesEveryEventItsOwnAnswer() throws Exception {
        stubs = StubServers.start(NexumStub.Options.builder().port(0).build(),
                BastionStub.Options.builder().port(0).build(), false);
        HttpConnector[] connector = new HttpConnector[1];

        SimulationResult result = run(b -> b.scoreBatchSize(16), connector);

        StubRuns.assertOneOutcomePerEvent(result);
        long scored = result.records().stream().filter(r -> r.outcome().decision() != Decision.NONE).count();
        assertThat(stubs.bastion().requestCounts().get("score")).isZero();
        assertThat(stubs.bastion().requestCounts().get("score_batch")).isPositive().isLessThan(scored);
        assertThat(stubs.bastion().requestCounts().get("scored")).isEqualTo(scored);
        assertThat(result.records()).noneMatch(r -> r.outcome().status() == Status.ERROR);
        StubRuns.assertLedgerMatchesOutcomes(result, connector[0], stubs.nexum().ledger());
    }

    @Test
    void aBastionWithoutFeedbackIsLeftAloneAfterItsFirst404() throws Exception {
        stubs = StubServers.start(NexumStub.Options.builder().port(0).build(),
                BastionStub.Options.builder().port(0).feedbackSupported(false).build(), false);
        HttpConnector[] connector = new HttpConnector[1];

        SimulationResult result = run(b -> b.feedbackDelayHours(0), connector);

        StubRuns.assertOneOutcomePerEvent(result);
        long flagged = result.metrics().detection().matrix().truePositives()
                + result.metrics().detection().matrix().falsePositives();
        assertThat(flagged).isGreaterThan(20);
        // A few may have left before the first 404 came back; none after it.
        assertThat(stubs.bastion().requestCounts().get("feedback")).isBetween(1L, 4L);
        assertThat(result.metrics().counts().outcomesByStatus().get("error")).isZero();
    }

    @Test
    void backendsSlowerThanTheScheduleSlowTheVirtualClockAndLoseNothing() throws Exception {
        stubs = StubServers.start(NexumStub.Options.builder().port(0).build(),
                BastionStub.Options.builder().port(0).latencyMs(20).build(), false);
        Simulation simulation = Simulation.builder()
                .scenario("normal_day")
                .customers(40)
                .durationHours(1)
                .speed(Speed.of(100_000))
                .customize(s -> s.withConnections(s.connections().toBuilder()
                        .nexumUrl(stubs.nexum().url()).bastionUrl(stubs.bastion().url())
                        .nexumUsername("simulator").nexumPassword("simulator").maxInFlight(2).build()))
                .build();
        Scenario scenario = simulation.scenario();
        HttpConnector connector = StubRuns.connector(scenario, scenario.connections());

        SimulationResult result = Simulation.builder().scenario(scenario).connector(connector).build().run();

        StubRuns.assertOneOutcomePerEvent(result);
        assertThat(result.completed()).isTrue();
        assertThat(result.metrics().counts().outcomesByStatus().get("error")).isZero();
        // Two events in flight, each scored for at least 20 ms: at most 100 scored events a wall second.
        long scored = result.metrics().detection().matrix().scored();
        assertThat(scored).isGreaterThan(100);
        double ceiling = scenario.duration().toSeconds() / (scored / 100.0);
        assertThat(result.metrics().run().effectiveSpeed()).isLessThanOrEqualTo(ceiling).isLessThan(10_000);
        assertThat(result.metrics().run().setSpeed()).isEqualTo("100000");
        StubRuns.assertLedgerMatchesOutcomes(result, connector, stubs.nexum().ledger());
    }

    @Test
    void aNexumThatWantsALogInNobodyGaveStopsTheRunBeforeItStarts() throws Exception {
        stubs = StubServers.start(NexumStub.Options.builder().port(0).build(),
                BastionStub.Options.builder().port(0).build(), false);

        SimulationException e = catchThrowableOfType(SimulationException.class, () -> Simulation.builder()
                .scenario("normal_day")
                .customers(5)
                .connector("http")
                .customize(s -> s.withConnections(s.connections().toBuilder()
                        .nexumUrl(stubs.nexum().url()).bastionUrl(stubs.bastion().url()).build()))
                .build()
                .run());

        assertThat(e).hasMessageContaining("wants a log-in").hasMessageContaining("NEXUM_USERNAME")
                .hasMessageContaining(stubs.nexum().url().toString());
        assertThat(e.isBadInput()).isFalse();
        assertThat(stubs.nexum().requestCounts().get("customers")).isZero();
    }
}
