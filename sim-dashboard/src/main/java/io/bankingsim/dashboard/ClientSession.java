package io.bankingsim.dashboard;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One WebSocket client: its topics and a bounded outbox drained by a virtual thread of its own,
 * which is the only thread that sends on the connection (sends are serialised).
 *
 * <p>Offering never blocks: when the outbox is full the oldest message is dropped. A client
 * whose outbox overflowed on {@code maxBehindTicks} consecutive ticks is too slow and is closed.
 *
 * <p>Thread-safety: {@link #offer} and {@link #endTick} from the broadcaster, {@link #topics}
 * from the listener; all safe to call concurrently.
 */
final class ClientSession {

    /** Where the messages go; blocking is fine, it runs on the session's own thread. */
    interface Sink {
        void send(String text) throws Exception;

        /** Ends the connection at once, from any thread; must not wait for the client. */
        void terminate(String reason);
    }

    private static final System.Logger LOG = System.getLogger(ClientSession.class.getName());

    private final Sink sink;
    private final BlockingQueue<String> outbox;
    private final int maxBehindTicks;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread sender;
    private volatile Set<Topic> topics = Set.of();
    private final Set<Topic> fresh = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile boolean overflowedThisTick;
    private int behindTicks;
    private volatile long dropped;
    private volatile boolean sending;

    ClientSession(Sink sink, int outboxCapacity, int maxBehindTicks) {
        this.sink = sink;
        this.outbox = new ArrayBlockingQueue<>(outboxCapacity);
        this.maxBehindTicks = maxBehindTicks;
        this.sender = Thread.ofVirtual().name("dashboard-ws-sender").start(this::drain);
    }

    Set<Topic> topics() {
        return topics;
    }

    /**
     * Replaces the subscriptions. On the next tick, a topic newly subscribed to brings what is
     * already there: the latest metrics, the latest transactions, the latest alerts.
     */
    void subscribe(Set<Topic> value) {
        Set<Topic> copy = value.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(value));
        for (Topic t : copy) {
            if (!topics.contains(t)) {
                fresh.add(t);
            }
        }
        topics = copy;
    }

    boolean subscribed(Topic topic) {
        return topics.contains(topic);
    }

    /** True once after a subscription to {@code topic}: the client wants what is already there. */
    boolean takeFresh(Topic topic) {
        return fresh.remove(topic);
    }

    /** Queues a message; drops the oldest one if the outbox is full. Never blocks. */
    void offer(String message) {
        if (closed.get()) {
            return;
        }
        while (!outbox.offer(message)) {
            if (outbox.poll() != null) {
                dropped++;
                overflowedThisTick = true;
            }
        }
    }

    /** Called by the broadcaster after each tick; closes a client that stays behind. */
    void endTick() {
        behindTicks = overflowedThisTick ? behindTicks + 1 : 0;
        overflowedThisTick = false;
        if (behindTicks >= maxBehindTicks) {
            close("too slow: " + dropped + " messages dropped");
        }
    }

    /** Messages dropped because the client did not keep up. */
    long dropped() {
        return dropped;
    }

    /** Whether everything queued has been handed to the connection. */
    boolean flushed() {
        return outbox.isEmpty() && !sending;
    }

    boolean isClosed() {
        return closed.get();
    }

    /** Stops the sender and ends the connection. Idempotent; never waits for the client. */
    void close(String reason) {
        if (closed.compareAndSet(false, true)) {
            outbox.clear();
            sender.interrupt();
            Thread.ofVirtual().name("dashboard-ws-close").start(() -> terminate(reason));
        }
    }

    /** Marks the session closed after the client went away (no terminate needed). */
    void closed() {
        if (closed.compareAndSet(false, true)) {
            outbox.clear();
            sender.interrupt();
        }
    }

    private void terminate(String reason) {
        try {
            sink.terminate(reason);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "dashboard client already gone: {0}", e.toString());
        }
    }

    private void drain() {
        try {
            while (!closed.get()) {
                String message = outbox.take();
                if (closed.get()) {
                    return;
                }
                sending = true;
                try {
                    sink.send(message);
                } finally {
                    sending = false;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.log(System.Logger.Level.DEBUG, "dashboard client send failed: {0}", e.toString());
            close("send failed");
        }
    }
}
