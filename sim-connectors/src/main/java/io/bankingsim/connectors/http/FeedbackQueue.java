package io.bankingsim.connectors.http;

import io.bankingsim.core.event.Transaction;
import io.bankingsim.core.outcome.Decision;

import java.time.Duration;
import java.time.Instant;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

/**
 * The truth that reaches Bastion late, as in a bank: a fraudulent transaction comes back as a
 * chargeback, and a genuine one that was flagged is cleared by an analyst, both
 * {@code feedback_delay_hours} of VIRTUAL time after the transaction. Nothing is sent about
 * genuine transactions that were approved. Feedback falls due as the run's virtual time passes
 * (checked on every delivery); what falls due after the run's end is never sent, like a
 * chargeback that has not arrived yet.
 *
 * <p>{@link #add} is thread-safe (outcomes complete on any thread); {@link #sendDue} is called
 * from the engine thread only.
 */
final class FeedbackQueue {

    private static final System.Logger LOG = System.getLogger(FeedbackQueue.class.getName());

    private record Due(long dueSecond, String transactionId, boolean fraud, Decision decision) {
    }

    private final BastionApi bastion;
    private final long delaySeconds;
    private final boolean enabled;
    private final ConcurrentLinkedQueue<Due> incoming = new ConcurrentLinkedQueue<>();
    private final PriorityQueue<Due> queue = new PriorityQueue<>((a, b) -> Long.compare(a.dueSecond, b.dueSecond));
    private final Set<CompletableFuture<Void>> sending = ConcurrentHashMap.newKeySet();

    FeedbackQueue(BastionApi bastion, double delayHours) {
        this.bastion = bastion;
        this.enabled = delayHours >= 0;
        this.delaySeconds = Math.round(Math.max(0, delayHours) * 3_600);
    }

    /** Remembers the truth about a scored transaction, if Bastion is to hear it. */
    void add(Transaction tx, Decision decision) {
        if (!enabled || decision == Decision.NONE || !(tx.truth().fraud() || decision.flagged())) {
            return;
        }
        incoming.add(new Due(tx.time().getEpochSecond() + delaySeconds, tx.id(), tx.truth().fraud(), decision));
    }

    /** Sends what is due at virtual instant {@code now}. */
    void sendDue(Instant now) {
        if (!enabled) {
            return;
        }
        for (Due d; (d = incoming.poll()) != null; ) {
            queue.add(d);
        }
        long second = now.getEpochSecond();
        while (!queue.isEmpty() && queue.peek().dueSecond <= second) {
            send(queue.poll());
        }
    }

    private void send(Due d) {
        String decision = d.fraud ? "confirmed_fraud" : "false_positive";
        String notes = d.fraud ? (d.decision.flagged() ? "confirmed by an analyst" : "chargeback") : "cleared by an analyst";
        CompletableFuture<Void> f = bastion.feedback(d.transactionId, d.fraud, decision, 1.0, notes);
        sending.add(f);
        f.whenComplete((r, e) -> sending.remove(f));
    }

    /** Sends what fell due by {@code end} (where the run stopped) and waits, at most {@code wait}, for the sends. */
    void finish(Instant end, Duration wait) {
        if (!enabled) {
            return;
        }
        sendDue(end);
        int left = queue.size();
        if (left > 0) {
            LOG.log(System.Logger.Level.INFO, left + " feedback messages fall due after the run's end and are not sent");
        }
        try {
            CompletableFuture.allOf(sending.toArray(CompletableFuture[]::new)).get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "feedback still being sent at the end of the run: " + sending.size());
        }
    }
}
