package io.bankingsim.core.metrics;

import io.bankingsim.core.clock.ManualTicker;
import io.bankingsim.core.clock.Speed;
import io.bankingsim.core.clock.VirtualClock;
import io.bankingsim.core.event.AccountOpened;
import io.bankingsim.core.event.Channel;
import io.bankingsim.core.event.Device;
import io.bankingsim.core.event.Event;
import io.bankingsim.core.event.Geo;
import io.bankingsim.core.event.GroundTruth;
import io.bankingsim.core.event.Login;
import io.bankingsim.core.event.Money;
import io.bankingsim.core.event.ProductType;
import io.bankingsim.core.event.Role;
import io.bankingsim.core.event.Transaction;
import io.bankingsim.core.event.TransactionType;
import io.bankingsim.core.outcome.Decision;
import io.bankingsim.core.outcome.Outcome;
import io.bankingsim.core.outcome.Status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Builders of fabricated events and outcomes, and a recorder on a manual ticker. */
final class Fixtures {

    static final Instant START = Instant.parse("2026-03-02T00:00:00Z");
    static final Instant END = START.plus(Duration.ofDays(1));
    private static final AtomicLong IDS = new AtomicLong();
    private static final Geo NYC = new Geo("New York", "US", 40.7, -74.0);

    private Fixtures() {
    }

    /** A recorder over {@link #START}..{@link #END} and the ticker that drives its wall time. */
    record Run(ManualTicker ticker, MetricsRecorder recorder) {
        static Run start() {
            ManualTicker ticker = new ManualTicker();
            return new Run(ticker, new MetricsRecorder(ticker, START, END));
        }

        /** Releases the event and records its outcome with the given response time. */
        void play(Event event, Outcome outcome, Duration response) {
            recorder.onReleased(event);
            recorder.onOutcome(event, outcome, response.toNanos());
        }

        void play(Event event, Outcome outcome) {
            play(event, outcome, Duration.ofMillis(1));
        }

        /** A snapshot taken with virtual time at {@code START + virtualElapsed}. */
        MetricsSnapshot snapshot(Duration virtualElapsed) {
            return recorder.snapshot(VirtualClock.toNanos(START.plus(virtualElapsed)), "running", 0, Speed.of(100));
        }

        MetricsSnapshot snapshot() {
            return snapshot(Duration.ofHours(1));
        }
    }

    static TransactionBuilder transaction() {
        return new TransactionBuilder();
    }

    static final class TransactionBuilder {
        private Instant time = START;
        private TransactionType type = TransactionType.CARD_PURCHASE;
        private Money amount = Money.of("10.00", "USD");
        private GroundTruth truth = GroundTruth.GENUINE;

        TransactionBuilder at(Duration sinceStart) {
            time = START.plus(sinceStart);
            return this;
        }

        TransactionBuilder type(TransactionType value) {
            type = value;
            return this;
        }

        TransactionBuilder amount(String value, String currency) {
            amount = Money.of(value, currency);
            return this;
        }

        TransactionBuilder fraud(String pattern, String campaignId) {
            truth = GroundTruth.fraud(pattern, campaignId, Role.FRAUDSTER);
            return this;
        }

        Transaction build() {
            return new Transaction("tx-" + IDS.incrementAndGet(), time, type, "c-1", "a-1", null, amount,
                    Channel.CARD_PRESENT, null, null, truth);
        }
    }

    static Login login(GroundTruth truth) {
        return new Login("login-" + IDS.incrementAndGet(), START, "c-1", Channel.ONLINE,
                new Device("fp-1", "iOS 18.2", "203.0.113.7", NYC), truth);
    }

    static AccountOpened accountOpened() {
        return new AccountOpened("acc-" + IDS.incrementAndGet(), START, "c-1", "a-1", ProductType.CHECKING,
                Money.of("100.00", "USD"), Money.of("0.00", "USD"), GroundTruth.GENUINE);
    }

    static OutcomeBuilder outcome(Event event) {
        return new OutcomeBuilder(event.id());
    }

    static final class OutcomeBuilder {
        private final String eventId;
        private Status status = Status.OK;
        private Decision decision = Decision.APPROVE;
        private boolean posted = true;
        private Duration service = Duration.ofMillis(1);

        private OutcomeBuilder(String eventId) {
            this.eventId = eventId;
        }

        OutcomeBuilder status(Status value) {
            status = value;
            return this;
        }

        OutcomeBuilder decision(Decision value) {
            decision = value;
            return this;
        }

        OutcomeBuilder posted(boolean value) {
            posted = value;
            return this;
        }

        OutcomeBuilder service(Duration value) {
            service = value;
            return this;
        }

        /** Declined by the detector, so not posted. */
        OutcomeBuilder declined() {
            return decision(Decision.DECLINE).posted(false);
        }

        Outcome build() {
            double score = decision == Decision.NONE ? -1 : decision.flagged() ? 0.9 : 0.1;
            return new Outcome(eventId, status, decision, score, List.of(), posted, service.toNanos(), "");
        }
    }
}
