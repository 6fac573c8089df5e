package io.bankingsim.cli;

import io.bankingsim.core.EventRecord;
import io.bankingsim.core.Simulation;
import io.bankingsim.core.SimulationResult;
import io.bankingsim.core.clock.Speed;
import io.bankingsim.core.outcome.Status;
import io.bankingsim.core.scenario.Scenario;
import io.bankingsim.core.scenario.ScenarioCatalog;
import io.bankingsim.core.traffic.ArrivalIntensity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every shipped scenario loads, validates and runs end to end in dry-run at max speed, with the
 * real generator, fraud patterns and mock backends; normal_day produces what its file implies.
 */
class BuiltInScenariosIT {

    static List<String> builtIns() {
        return ScenarioCatalog.builtInNames();
    }

    @ParameterizedTest
    @MethodSource("builtIns")
    void runsInDryRunAtMaxSpeedWithOneOutcomePerEvent(String name) throws Exception {
        // A few simulated hours keep the suite fast; the full days run in the CLI tests and benchmarks.
        SimulationResult r = Simulation.builder().scenario(name).speed(Speed.MAX).durationHours(6)
                .connector("dry-run").build().run();

        assertThat(r.completed()).isTrue();
        assertThat(r.records()).isNotEmpty();
        Set<String> ids = new HashSet<>();
        for (EventRecord rec : r.records()) {
            assertThat(ids.add(rec.event().id())).as("unique event id").isTrue();
            assertThat(rec.outcome().eventId()).isEqualTo(rec.event().id());
            assertThat(rec.outcome().status()).isIn(Status.OK, Status.REJECTED);
        }
        assertThat(r.metrics().counts().outcomes()).isEqualTo(r.records().size());
        assertThat(r.transactions()).isNotEmpty();
    }

    @Test
    void normalDayTransactionCountIsWhatTheScenarioImplies() throws Exception {
        SimulationResult r = Simulation.builder().scenario("normal_day").speed(Speed.MAX).recordEvents(false)
                .build().run();
        Scenario s = r.scenario();
        // the arrivals of transaction_rate, plus the customers' standing orders on their days
        double expected = ArrivalIntensity.of(s).expectedTotal() + standingOrders(s);
        long measured = r.metrics().counts().transactionsReleased();

        // Poisson: the standard deviation is sqrt(expected), about 1% here; "a few percent" is 4 sd.
        assertThat((double) measured).isBetween(expected - 4 * Math.sqrt(expected), expected + 4 * Math.sqrt(expected));
        assertThat(Math.abs(measured - expected) / expected).isLessThan(0.05);
    }

    @Test
    void normalDayFraudFractionIsWhatTheScenarioImplies() throws Exception {
        // At 0.1% a single day holds about ten fraudulent transactions: too few to measure a rate.
        // Thirty days of the same world (same rates, same patterns) hold about three hundred.
        // A backend that approves everything: no attacker meets a decline, so none gives up early.
        io.bankingsim.core.spi.Connector approveAll = event -> java.util.concurrent.CompletableFuture.completedFuture(
                new io.bankingsim.core.outcome.Outcome(event.id(), Status.OK,
                        io.bankingsim.core.outcome.Decision.APPROVE, 0.01, java.util.List.of(), true, 0, ""));
        SimulationResult r = Simulation.builder().scenario("normal_day").speed(Speed.MAX)
                .duration(Duration.ofDays(30)).connector(approveAll).build().run();
        Scenario s = r.scenario();
        double expectedAll = ArrivalIntensity.of(s).expectedTotal();
        double rate = s.fraud().rate();
        double expectedFraud = rate * expectedAll + rate / (1 - rate) * standingOrders(s);
        assertThat(r.expectedFraudTransactions()).isCloseTo(expectedFraud, org.assertj.core.data.Offset.offset(1e-6));

        long transactions = r.transactions().size();
        long fraud = r.transactions().stream().filter(t -> t.truth().fraud()).count();
        // The number of campaigns is the expectation rounded; what varies is their sizes (at most
        // 20 transactions each), so the spread is far below a Poisson count's: within 10%.
        assertThat((double) fraud).isBetween(expectedFraud * 0.9, expectedFraud * 1.1);
        double fraction = (double) fraud / transactions;
        assertThat(fraction).isBetween(rate * 0.9, rate * 1.1);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"fraud_attack", "mule_network"})
    void theFraudScenariosMakeTheFractionOfFraudTheirRateSays(String name) throws Exception {
        io.bankingsim.core.spi.Connector approveAll = event -> java.util.concurrent.CompletableFuture.completedFuture(
                new io.bankingsim.core.outcome.Outcome(event.id(), Status.OK,
                        io.bankingsim.core.outcome.Decision.APPROVE, 0.01, java.util.List.of(), true, 0, ""));
        SimulationResult r = Simulation.builder().scenario(name).speed(Speed.MAX).duration(Duration.ofDays(3))
                .connector(approveAll).build().run();
        double rate = r.scenario().fraud().rate();
        long fraud = r.transactions().stream().filter(t -> t.truth().fraud()).count();
        double fraction = (double) fraud / r.transactions().size();

        // campaigns come in whole numbers and vary in size: a fifth either way over three days
        assertThat(fraction).as("%s: %d fraudulent of %d", name, fraud, r.transactions().size())
                .isBetween(rate * 0.8, rate * 1.2);
        assertThat((double) fraud).isBetween(r.expectedFraudTransactions() * 0.8, r.expectedFraudTransactions() * 1.2);
    }

    @Test
    void inADryRunAttackersWhoMeetDeclinesMakeSomewhatLessFraudThanPlanned() throws Exception {
        SimulationResult r = Simulation.builder().scenario("normal_day").speed(Speed.MAX)
                .duration(Duration.ofDays(30)).connector("dry-run").build().run();
        double rate = r.scenario().fraud().rate();
        double fraction = (double) r.transactions().stream().filter(t -> t.truth().fraud()).count()
                / r.transactions().size();

        // account takeovers stop at their first declined transfer; card testers only change cards
        assertThat(fraction).isBetween(rate * 0.7, rate * 1.1);
    }

    /** The standing orders the standard generator expects over the scenario (on top of the arrivals). */
    private static double standingOrders(Scenario s) {
        return new io.bankingsim.generators.standard.StandardTrafficGenerator()
                .generate(new io.bankingsim.core.spi.GenerationContext(s, 1 - s.fraud().rate()))
                .expectedScheduledTransactions();
    }
}
