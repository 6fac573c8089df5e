package io.bankingsim.cli;

import io.bankingsim.connectors.http.HttpConnector;
import io.bankingsim.connectors.stub.BastionStub;
import io.bankingsim.connectors.stub.FaultSettings;
import io.bankingsim.connectors.stub.NexumLedger;
import io.bankingsim.connectors.stub.NexumStub;
import io.bankingsim.core.Simulation;
import io.bankingsim.core.SimulationResult;
import io.bankingsim.core.clock.Speed;
import io.bankingsim.core.event.Event;
import io.bankingsim.core.event.Transaction;
import io.bankingsim.core.metrics.EndpointMetrics;
import io.bankingsim.core.metrics.EndpointStats;
import io.bankingsim.core.metrics.RunSummary;
import io.bankingsim.core.outcome.Status;
import io.bankingsim.core.scenario.Scenario;
import io.bankingsim.core.spi.SimulationObserver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run through the stubs while they misbehave: 5xx and timeouts (answers lost and requests
 * lost) on scoring and postings, every token expired, Bastion killed and restarted, then Nexum
 * killed and restarted on its surviving ledger, and a rate limit. The run finishes, reports each
 * fault in the API statistics, and loses no event: every event has its outcome, none failed, and
 * Nexum's balances equal the outcomes, so nothing was posted twice or lost.
 */
class StubFaultsIT {

    private static final FaultSettings FAULTS = new FaultSettings(0, 0.03, 0.01, 1_500);
    private static final Set<String> POSTINGS = Set.of("deposit", "withdraw", "transfer");
    /** How long a killed stub stays down. */
    private static final long DOWN_MILLIS = 1_500;

    private final AtomicReference<NexumStub> nexum = new AtomicReference<>();
    private final AtomicReference<BastionStub> bastion = new AtomicReference<>();

    @AfterEach
    void stopStubs() {
        if (nexum.get() != null) {
            nexum.get().close();
        }
        if (bastion.get() != null) {
            bastion.get().close();
        }
    }

    @Test
    void aRunRidesOutErrorsTimeoutsExpiredTokensAndRestartsAndLosesNoEvent() throws Exception {
        NexumLedger ledger = new NexumLedger(7);
        nexum.set(new NexumStub(NexumStub.Options.builder().port(0).seed(7).build(), ledger).start());
        bastion.set(new BastionStub(BastionStub.Options.builder().port(0).seed(8).build()).start());
        NexumStub.Options nexumAgain = nexum.get().options().toBuilder().port(nexum.get().port()).build();
        BastionStub.Options bastionAgain = bastion.get().options().toBuilder().port(bastion.get().port()).build();
        List<Thread> restarts = new java.util.concurrent.CopyOnWriteArrayList<>();

        SimulationObserver chaos = new SimulationObserver() {
            private int transactions;

            @Override
            public void onEvent(Event event) {
                if (!(event instanceof Transaction)) {
                    return;
                }
                transactions++;
                switch (transactions) {
                    case 50 -> {
                        nexum.get().injectFaults(FAULTS, POSTINGS);
                        bastion.get().injectFaults(FAULTS, Set.of());
                    }
                    case 150 -> nexum.get().expireTokens();
                    case 250 -> restarts.add(Thread.startVirtualThread(() -> {
                        bastion.get().close();
                        pause();
                        bastion.set(new BastionStub(bastionAgain).start());
                        bastion.get().injectFaults(FAULTS, Set.of());
                    }));
                    case 400 -> restarts.add(Thread.startVirtualThread(() -> {
                        nexum.get().close();
                        pause();
                        nexum.set(new NexumStub(nexumAgain, ledger).start());
                        nexum.get().injectFaults(FAULTS, POSTINGS);
                    }));
                    default -> { }
                }
            }
        };

        Simulation simulation = Simulation.builder()
                .scenario("fraud_attack")
                .customers(100)
                .durationHours(3)
                .speed(Speed.MAX)
                .customize(s -> s.withConnections(s.connections().toBuilder()
                        .nexumUrl(nexum.get().url()).bastionUrl(bastion.get().url())
                        .nexumUsername("simulator").nexumPassword("simulator")
                        .timeoutSeconds(1).maxRetries(4).maxOutageSeconds(60).build()))
                .build();
        Scenario scenario = simulation.scenario();
        HttpConnector connector = StubRuns.connector(scenario, scenario.connections());
        SimulationResult result = Simulation.builder().scenario(scenario).connector(connector).observer(chaos)
                .build().run();
        for (Thread t : restarts) {
            t.join(Duration.ofSeconds(30));
        }

        assertThat(result.completed()).isTrue();
        assertThat(result.metrics().counts().transactionsReleased()).isGreaterThan(450);
        StubRuns.assertOneOutcomePerEvent(result);
        Map<String, Long> statuses = result.metrics().counts().outcomesByStatus();
        assertThat(statuses.get("error")).as(failures(result)).isZero();
        assertThat(statuses.get("unknown")).as(failures(result)).isZero();
        assertThat(statuses.get("throttled")).isZero();
        StubRuns.assertLedgerMatchesOutcomes(result, connector, ledger);

        List<EndpointStats> api = result.metrics().api();
        assertThat(StubRuns.errors(api, "nexum", EndpointMetrics.SERVER_ERROR)).isPositive();
        assertThat(StubRuns.errors(api, "bastion", EndpointMetrics.SERVER_ERROR)).isPositive();
        assertThat(StubRuns.errors(api, "nexum", EndpointMetrics.TIMEOUT)).isPositive();
        assertThat(StubRuns.errors(api, "bastion", EndpointMetrics.TIMEOUT)).isPositive();
        assertThat(StubRuns.errors(api, "nexum", EndpointMetrics.UNAUTHORIZED)).isPositive();
        assertThat(StubRuns.errors(api, "nexum", EndpointMetrics.REFUSED)
                + StubRuns.errors(api, "nexum", EndpointMetrics.IO)).isPositive();
        assertThat(StubRuns.errors(api, "bastion", EndpointMetrics.REFUSED)
                + StubRuns.errors(api, "bastion", EndpointMetrics.IO)).isPositive();
        assertThat(connector.logins()).isGreaterThanOrEqualTo(2);
        assertThat(RunSummary.toText(result.metrics(), scenario.name(), scenario.seed()))
                .contains("API calls", "nexum deposit", "errors: ", "timeout ", "server_error ");
    }

