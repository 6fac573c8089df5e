package io.bankingsim.dashboard;

import io.bankingsim.core.event.Event;
import io.bankingsim.core.event.Transaction;
import io.bankingsim.core.metrics.MetricsSnapshot;
import io.bankingsim.core.outcome.Outcome;
import io.bankingsim.core.spi.SimulationObserver;

import java.util.Optional;

/**
 * Feeds the dashboard from a run: the latest transactions with their outcomes, the events the
 * detector flagged (review or decline) and the latest metrics snapshot.
 *
 * <p>It only writes into fixed-size rings (the latest {@value #FEED_CAPACITY} transactions and
 * {@value #ALERT_CAPACITY} alerts) and a volatile field: it never blocks, never waits for a
 * client, and allocates one small record per outcome. Readers that fall behind miss the oldest
 * items. Register it with {@code Simulation.Builder#observer} and hand it to
 * {@link DashboardServer.Builder#observer}.
 *
 * <p>Thread-safety: the observer methods are called by one thread at a time (the engine's, as the
 * {@link SimulationObserver} contract says); everything else may be read from any thread.
 */
public final class DashboardObserver implements SimulationObserver {

    /** How many of the latest transactions are kept for the feed. */
    public static final int FEED_CAPACITY = 1024;

    /** How many of the latest alerts are kept. */
    public static final int ALERT_CAPACITY = 1024;

    private final FeedRing feed = new FeedRing(FEED_CAPACITY);
    private final FeedRing alerts = new FeedRing(ALERT_CAPACITY);
    private volatile MetricsSnapshot latest;

    /** An observer with empty rings. */
    public DashboardObserver() {
    }

    @Override
    public void onOutcome(Event event, Outcome outcome, long responseNanos) {
        if (event instanceof Transaction) {
            feed.add(event, outcome, responseNanos);
        }
        if (outcome.decision().flagged()) {
            alerts.add(event, outcome, responseNanos);
        }
    }

    @Override
    public void onSnapshot(MetricsSnapshot snapshot) {
        latest = snapshot;
    }

    @Override
    public void onFinish(MetricsSnapshot finalSnapshot) {
        latest = finalSnapshot;
    }

    /** The latest snapshot this observer saw, if any. */
    public Optional<MetricsSnapshot> latestSnapshot() {
        return Optional.ofNullable(latest);
    }

    /** Transactions seen so far (their outcomes, counted). */
    public long transactionsSeen() {
        return feed.written();
    }

    /** Alerts seen so far. */
    public long alertsSeen() {
        return alerts.written();
    }

    FeedRing feed() {
        return feed;
    }

    FeedRing alerts() {
        return alerts;
    }
}
