package io.bankingsim.dashboard;

import io.bankingsim.core.metrics.MetricsSnapshot;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Pushes updates to the WebSocket clients on one thread, once per tick: the latest metrics
 * snapshot if it changed (coalesced: never more than one per tick), the transactions seen since
 * the previous tick (the newest {@value #MAX_FEED_ITEMS} at most, in one message) and the alerts
 * (the newest {@value #MAX_ALERTS} at most, one message each). A client that has just subscribed
 * to a topic first gets what is already there: the latest snapshot, the newest transactions and
 * alerts. Each message is built once and
 * offered to every subscribed client's bounded outbox, so no client can slow the tick down, and
 * nothing here ever blocks the engine.
 *
 * <p>Thread-safety: {@link #add}/{@link #remove} from any thread; the tick runs on its own thread.
 */
final class Broadcaster implements AutoCloseable {

    static final int MAX_FEED_ITEMS = 50;
    static final int MAX_ALERTS = 25;

    private static final System.Logger LOG = System.getLogger(Broadcaster.class.getName());

    private final Supplier<Optional<MetricsSnapshot>> metrics;
    private final DashboardObserver observer;
    private final Duration interval;
    private final List<ClientSession> clients = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService executor;
    private MetricsSnapshot lastSnapshot;
    private String lastMetricsMessage;
    private long feedCursor;
    private long alertCursor;

    Broadcaster(Supplier<Optional<MetricsSnapshot>> metrics, DashboardObserver observer, Duration interval) {
        this.metrics = metrics;
        this.observer = observer;
        this.interval = interval;
        this.feedCursor = observer.feed().written();
        this.alertCursor = observer.alerts().written();
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "dashboard-broadcaster");
            t.setDaemon(true);
            return t;
        });
    }

    void start() {
        long millis = interval.toMillis();
        executor.scheduleWithFixedDelay(this::safeTick, millis, millis, TimeUnit.MILLISECONDS);
    }

    void add(ClientSession client) {
        clients.add(client);
    }

    void remove(ClientSession client) {
        clients.remove(client);
    }

    int clientCount() {
        return clients.size();
    }

    private void safeTick() {
        try {
            tick();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "dashboard push failed", e);
        }
    }

    /** One round of pushes. Runs on the broadcaster thread only (or a test). */
    void tick() {
        String metricsMessage = null;
        MetricsSnapshot snapshot = metrics.get().orElse(null);
        if (snapshot != null && snapshot != lastSnapshot) {
            lastSnapshot = snapshot;
            lastMetricsMessage = Messages.metricsUpdate(snapshot);
            metricsMessage = lastMetricsMessage;
        }
        if (clients.isEmpty()) {
            feedCursor = observer.feed().written();
            alertCursor = observer.alerts().written();
            return;
        }
        List<FeedItem> feed = new ArrayList<>();
        feedCursor = observer.feed().readSince(feedCursor, MAX_FEED_ITEMS, feed);
        String feedMessage = feed.isEmpty() ? null : Messages.transactionFeed(feed);
        List<FeedItem> alertItems = new ArrayList<>();
        alertCursor = observer.alerts().readSince(alertCursor, MAX_ALERTS, alertItems);
        List<String> alerts = new ArrayList<>(alertItems.size());
        for (FeedItem item : alertItems) {
            alerts.add(Messages.fraudAlert(item));
        }
        for (ClientSession client : clients) {
            if (client.isClosed()) {
                clients.remove(client);
                continue;
            }
            if (client.subscribed(Topic.METRICS)) {
                boolean fresh = client.takeFresh(Topic.METRICS);
                if (metricsMessage != null) {
                    client.offer(metricsMessage);
                } else if (fresh && lastMetricsMessage != null) {
                    client.offer(lastMetricsMessage);
                }
            }
            if (client.subscribed(Topic.TRANSACTIONS)) {
                if (client.takeFresh(Topic.TRANSACTIONS)) {
                    feedBacklog().ifPresent(client::offer); // includes this tick's items
                } else if (feedMessage != null) {
                    client.offer(feedMessage);
                }
            }
            if (client.subscribed(Topic.FRAUD_ALERTS)) {
                if (client.takeFresh(Topic.FRAUD_ALERTS)) {
                    alertBacklog().forEach(client::offer); // includes this tick's alerts
                } else {
                    alerts.forEach(client::offer);
                }
            }
            client.endTick();
        }
    }

    /** For a new subscriber: the newest {@value #MAX_FEED_ITEMS} transactions up to now, as one message. */
    private Optional<String> feedBacklog() {
        List<FeedItem> items = new ArrayList<>();
        observer.feed().readRange(feedCursor - MAX_FEED_ITEMS, feedCursor, items);
        return items.isEmpty() ? Optional.empty() : Optional.of(Messages.transactionFeed(items));
    }

    /** For a new subscriber: the newest {@value #MAX_ALERTS} alerts up to now, oldest first. */
    private List<String> alertBacklog() {
        List<FeedItem> items = new ArrayList<>();
        observer.alerts().readRange(alertCursor - MAX_ALERTS, alertCursor, items);
        return items.stream().map(Messages::fraudAlert).toList();
    }

    /**
     * Stops the pushes after one last round (the run's final snapshot and feed), waiting at most
     * {@code grace} for the clients to take it, then closes them.
     */
    void finish(Duration grace) {
        executor.shutdown();
        try {
            if (executor.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                tick();
                long deadline = System.nanoTime() + grace.toNanos();
                while (System.nanoTime() < deadline && !clients.stream().allMatch(ClientSession::flushed)) {
                    Thread.sleep(10); // bounded: at most the grace period, at shutdown only
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "dashboard's last push failed", e);
        }
        close();
    }

    @Override
    public void close() {
        executor.shutdownNow();
        for (ClientSession client : clients) {
            client.close("server stopping");
        }
        clients.clear();
    }
}
