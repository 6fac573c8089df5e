package io.bankingsim.connectors.mock;

import io.bankingsim.core.event.AccountOpened;
import io.bankingsim.core.event.CreditLimitChange;
import io.bankingsim.core.event.CustomerOnboarded;
import io.bankingsim.core.event.Event;
import io.bankingsim.core.event.Login;
import io.bankingsim.core.event.ProfileChange;
import io.bankingsim.core.event.Transaction;
import io.bankingsim.core.outcome.Decision;
import io.bankingsim.core.outcome.Outcome;
import io.bankingsim.core.outcome.Status;
import io.bankingsim.core.spi.Connector;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The {@code dry-run} connector: runs the {@code score_then_post} flow in process, on a
 * {@link MockFraudDetector} and a {@link MockLedger}, and returns already-completed futures.
 *
 * <ul>
 *   <li>Transactions are scored, then posted unless declined. A decline is status
 *       {@link Status#OK}, not posted, detail {@code "declined by fraud detection"}; a ledger
 *       refusal is {@link Status#REJECTED} with the ledger's reason and the detector's decision.</li>
 *   <li>Logins are scored; nothing is posted.</li>
 *   <li>Onboardings and account openings are not scored ({@link Decision#NONE}, risk -1) and are
 *       posted to the ledger.</li>
 * </ul>
 * {@link Outcome#serviceNanos()} is the measured processing time. Decisions and balances are a
 * function of the event stream alone. The detector only ever receives a {@link ScoringRequest},
 * which holds no ground truth.
 *
 * <p>Not thread-safe: the engine calls {@link #deliver} from its one thread, as the
 * {@link Connector} contract says. Read {@link #ledger()} from that thread or after the run.
 */
public final class DryRunConnector implements Connector {

    static final String DECLINED = "declined by fraud detection";

    private final MockLedger ledger;
    private final MockFraudDetector detector;

    /** A connector on a fresh, empty ledger and detector. */
    public DryRunConnector() {
        this(new MockLedger(), new MockFraudDetector());
    }

    /** A connector on the given ledger and detector (for tests that prepare or inspect them). */
    public DryRunConnector(MockLedger ledger, MockFraudDetector detector) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.detector = Objects.requireNonNull(detector, "detector");
    }

    /** The ledger this connector posts to: balances after (or during) a dry run. */
    public MockLedger ledger() {
        return ledger;
    }

    /** The detector this connector scores with. */
    public MockFraudDetector detector() {
        return detector;
    }

    @Override
    public CompletableFuture<Outcome> deliver(Event event) {
        return CompletableFuture.completedFuture(handle(event));
    }

    /** What {@link #deliver} completes with, computed synchronously. */
    public Outcome handle(Event event) {
        long start = System.nanoTime();
        try {
            return switch (event) {
                case Transaction tx -> transaction(tx, start);
                case Login login -> {
                    FraudScore score = detector.score(ScoringRequest.of(login));
                    yield new Outcome(login.id(), Status.OK, score.decision(), score.riskScore(), score.ruleHits(),
                            false, elapsed(start), "");
                }
                case ProfileChange change -> {
                    FraudScore score = detector.score(ScoringRequest.of(change));
                    yield new Outcome(change.id(), Status.OK, score.decision(), score.riskScore(), score.ruleHits(),
                            false, elapsed(start), "");
                }
                case AccountOpened opened -> unscored(opened.id(), ledger.open(opened), start);
                case CreditLimitChange change -> unscored(change.id(), ledger.changeLimit(change), start);
                case CustomerOnboarded onboarded -> unscored(onboarded.id(), ledger.onboard(onboarded), start);
            };
        } catch (RuntimeException e) {
            return Outcome.error(event.id(), "dry run failed: " + e, elapsed(start));
        }
    }

    private Outcome transaction(Transaction tx, long start) {
        FraudScore score = detector.score(ScoringRequest.of(tx));
        if (score.decision() == Decision.DECLINE) {
            return new Outcome(tx.id(), Status.OK, Decision.DECLINE, score.riskScore(), score.ruleHits(), false,
                    elapsed(start), DECLINED);
        }
        MockLedger.Posting posting = ledger.post(tx);
        return new Outcome(tx.id(), posting.booked() ? Status.OK : Status.REJECTED, score.decision(),
                score.riskScore(), score.ruleHits(), posting.booked(), elapsed(start), posting.detail());
    }

    private static Outcome unscored(String eventId, MockLedger.Posting posting, long start) {
        return new Outcome(eventId, posting.booked() ? Status.OK : Status.REJECTED, Decision.NONE, -1, List.of(),
                posting.booked(), elapsed(start), posting.detail());
    }

    private static long elapsed(long start) {
        return System.nanoTime() - start;
    }

    @Override
    public Health health() {
        return Health.up("dry run: in-process mock ledger and fraud detector");
    }
}
