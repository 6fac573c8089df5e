package io.bankingsim.core;

import io.bankingsim.core.clock.Speed;
import io.bankingsim.core.event.Transaction;
import io.bankingsim.core.scenario.Fraud;
import io.bankingsim.core.scenario.HourWindow;
import io.bankingsim.core.scenario.PatternSettings;
import io.bankingsim.core.scenario.Scenario;
import io.bankingsim.core.spi.Campaign;
import io.bankingsim.core.testkit.ScriptedConnector;
import io.bankingsim.core.testkit.TestFraudPattern;
import io.bankingsim.core.traffic.ArrivalIntensity;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.bankingsim.core.EngineReleaseTest.builder;
import static io.bankingsim.core.EngineReleaseTest.smallDay;
import static org.assertj.core.api.Assertions.assertThat;

/** fraud.rate, weights, counts and attack windows become campaigns as docs/scenarios.md says. */
class CampaignPlanningTest {

    private static Scenario withFraud(String name, Fraud fraud) {
        return smallDay().withDuration(Duration.ofDays(7)).withFraud(fraud).withCustomers(300)
                .withName(name);
    }

    @Test
    void fraudFractionFollowsTheRate() throws Exception {
        double rate = 0.03;
        Scenario s = withFraud("rate", new Fraud(rate, null, List.of(PatternSettings.of("card_testing"))));
        SimulationResult r = builder(s).speed(Speed.MAX).connector(ScriptedConnector.synchronous()).build().run();

        double expectedAll = ArrivalIntensity.of(s).expectedTotal();
        assertThat(r.expectedFraudTransactions()).isCloseTo(rate * expectedAll, org.assertj.core.data.Offset.offset(1e-6));

        List<Transaction> tx = r.transactions();
        long fraud = tx.stream().filter(t -> t.truth().fraud()).count();
        // Campaigns are a Poisson number of bursts of 4: the count's standard deviation is
        // 4 x sqrt(expected campaigns); allow 4 of them, and the same for the genuine traffic.
        double expectedFraud = rate * expectedAll;
        double sd = 4 * Math.sqrt(expectedFraud / 4);
        assertThat((double) fraud).isBetween(expectedFraud - 4 * sd, expectedFraud + 4 * sd);
        double genuine = tx.size() - fraud;
        double expectedGenuine = (1 - rate) * expectedAll;
        assertThat(genuine).isBetween(expectedGenuine - 4 * Math.sqrt(expectedGenuine),
                expectedGenuine + 4 * Math.sqrt(expectedGenuine));
    }

    @Test
    void pinnedCountRunsExactlyThatManyCampaigns() throws Exception {
        PatternSettings pinned = new PatternSettings("card_testing", 1, 1, 7, -1, Map.of());
        Scenario s = withFraud("pinned", new Fraud(0.01, null, List.of(pinned)));
        SimulationResult r = builder(s).speed(Speed.MAX).connector(ScriptedConnector.synchronous()).build().run();

        Map<String, Long> perCampaign = r.fraud().stream()
                .collect(Collectors.groupingBy(rec -> rec.truth().campaignId(), Collectors.counting()));
        assertThat(perCampaign).hasSize(7);
        assertThat(perCampaign.values()).allSatisfy(n -> assertThat(n).isEqualTo(4));
    }

    @Test
    void campaignsStartOnlyInsideTheAttackWindow() throws Exception {
        Scenario s = withFraud("window", new Fraud(0.02, new HourWindow(2, 4), List.of(PatternSettings.of("card_testing"))));
        TestFraudPattern.STARTED.clear();
        builder(s).speed(Speed.MAX).connector(ScriptedConnector.synchronous()).build().run();

        List<Campaign> started = TestFraudPattern.STARTED.stream().filter(c -> c.scenario().name().equals("window")).toList();
        assertThat(started).isNotEmpty();
        assertThat(started).allSatisfy(c -> assertThat(c.start().atZone(ZoneOffset.UTC).getHour()).isBetween(2, 3));
    }

    @Test
    void adaptiveCampaignSeesItsOutcomesAndGivesUpAfterADecline() throws Exception {
        PatternSettings adaptive = new PatternSettings("card_testing", 1, 1, 5, -1, Map.of("adaptive", true));
        Scenario s = withFraud("adaptive", new Fraud(0.01, null, List.of(adaptive)));
        SimulationResult r = builder(s).speed(Speed.MAX).connector(ScriptedConnector.synchronous()).build().run();

        Map<String, Long> perCampaign = r.fraud().stream()
                .collect(Collectors.groupingBy(rec -> rec.truth().campaignId(), Collectors.counting()));
        assertThat(perCampaign).hasSize(5);
        assertThat(perCampaign.values()).allSatisfy(n -> assertThat(n).isEqualTo(1));
    }

    @Test
    void adaptiveCampaignThatIsApprovedCarriesOn() throws Exception {
        PatternSettings adaptive = new PatternSettings("card_testing", 1, 1, 3, -1, Map.of("adaptive", true));
        Scenario s = withFraud("adaptive-approved", new Fraud(0.01, null, List.of(adaptive)));
        SimulationResult r = builder(s).speed(Speed.MAX)
                .connector(ScriptedConnector.synchronous(e -> io.bankingsim.core.outcome.Decision.APPROVE)).build().run();
        assertThat(r.fraud()).hasSize(12);
    }
}
