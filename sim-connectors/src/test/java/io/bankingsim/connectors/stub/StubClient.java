package io.bankingsim.connectors.stub;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A small JSON client of a stub for tests (java.net.http), with an optional bearer token.
 * Thread-safe.
 */
final class StubClient implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final ExecutorService executor;
    private final HttpClient http;
    private volatile String token;

    StubClient(URI base) {
        this.base = base;
        this.executor = Executors.newVirtualThreadPerTaskExecutor();
        this.http = HttpClient.newBuilder().executor(executor).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** One answer. */
    record Answer(int status, JsonNode json, Map<String, java.util.List<String>> headers) {
        String detail() {
            return json.path("detail").asText();
        }

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + json;
        }
    }

    StubClient token(String token) {
        this.token = token;
        return this;
    }

    /** Logs in and keeps the token; returns the login answer. */
    Answer login(String username, String password) {
        Answer a = post("/rbac/auth/login", Map.of("username", username, "password", password));
        if (a.status() == 200) {
            token = a.json().get("access_token").asText();
        }
        return a;
    }

    Answer get(String path) {
        return send(request(path).GET());
    }

    Answer post(String path, Object body) {
        return send(request(path).POST(HttpRequest.BodyPublishers.ofString(json(body))));
    }

    Answer put(String path, Object body) {
        return send(request(path).PUT(HttpRequest.BodyPublishers.ofString(json(body))));
    }

    Answer postRaw(String path, String body) {
        return send(request(path).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    static String json(Object body) {
        if (body instanceof String s) {
            return s;
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = r.body().isEmpty() ? JSON.nullNode() : JSON.readTree(r.body());
            return new Answer(r.statusCode(), json, r.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        http.shutdownNow();
        executor.shutdownNow();
    }
}