    @Test
    void aRateLimitedNexumIsMetWithBackoffAndCountedAsThrottledNotAsErrors() throws Exception {
        nexum.set(new NexumStub(NexumStub.Options.builder().port(0).rateLimitPerMinute(60)
                .rateLimitWindow(Duration.ofSeconds(1)).build()).start());
        bastion.set(new BastionStub(BastionStub.Options.builder().port(0).build()).start());

        Simulation simulation = Simulation.builder()
                .scenario("normal_day")
                .customers(15)
                .durationHours(2)
                .speed(Speed.MAX)
                .customize(s -> s.withConnections(s.connections().toBuilder()
                        .nexumUrl(nexum.get().url()).bastionUrl(bastion.get().url())
                        .nexumUsername("simulator").nexumPassword("simulator").maxRetries(8).build()))
                .build();
        Scenario scenario = simulation.scenario();
        HttpConnector connector = StubRuns.connector(scenario, scenario.connections());
        SimulationResult result = Simulation.builder().scenario(scenario).connector(connector).build().run();

        assertThat(result.completed()).isTrue();
        StubRuns.assertOneOutcomePerEvent(result);
        Map<String, Long> statuses = result.metrics().counts().outcomesByStatus();
        assertThat(statuses.get("error") + statuses.get("unknown") + statuses.get("throttled")).isZero();
        long throttledSeen = StubRuns.errors(result.metrics().api(), "nexum", EndpointMetrics.THROTTLED);
        assertThat(throttledSeen).isPositive();
        assertThat(nexum.get().responseCounts().entrySet().stream().filter(e -> e.getKey().endsWith(" 429"))
                .mapToLong(Map.Entry::getValue).sum()).isEqualTo(throttledSeen);
        assertThat(result.metrics().api()).allSatisfy(e -> assertThat(e.errorCount()).isZero());
        StubRuns.assertLedgerMatchesOutcomes(result, connector, nexum.get().ledger());
    }

    private static void pause() {
        try {
            Thread.sleep(DOWN_MILLIS); // the outage itself, not a wait for a result
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String failures(SimulationResult result) {
        return result.records().stream().filter(r -> r.outcome().status() == Status.ERROR
                        || r.outcome().status() == Status.UNKNOWN).limit(5)
                .map(r -> r.event().kind() + ": " + r.outcome().detail()).toList().toString();
    }
}
