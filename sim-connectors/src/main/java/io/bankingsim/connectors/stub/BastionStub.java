package io.bankingsim.connectors.stub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bankingsim.connectors.mock.ScoringRequest;
import io.bankingsim.connectors.stub.StubPipeline.Exposure;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;

import java.math.BigDecimal;
import java.net.URI;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A stub of Bastion, the fraud detector, speaking its real HTTP API (docs/api-contract.md):
 * {@code /score} and {@code /score/batch} answered by the rules of the
 * {@link io.bankingsim.connectors.mock.MockFraudDetector} (which see only what a request carries,
 * over the requests' own virtual timestamps), and {@code /feedback} kept for tests. Faults are
 * injected as {@link FaultSettings} says on every endpoint but {@code /health}. The raw scoring
 * requests are kept (the latest {@link Options#captureLimit()}) and passed to an optional
 * listener, so that a test can check that no ground truth travels. docs/stubs.md has the details.
 *
 * <p>Thread-safe: requests are served on virtual threads and scored one at a time in arrival
 * order; the accessors may be called from any thread.
 */
public final class BastionStub implements AutoCloseable {

    /** The default port of Bastion. */
    public static final int DEFAULT_PORT = 8080;

    /** The endpoint names of {@link #requestCounts()}, and "scored": requests scored (batch items one by one). */
    public static final List<String> ENDPOINTS = List.of("bastion_health", "score", "score_batch", "feedback",
            "scored");

    private final Options options;
    private final RequestCounts counts = new RequestCounts(ENDPOINTS);
    private final StubPipeline pipeline;
    private final BastionScoring scoring = new BastionScoring();
    private final Deque<JsonNode> captured = new ArrayDeque<>();
    private final List<Feedback> feedback = new ArrayList<>();
    private WebServer server;

    /** A stub with a fresh detector; call {@link #start()}. */
    public BastionStub(Options options) {
        this.options = Objects.requireNonNull(options, "options");
        this.pipeline = new StubPipeline("Bastion", options.faults(), options.seed(), counts);
    }

    /**
     * Starts listening.
     *
     * @return this stub
     * @throws java.io.UncheckedIOException when the address cannot be bound; its message names the host and port
     * @throws IllegalStateException when already started
     */
    public synchronized BastionStub start() {
        if (server != null) {
            throw new IllegalStateException("Bastion stub already started");
        }
        HttpRouting.Builder r = HttpRouting.builder()
                .get("/health", pipeline.endpoint("bastion_health", Exposure.NONE, List.of(), this::health))
                .post("/score", pipeline.endpoint("score", Exposure.ALL, List.of(), this::score))
                .post("/score/batch", pipeline.endpoint("score_batch", Exposure.ALL, List.of(), this::scoreBatch))
                .post("/feedback", pipeline.endpoint("feedback", Exposure.ALL, List.of(), this::feedback));
        server = StubServer.start("Bastion", options.host(), options.port(), r);
        return this;
    }

    /** The port listened on (the actual one when started on port 0). */
    public synchronized int port() {
        if (server == null) {
            throw new IllegalStateException("Bastion stub not started");
        }
        return server.port();
    }

    /** The base URL, e.g. {@code http://127.0.0.1:8080}. */
    public URI url() {
        return StubServer.url(options.host(), port());
    }

    /** The options this stub was made with. */
    public Options options() {
        return options;
    }

    /** Requests received per endpoint name ({@link #ENDPOINTS}), faults included; "scored" counts requests scored. */
    public Map<String, Long> requestCounts() {
        return counts.requests();
    }

    /** Answers sent per "endpoint status", e.g. {@code "score 200"}. */
    public Map<String, Long> responseCounts() {
        return counts.responses();
    }

    /**
     * Changes the injected faults while the stub runs, from the next request on, limited to the
     * named endpoints ({@link #ENDPOINTS}; empty for all but health).
     */
    public void injectFaults(FaultSettings faults, java.util.Set<String> endpoints) {
        pipeline.inject(faults, endpoints);
    }

    /** The feedback received, in arrival order. */
    public synchronized List<Feedback> feedback() {
        return List.copyOf(feedback);
    }

    /** The latest scoring requests as received (each item of a batch on its own), oldest first. */
    public synchronized List<JsonNode> scoreRequests() {
        return List.copyOf(captured);
    }

    /**
     * Stops listening; requests hanging in an injected fault are answered first. Idempotent; works from an
     * interrupted thread too.
     */
    @Override
    public synchronized void close() {
        pipeline.release();
        if (server != null) {
            StubServer.stop(server);
        }
    }

    private Reply health(Call call) {
        return Reply.of(200, StubJson.object().put("status", "healthy")
                .put("timestamp", options.clock().instant().toString()));
    }

    private Reply score(Call call) {
        JsonBody body = call.json();
        capture(body.node());
        ScoringRequest request = BastionScoring.read(body);
        body.check();
        ObjectNode answer = scoring.score(List.of(request)).get(0);
        counts.add("scored", 1);
        return Reply.of(200, answer);
    }

    private Reply scoreBatch(Call call) {
        JsonBody body = call.json();
        ArrayNode items = body.array("transactions", true);
        body.check();
        List<ScoringRequest> requests = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            capture(items.get(i));
            List<Object> location = body.at("transactions");
            location.add(i);
            requests.add(BastionScoring.read(JsonBody.of(items.get(i), location, body.errors())));
        }
        body.check();
        ArrayNode answers = StubJson.array();
        answers.addAll(scoring.score(requests));
        counts.add("scored", requests.size());
        return Reply.of(200, answers);
    }

    private Reply feedback(Call call) {
        if (!options.feedbackSupported()) {
            return Reply.detail(404, "Not Found");
        }
        JsonBody body = call.json();
        String id = body.requiredString("transaction_id");
        Boolean fraud = body.requiredBoolean("actual_fraud");
        String decision = body.optionalString("analyst_decision");
        BigDecimal confidence = body.decimal("confidence", false);
        String notes = body.optionalString("notes");
        body.check();
        synchronized (this) {
            feedback.add(new Feedback(id, fraud, decision, confidence == null ? null : confidence.doubleValue(),
                    notes));
        }
        return Reply.of(200, StubJson.object().put("status", "received"));
    }

    private void capture(JsonNode request) {
        if (options.scoreListener() != null) {
            options.scoreListener().accept(request);
        }
        if (options.captureLimit() == 0) {
            return;
        }
        synchronized (this) {
            if (captured.size() == options.captureLimit()) {
                captured.removeFirst();
            }
            captured.addLast(request);
        }
    }

    /**
     * How a {@link BastionStub} behaves. Immutable; build with {@link #builder()}.
     *
     * @param host the address to bind, 127.0.0.1 by default
     * @param port the port, 0 for any free one; {@value BastionStub#DEFAULT_PORT} by default
     * @param faults the faults injected (default none)
     * @param seed seeds the faults (default 0)
     * @param feedbackSupported whether {@code /feedback} exists; when false it answers 404 (default true)
     * @param captureLimit how many of the latest scoring requests {@link #scoreRequests()} keeps (default 1,000)
     * @param scoreListener called with every scoring request as received (each batch item on its own),
     *     on the request's thread, or null (the default)
     * @param clock the clock of the health timestamp (default the system clock)
     */
    public record Options(String host, int port, FaultSettings faults, long seed, boolean feedbackSupported,
                          int captureLimit, Consumer<JsonNode> scoreListener, InstantSource clock) {

        public Options {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(faults, "faults");
            Objects.requireNonNull(clock, "clock");
            StubServer.requirePort(port);
            if (captureLimit < 0) {
                throw new IllegalArgumentException("captureLimit must be 0 or more, not " + captureLimit);
            }
        }

        /** A builder with the defaults. */
        public static Builder builder() {
            return new Builder();
        }

        /** A builder starting from these options. */
        public Builder toBuilder() {
            return new Builder().host(host).port(port).faults(faults).seed(seed).feedbackSupported(feedbackSupported)
                    .captureLimit(captureLimit).scoreListener(scoreListener).clock(clock);
        }

        /** Builds {@link Options}. Not thread-safe. */
        public static final class Builder {
            private String host = StubServer.DEFAULT_HOST;
            private int port = DEFAULT_PORT;
            private long latencyMs;
            private double errorRate;
            private double timeoutRate;
            private long hangMs = FaultSettings.DEFAULT_HANG_MS;
            private long seed;
            private boolean feedbackSupported = true;
            private int captureLimit = 1_000;
            private Consumer<JsonNode> scoreListener;
            private InstantSource clock = InstantSource.system();

            private Builder() {
            }

            public Builder host(String host) { this.host = host; return this; }
            public Builder port(int port) { this.port = port; return this; }
            public Builder latencyMs(long ms) { this.latencyMs = ms; return this; }
            public Builder errorRate(double rate) { this.errorRate = rate; return this; }
            public Builder timeoutRate(double rate) { this.timeoutRate = rate; return this; }
            public Builder hangMs(long ms) { this.hangMs = ms; return this; }
            public Builder seed(long seed) { this.seed = seed; return this; }
            public Builder feedbackSupported(boolean supported) { this.feedbackSupported = supported; return this; }
            public Builder captureLimit(int n) { this.captureLimit = n; return this; }
            public Builder scoreListener(Consumer<JsonNode> listener) { this.scoreListener = listener; return this; }
            public Builder clock(InstantSource clock) { this.clock = clock; return this; }

            /** All four fault settings at once. */
            public Builder faults(FaultSettings faults) {
                return latencyMs(faults.latencyMs()).errorRate(faults.errorRate()).timeoutRate(faults.timeoutRate())
                        .hangMs(faults.hangMs());
            }

            /** The options; IllegalArgumentException when a value is out of range. */
            public Options build() {
                return new Options(host, port, new FaultSettings(latencyMs, errorRate, timeoutRate, hangMs), seed,
                        feedbackSupported, captureLimit, scoreListener, clock);
            }
        }
    }
}
