package io.bankingsim.connectors.stub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * How the Nexum stub asks Bastion's {@code POST /score} before a posting ({@code post_only}).
 * When Bastion cannot answer (unreachable, a timeout, a status other than 200, an answer without
 * an action) the posting is refused with {@code 503 "Fraud detection unavailable"} and not made.
 * Thread-safe.
 */
final class BastionScoreClient implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(BastionScoreClient.class.getName());

    private final URI scoreUri;
    private final Duration timeout;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final HttpClient client;

    BastionScoreClient(URI bastionUrl, Duration timeout) {
        String base = Objects.requireNonNull(bastionUrl, "bastionUrl").toString();
        this.scoreUri = URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/score");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.client = HttpClient.newBuilder().executor(executor).connectTimeout(timeout).build();
    }

    /** Bastion's action for {@code request}, upper case (APPROVE, REVIEW, DECLINE, BLOCK...). */
    String action(ObjectNode request) {
        HttpRequest http = HttpRequest.newBuilder(scoreUri).timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(StubJson.bytes(request))).build();
        try {
            HttpResponse<byte[]> response = client.send(http, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() == 200) {
                JsonNode answer = StubJson.MAPPER.readTree(response.body());
                if (answer != null && answer.path("action").isTextual()) {
                    return answer.get("action").asText().toUpperCase(Locale.ROOT);
                }
            }
            LOG.log(System.Logger.Level.DEBUG, () -> "Bastion answered " + response.statusCode() + " to /score");
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, () -> "Bastion /score failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw Rejection.detail(503, "Fraud detection unavailable");
    }

    @Override
    public void close() {
        client.shutdownNow();
        executor.shutdownNow();
    }
}
