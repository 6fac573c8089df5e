package io.bankingsim.cli;

import io.bankingsim.connectors.http.HttpConnector;
import io.bankingsim.connectors.http.JdkHttpTransport;
import io.bankingsim.connectors.stub.NexumLedger;
import io.bankingsim.core.EventRecord;
import io.bankingsim.core.SimulationResult;
import io.bankingsim.core.event.AccountOpened;
import io.bankingsim.core.event.Event;
import io.bankingsim.core.event.Transaction;
import io.bankingsim.core.metrics.EndpointStats;
import io.bankingsim.core.scenario.Connections;
import io.bankingsim.core.scenario.Scenario;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** What the integration tests against the stub servers share: the connector, and the checks. */
final class StubRuns {

    private StubRuns() {
    }

    /** An HTTP connector for the scenario with these connection settings. */
    static HttpConnector connector(Scenario scenario, Connections c) {
        return new HttpConnector(c, scenario.currency(),
                new JdkHttpTransport(Duration.ofSeconds(c.timeoutSeconds())), InstantSource.system());
    }

    /** Every released event has exactly one outcome, for that event. */
    static void assertOneOutcomePerEvent(SimulationResult result) {
        assertThat(result.recordsTruncated()).isFalse();
        assertThat((long) result.records().size()).isEqualTo(result.metrics().counts().eventsReleased());
        assertThat(result.metrics().counts().outcomes()).isEqualTo(result.metrics().counts().eventsReleased());
        Set<String> ids = new java.util.HashSet<>();
        for (EventRecord r : result.records()) {
            assertThat(r.outcome()).as("outcome of %s", r.event().id()).isNotNull();
            assertThat(r.outcome().eventId()).isEqualTo(r.event().id());
            assertThat(ids.add(r.event().id())).as("event %s recorded once", r.event().id()).isTrue();
        }
    }

    /**
     * The balance of every account in Nexum's ledger equals what the simulator's outcomes say:
     * the opening balance of each account whose opening was posted, plus and minus each posted
     * transaction (a debit to another account of the bank also credits it). Accounts that Nexum
     * holds but the simulator never opened would be a duplicate posting: there must be none.
     */
    static void assertLedgerMatchesOutcomes(SimulationResult result, HttpConnector connector, NexumLedger ledger) {
        Map<String, BigDecimal> expected = new HashMap<>();
        Map<String, java.time.Instant> openedAt = new HashMap<>();
        for (EventRecord r : result.records()) {
            Event e = r.event();
            if (e instanceof AccountOpened opened && r.outcome().posted()) {
                expected.put(opened.accountId(), opened.openingBalance().amount());
                openedAt.put(opened.accountId(), opened.time());
            }
        }
        for (EventRecord r : result.records()) {
            if (!(r.event() instanceof Transaction tx) || !r.outcome().posted()) {
                continue;
            }
            BigDecimal amount = tx.amount().amount();
            if (!tx.type().isDebit()) {
                expected.merge(tx.accountId(), amount, BigDecimal::add);
                continue;
            }
            expected.merge(tx.accountId(), amount.negate(), BigDecimal::add);
            String other = tx.counterpartyAccountId();
            if (other != null && openedAt.containsKey(other) && !openedAt.get(other).isAfter(tx.time())) {
                expected.merge(other, amount, BigDecimal::add);
            }
        }
        Map<String, BigDecimal> actual = new TreeMap<>();
        Map<String, BigDecimal> wanted = new TreeMap<>();
        for (Map.Entry<String, BigDecimal> e : expected.entrySet()) {
            String nexumId = connector.nexumAccountId(e.getKey());
            assertThat(nexumId).as("Nexum id of %s", e.getKey()).isNotNull();
            actual.put(e.getKey(), ledger.balance(nexumId).stripTrailingZeros());
            wanted.put(e.getKey(), e.getValue().stripTrailingZeros());
        }
        assertThat(actual).isEqualTo(wanted);
        assertThat(ledger.accountIds()).hasSize(expected.size());
    }

    /** Requests per endpoint as the simulator counted them. */
    static Map<String, Long> sent(List<EndpointStats> stats, String system) {
        Map<String, Long> counts = new TreeMap<>();
        stats.stream().filter(s -> s.system().equals(system)).forEach(s -> counts.put(s.endpoint(), s.requests()));
        return counts;
    }

    /** The stub's counts for the same endpoints (it may count more names, e.g. items scored in batches). */
    static Map<String, Long> received(Map<String, Long> stubCounts, Map<String, Long> sent) {
        Map<String, Long> counts = new TreeMap<>();
        sent.keySet().forEach(k -> counts.put(k, stubCounts.getOrDefault(k, 0L)));
        return counts;
    }

    /** The sum of one error kind over the endpoints of a system. */
    static long errors(List<EndpointStats> stats, String system, String kind) {
        return stats.stream().filter(s -> s.system().equals(system)).mapToLong(s -> s.errors().get(kind)).sum();
    }
}
