package io.bankingsim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.bankingsim.connectors.http.HttpConnector;
import io.bankingsim.connectors.stub.BastionStub;
import io.bankingsim.connectors.stub.Feedback;
import io.bankingsim.connectors.stub.NexumStub;
import io.bankingsim.connectors.stub.StubServers;
import io.bankingsim.core.EventRecord;
import io.bankingsim.core.Simulation;
import io.bankingsim.core.SimulationResult;
import io.bankingsim.core.clock.Speed;
import io.bankingsim.core.event.Transaction;
import io.bankingsim.core.outcome.Decision;
import io.bankingsim.core.outcome.Status;
import io.bankingsim.core.scenario.Connections;
import io.bankingsim.core.scenario.Scenario;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole run through the real HTTP connector against the stub servers over loopback: one outcome
 * per event, Nexum's balances equal the simulator's outcomes, both sides count the same requests,
 * Bastion never sees ground truth, and the truth it is given later is the truth.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StubIntegrationIT {

    private final List<JsonNode> scoreRequests = Collections.synchronizedList(new ArrayList<>());
    private StubServers stubs;
    private HttpConnector connector;
    private SimulationResult result;
    private java.nio.file.Path idFolder;

    @BeforeAll
    void runFraudAttackAgainstTheStubs() throws Exception {
        stubs = StubServers.start(NexumStub.Options.builder().port(0).build(),
                BastionStub.Options.builder().port(0).scoreListener(scoreRequests::add).build(), false);
        Simulation simulation = Simulation.builder()
                .scenario("fraud_attack")
                .customers(120)
                .durationHours(3)
                .speed(Speed.MAX)
                .customize(s -> s.withConnections(s.connections().toBuilder()
                        .nexumUrl(stubs.nexum().url()).bastionUrl(stubs.bastion().url())
                        .nexumUsername("simulator").nexumPassword("simulator")
                        .timeoutSeconds(5).feedbackDelayHours(1).build()))
                .build();
        Scenario scenario = simulation.scenario();
        idFolder = java.nio.file.Files.createTempDirectory("nexum-ids");
        connector = StubRuns.connector(scenario, scenario.connections()).writeIdsTo(idFolder);
        result = Simulation.builder()
                .scenario(scenario)
                .connector(connector)
                .build()
                .run();
    }

    @AfterAll
    void stopStubs() {
        if (stubs != null) {
            stubs.close();
        }
    }

    @Test
    void theRunCompletesWithOneOutcomePerEventAndNoFailure() {
        assertThat(result.completed()).isTrue();
        StubRuns.assertOneOutcomePerEvent(result);
        Map<String, Long> statuses = result.metrics().counts().outcomesByStatus();
        assertThat(statuses.get("error")).isZero();
        assertThat(statuses.get("unknown")).isZero();
        assertThat(statuses.get("throttled")).isZero();
        assertThat(result.metrics().counts().eventsReleased()).isGreaterThan(1_000);
        assertThat(result.metrics().counts().transactionsReleased()).isGreaterThan(500);
    }

    @Test
    void nexumBalancesEqualTheSimulatorsExpectation() {
        StubRuns.assertLedgerMatchesOutcomes(result, connector, stubs.nexum().ledger());
        long posted = result.records().stream().filter(r -> r.event() instanceof Transaction)
                .filter(r -> r.outcome().posted()).count();
        assertThat(posted).isGreaterThan(0);
    }

    @Test
    void theIdMapIsWrittenSoAccountsCanBeLookedUpInNexum() throws Exception {
        List<String> lines = java.nio.file.Files.readAllLines(idFolder.resolve(HttpConnector.ID_FILE));

        assertThat(lines.getFirst()).isEqualTo("kind,simulator_id,nexum_id");
        List<String[]> accounts = lines.stream().skip(1).map(l -> l.split(",")).filter(f -> f[0].equals("account"))
                .toList();
        assertThat(accounts).hasSize(stubs.nexum().ledger().accountIds().size());
        for (String[] a : accounts) {
            assertThat(connector.nexumAccountId(a[1])).isEqualTo(a[2]);
            assertThat(stubs.nexum().ledger().account(a[2])).isPresent();
        }
        assertThat(lines.stream().filter(l -> l.startsWith("customer,")).count())
                .isEqualTo(result.metrics().counts().releasedByKind().get("customer_onboarded"));
    }

    @Test
    void bothSidesCountTheSameRequestsPerEndpoint() {
        Map<String, Long> nexumSent = StubRuns.sent(result.metrics().api(), "nexum");
        Map<String, Long> bastionSent = StubRuns.sent(result.metrics().api(), "bastion");

        assertThat(StubRuns.received(stubs.nexum().requestCounts(), nexumSent)).isEqualTo(nexumSent);
        assertThat(StubRuns.received(stubs.bastion().requestCounts(), bastionSent)).isEqualTo(bastionSent);
        assertThat(nexumSent.get("customers")).isEqualTo(result.metrics().counts().releasedByKind()
                .get("customer_onboarded"));
        assertThat(nexumSent.get("nexum_login")).isEqualTo(1);
    }

    @Test
    void everyScoringRequestCarriesFeaturesAndNoGroundTruth() {
        Set<String> campaigns = new HashSet<>();
        Set<String> patterns = new HashSet<>();
        for (EventRecord r : result.fraud()) {
            campaigns.add(r.truth().campaignId());
            patterns.add(r.truth().pattern());
        }
        assertThat(campaigns).isNotEmpty();
        long scored = result.records().stream().filter(r -> r.outcome().decision() != Decision.NONE).count();
        assertThat(scoreRequests).hasSize((int) scored);
        Set<String> allowedTop = Set.of("transaction_id", "cif_id", "amount", "currency", "merchant_id",
                "merchant_category", "channel", "country", "timestamp", "metadata");
        for (JsonNode request : scoreRequests) {
            for (Iterator<String> names = request.fieldNames(); names.hasNext(); ) {
                assertThat(allowedTop).contains(names.next());
            }
            for (Iterator<String> names = request.get("metadata").fieldNames(); names.hasNext(); ) {
                String name = names.next().toLowerCase(Locale.ROOT);
                assertThat(name).doesNotContain("fraud", "pattern", "campaign", "role", "label", "truth");
            }
            String text = request.toString();
            for (String campaign : campaigns) {
                assertThat(text).doesNotContain(campaign);
            }
            for (String pattern : patterns) {
                assertThat(text).doesNotContain("\"" + pattern + "\"");
            }
        }
    }

    @Test
    void bastionDecisionsReachTheDetectionMetrics() {
        var matrix = result.metrics().detection().matrix();
        assertThat(matrix.truePositives()).isPositive();
        assertThat(matrix.scored()).isEqualTo(result.records().stream()
                .filter(r -> r.outcome().decision() != Decision.NONE).count());
        assertThat(result.records()).filteredOn(r -> r.outcome().decision() == Decision.DECLINE)
                .allSatisfy(r -> assertThat(r.outcome().posted()).isFalse());
    }

    @Test
    void feedbackTellsBastionTheTruthOfFraudAndFlaggedTransactionsOnly() {
        Map<String, EventRecord> byId = new HashMap<>();
        result.records().forEach(r -> byId.put(r.event().id(), r));
        List<Feedback> feedback = stubs.bastion().feedback();

        assertThat(feedback).isNotEmpty();
        for (Feedback f : feedback) {
            EventRecord r = byId.get(f.transactionId());
            assertThat(r).as("feedback about %s", f.transactionId()).isNotNull();
            assertThat(f.actualFraud()).isEqualTo(r.truth().fraud());
            assertThat(r.truth().fraud() || r.outcome().decision().flagged()).isTrue();
            assertThat(r.event().time()).isBefore(result.scenario().end().minusSeconds(3_599));
        }
        assertThat(result.records().stream().filter(r -> r.outcome().status() == Status.OK)
                .noneMatch(r -> r.outcome().detail().contains("connector failure"))).isTrue();
    }
}
