package io.bankingsim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.HdrHistogram.Recorder;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * For {@code bench dashboard}: one WebSocket client of the dashboard that subscribes as the page
 * does and, for each item of each {@code transaction_feed} message, records into a shared
 * {@link Recorder} the microseconds from the outcome's stamp ({@link OutcomeStamps}) to the moment
 * the whole message had arrived (before it is parsed, as a browser's {@code onmessage} would see it).
 *
 * <p>Thread-safety: the listener methods are called one at a time by the WebSocket; the
 * accessors may be read from any thread.
 */
final class FeedLatencyClient implements WebSocket.Listener {

    static final String SUBSCRIBE = "{\"type\":\"subscribe\",\"topics\":[\"metrics\",\"transactions\",\"fraud_alerts\"]}";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final OutcomeStamps stamps;
    private final Recorder recorder;
    private final StringBuilder partial = new StringBuilder();
    private final CountDownLatch subscribed = new CountDownLatch(1);
    private volatile boolean recording;
    private volatile boolean closing;
    private volatile long items;
    private volatile long unmatched;
    private volatile String dropped;
    private WebSocket socket;

    private FeedLatencyClient(OutcomeStamps stamps, Recorder recorder) {
        this.stamps = stamps;
        this.recorder = recorder;
    }

    /**
     * Connects to {@code ws://127.0.0.1:port/ws}, subscribes, and waits for the acknowledgement.
     *
     * @throws IllegalStateException if the server does not acknowledge within 10 s
     */
    static FeedLatencyClient connect(HttpClient http, int port, OutcomeStamps stamps, Recorder recorder)
            throws InterruptedException {
        FeedLatencyClient client = new FeedLatencyClient(stamps, recorder);
        client.socket = http.newWebSocketBuilder()
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws"), client)
                .orTimeout(10, TimeUnit.SECONDS).join();
        client.socket.sendText(SUBSCRIBE, true).orTimeout(10, TimeUnit.SECONDS).join();
        if (!client.subscribed.await(10, TimeUnit.SECONDS)) {
            client.socket.abort();
            throw new IllegalStateException("the dashboard did not acknowledge a subscription within 10 s");
        }
        return client;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            long received = System.nanoTime();
            String text = partial.toString();
            partial.setLength(0);
            handle(text, received);
        }
        webSocket.request(1);
        return null;
    }

    private void handle(String text, long received) {
        JsonNode message;
        try {
            message = JSON.readTree(text);
        } catch (IOException e) {
            dropped = "a message that is not JSON: " + e.getMessage();
            return;
        }
        switch (message.path("type").asText()) {
            case "subscribed" -> subscribed.countDown();
            case "transaction_feed" -> {
                if (recording) {
                    record(message.path("data"), received);
                }
            }
            default -> {
                // metrics and alerts are read, as the page reads them, but not measured
            }
        }
    }

    private void record(JsonNode feed, long received) {
        long seen = 0;
        long missing = 0;
        for (JsonNode item : feed) {
            long stamp = stamps.stampOf(item.path("event").path("id").asText());
            if (stamp == 0) {
                missing++;
            } else {
                recorder.recordValue(Math.max(0, (received - stamp) / 1_000));
                seen++;
            }
        }
        items += seen;
        unmatched += missing;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        if (!closing) {
            dropped = "closed by the server: " + statusCode + " " + reason;
        }
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        if (!closing) {
            dropped = "failed: " + error;
        }
    }

    /** Starts measuring: until then (warm-up) messages are read but not measured. */
    void startRecording() {
        recording = true;
    }

    /** Stops measuring; later messages are still read. */
    void stopRecording() {
        recording = false;
    }

    /** Closes the connection at once. */
    void close() {
        closing = true;
        socket.abort();
    }

    /** Feed items measured. */
    long items() {
        return items;
    }

    /** Feed items whose outcome had no stamp (too old, or beyond the stamps' capacity). */
    long unmatched() {
        return unmatched;
    }

    /** Why the connection ended before the bench closed it, or null if it did not. */
    String dropped() {
        return dropped;
    }
}
