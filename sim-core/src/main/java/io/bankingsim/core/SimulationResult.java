package io.bankingsim.core;

import io.bankingsim.core.event.Event;
import io.bankingsim.core.event.Transaction;
import io.bankingsim.core.metrics.MetricsSnapshot;
import io.bankingsim.core.scenario.Scenario;
import io.bankingsim.core.spi.Connector;

import java.util.List;
import java.util.Objects;

/**
 * What a finished run produced: the final metrics, and (when recording is on) every event in
 * virtual-time order with its outcome and ground truth. Immutable; thread-safe.
 *
 * @param scenario the effective scenario that ran (overrides applied)
 * @param metrics the final metrics snapshot
 * @param records every released event with its outcome, in release order; empty when recording
 *     was off, cut at the recording limit when {@code recordsTruncated}
 * @param recordsTruncated whether more events ran than were recorded
 * @param completed true when the run reached the end of the scenario, false when it was stopped
 * @param expectedFraudTransactions how many fraudulent transactions the campaign plan expected
 * @param connector the connector the run used (closed; e.g. read a mock ledger's balances)
 */
public record SimulationResult(Scenario scenario, MetricsSnapshot metrics, List<EventRecord> records,
                               boolean recordsTruncated, boolean completed, double expectedFraudTransactions,
                               Connector connector) {

    public SimulationResult {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(metrics, "metrics");
        records = List.copyOf(records);
        Objects.requireNonNull(connector, "connector");
    }

    /** The recorded events, in virtual-time order. */
    public List<Event> events() {
        return records.stream().map(EventRecord::event).toList();
    }

    /** The recorded transactions, in virtual-time order. */
    public List<Transaction> transactions() {
        return records.stream().map(EventRecord::event).filter(Transaction.class::isInstance)
                .map(Transaction.class::cast).toList();
    }

    /** The recorded records whose ground truth is fraud. */
    public List<EventRecord> fraud() {
        return records.stream().filter(r -> r.truth().fraud()).toList();
    }
}
