package io.bankingsim.dashboard;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A WebSocket test client collecting the messages it receives (or, if slow, reading only the first). */
final class WsClient implements WebSocket.Listener, AutoCloseable {

    final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
    final List<JsonNode> history = new CopyOnWriteArrayList<>();
    private final boolean reads;
    private final StringBuilder partial = new StringBuilder();
    private final WebSocket socket;

    private WsClient(DashboardServer server, boolean reads) {
        this.reads = reads;
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create("ws://127.0.0.1:" + server.port() + "/ws"), this)
                .orTimeout(10, TimeUnit.SECONDS).join();
    }

    /** A client that reads every message. */
    static WsClient connect(DashboardServer server) {
        return new WsClient(server, true);
    }

    /** A client that stops reading after its first message: the server's sends to it back up. */
    static WsClient connectSlow(DashboardServer server) {
        return new WsClient(server, false);
    }

    void send(String text) {
        socket.sendText(text, true).orTimeout(10, TimeUnit.SECONDS).join();
    }

    void sendBinary(byte[] data) {
        socket.sendBinary(java.nio.ByteBuffer.wrap(data), true).orTimeout(10, TimeUnit.SECONDS).join();
    }

    /** The next message of this type, skipping others; fails after {@code timeout}. */
    JsonNode next(String type, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            JsonNode m = left > 0 ? received.poll(left, TimeUnit.NANOSECONDS) : null;
            if (m == null) {
                throw new AssertionError("no '" + type + "' message within " + timeout);
            }
            if (m.path("type").asText().equals(type)) {
                return m;
            }
        }
    }

    /** Waits until some message received so far (in any order) matches. */
    JsonNode await(Duration timeout, Predicate<JsonNode> match) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (JsonNode m : history) {
                if (match.test(m)) {
                    return m;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no matching message within " + timeout + " among " + history.size());
            }
            Thread.sleep(20);
        }
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            try {
                JsonNode message = Http.JSON.readTree(partial.toString());
                history.add(message);
                received.add(message);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + partial, e);
            }
            partial.setLength(0);
        }
        if (reads) {
            webSocket.request(1);
        }
        return null;
    }

    @Override
    public void close() {
        socket.abort();
    }
}
