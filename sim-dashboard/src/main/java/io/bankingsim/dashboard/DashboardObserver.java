package io.bankingsim.dashboard;

import io.bankingsim.core.event.Event;
import io.bankingsim.core.event.Transaction;
import io.bankingsim.core.metrics.MetricsSnapshot;
import io.bankingsim.core.outcome.Outcome;
import io.bankingsim.core.spi.RunContext;
import io.bankingsim.core.spi.SimulationObserver;

import java.util.List;
import java.util.Optional;

/**
 * Feeds the dashboard from a run: the latest transactions with their outcomes, the events the
 * detector flagged (review or decline) and the latest metrics snapshot.
 *
 * <p>It only writes into fixed-size rings (the latest {@value #FEED_CAPACITY} transactions and
 * {@value #ALERT_CAPACITY} alerts) and a volatile field: it never blocks, never waits for a
 * client, and allocates one small record per outcome. Readers that fall behind miss the oldest
 * items. It also keeps the run's {@link MetricsHistory} ({@code metrics.retention_minutes} of
 * snapshots, for the charts) and passes the run on to the observers of the
 * {@link DashboardPlugin}s it was given. Register it with {@code Simulation.Builder#observer} and
 * hand it to {@link DashboardServer.Builder#observer}.
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
    private final MetricsHistory history = new MetricsHistory();
    private final List<DashboardPlugin> plugins;
    private final PluginObservers pluginObservers;
    private volatile MetricsSnapshot latest;

    /** An observer with empty rings and no plugins. */
    public DashboardObserver() {
        this(List.of());
    }

    /**
     * An observer that also shows {@code plugins} (checked by {@link DashboardPlugins#check}), e.g.
     * {@code new DashboardObserver(DashboardPlugins.load())}.
     */
    public DashboardObserver(List<DashboardPlugin> plugins) {
        this.plugins = DashboardPlugins.check(plugins);
        this.pluginObservers = new PluginObservers(this.plugins);
    }

    @Override
    public void onStart(RunContext context) {
        history.clear();
        history.retentionMinutes(context.scenario().metrics().retentionMinutes());
        pluginObservers.onStart(context);
    }

    @Override
    public void onEvent(Event event) {
        pluginObservers.onEvent(event);
    }

    @Override
    public void onOutcome(Event event, Outcome outcome, long responseNanos) {
        if (event instanceof Transaction) {
            feed.add(event, outcome, responseNanos);
        }
        if (outcome.decision().flagged()) {
            alerts.add(event, outcome, responseNanos);
        }
        pluginObservers.onOutcome(event, outcome, responseNanos);
    }

    @Override
    public void onSnapshot(MetricsSnapshot snapshot) {
        latest = snapshot;
        history.add(snapshot);
        pluginObservers.onSnapshot(snapshot);
    }

    @Override
    public void onFinish(MetricsSnapshot finalSnapshot) {
        latest = finalSnapshot;
        history.add(finalSnapshot);
        pluginObservers.onFinish(finalSnapshot);
    }

    /** The plugins this observer feeds, which the server shows. */
    public List<DashboardPlugin> plugins() {
        return plugins;
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

    MetricsHistory history() {
        return history;
    }
}
