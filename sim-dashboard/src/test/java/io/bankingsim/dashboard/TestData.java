package io.bankingsim.dashboard;

import io.bankingsim.core.clock.ManualTicker;
import io.bankingsim.core.clock.Speed;
import io.bankingsim.core.clock.VirtualClock;
import io.bankingsim.core.event.Channel;
import io.bankingsim.core.event.GroundTruth;
import io.bankingsim.core.event.Money;
import io.bankingsim.core.event.Role;
import io.bankingsim.core.event.Transaction;
import io.bankingsim.core.event.TransactionType;
import io.bankingsim.core.metrics.EndpointStats;
import io.bankingsim.core.metrics.LatencyStats;
import io.bankingsim.core.metrics.MetricsRecorder;
import io.bankingsim.core.metrics.MetricsSnapshot;
import io.bankingsim.core.outcome.Decision;
import io.bankingsim.core.outcome.Outcome;
import io.bankingsim.core.outcome.Status;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Fabricated events, outcomes and snapshots. */
final class TestData {

    static final Instant START = Instant.parse("2026-01-05T00:00:00Z");
    private static final AtomicLong IDS = new AtomicLong();

    private TestData() {
    }

    static Transaction transaction(GroundTruth truth) {
        return new Transaction("tx-" + IDS.incrementAndGet(), START.plusSeconds(IDS.get()), TransactionType.CARD_PURCHASE,
                "c-1", "a-1", null, Money.of("12.50", "USD"), Channel.CARD_PRESENT, null, null, truth);
    }

    static Transaction genuine() {
        return transaction(GroundTruth.GENUINE);
    }

    static Transaction fraud() {
        return transaction(GroundTruth.fraud("card_testing", "camp-7", Role.FRAUDSTER));
    }

    static Outcome outcome(Transaction t, Decision decision) {
        return new Outcome(t.id(), Status.OK, decision, decision.flagged() ? 0.93 : 0.05,
                decision.flagged() ? List.of("velocity") : List.of(), !decision.flagged(), 1_000_000, "");
    }

    /** A real snapshot of a recorder that saw {@code transactions} approved transactions and one declined fraud. */
    static MetricsSnapshot snapshot(int transactions) {
        return snapshot(transactions, Duration.ofSeconds(10));
    }

    /** The same, taken {@code wallElapsed} of wall time after the recorder started (the run's wall seconds). */
    static MetricsSnapshot snapshot(int transactions, Duration wallElapsed) {
        ManualTicker ticker = new ManualTicker();
        MetricsRecorder recorder = new MetricsRecorder(ticker, START, START.plus(Duration.ofHours(2)));
        for (int i = 0; i < transactions; i++) {
            Transaction t = genuine();
            recorder.onReleased(t);
            recorder.onOutcome(t, outcome(t, Decision.APPROVE), 2_000_000);
        }
        Transaction f = fraud();
        recorder.onReleased(f);
        recorder.onOutcome(f, outcome(f, Decision.DECLINE), 3_000_000);
        ticker.advance(wallElapsed);
        Map<String, Long> errors = new LinkedHashMap<>();
        errors.put("timeout", 2L);
        errors.put("http_5xx", 1L);
        EndpointStats score = new EndpointStats("bastion", "sc\"ore\\x\n", 100, 97, errors, 1,
                new LatencyStats(97, 850.5, 800, 1200, 3000, 5000, 7000));
        return recorder.snapshot(VirtualClock.toNanos(START.plus(Duration.ofMinutes(30))), "running", 3,
                Speed.of(100), List.of(score));
    }
}
