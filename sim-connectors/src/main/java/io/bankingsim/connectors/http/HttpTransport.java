package io.bankingsim.connectors.http;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The one thing the connectors need from an HTTP client: send a request, get its answer later.
 * Kept this small so that a leaner client can replace {@link JdkHttpTransport} (java.net.http)
 * without touching the connectors. Implementations are thread-safe and reuse connections.
 *
 * <p>A request that gets no answer completes exceptionally: with a
 * {@link java.net.http.HttpTimeoutException} when it timed out, a {@link java.net.ConnectException}
 * when no connection could be made (nothing was sent), another {@link java.io.IOException} when
 * the connection broke (the request may have been processed).
 */
public interface HttpTransport extends AutoCloseable {

    /** Sends one request. */
    CompletableFuture<Response> send(Request request);

    @Override
    default void close() {
    }

    /**
     * One request.
     *
     * @param method GET, POST or PUT
     * @param uri the absolute URI
     * @param bearer the bearer token, or null for none
     * @param body a JSON body, or null for none
     * @param timeout how long to wait for the answer
     */
    record Request(String method, URI uri, String bearer, byte[] body, Duration timeout) {
        public Request {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(uri, "uri");
            Objects.requireNonNull(timeout, "timeout");
        }
    }

    /**
     * One answer.
     *
     * @param status the HTTP status
     * @param body the body (empty when none)
     * @param retryAfterSeconds the Retry-After header in seconds, or -1 when absent or not a number
     */
    record Response(int status, byte[] body, long retryAfterSeconds) {
        public Response {
            Objects.requireNonNull(body, "body");
        }
    }
}
