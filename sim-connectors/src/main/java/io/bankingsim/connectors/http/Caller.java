package io.bankingsim.connectors.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import io.bankingsim.core.metrics.EndpointMetrics;
import io.bankingsim.core.metrics.EndpointStats;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Sends the requests of one backend with the policies every call shares: wait while the
 * {@link CircuitBreaker} is open, keep to the {@link RateLimiter}, add the bearer token, record
 * each request's latency and failure kind per endpoint, and retry with exponential backoff and
 * jitter where that is safe:
 * <ul>
 *   <li>always after a refused connection (nothing was sent), a 429 (the request was refused
 *       unprocessed; the wait honours Retry-After and pauses every request of this backend) and a
 *       401 (after logging in again);</li>
 *   <li>after a timeout, a broken connection or a 5xx only for {@link Safety#SAFE} calls
 *       (reads, scoring, log-in, KYC updates). For the others the request may have taken effect:
 *       the call ends {@link Kind#UNCERTAIN} and the caller reconciles (see {@link NexumApi}).</li>
 * </ul>
 * A call makes at most {@code 1 + maxRetries} attempts. Thread-safe.
 */
final class Caller {

    static final ObjectMapper JSON = new ObjectMapper();

    private static final long BASE_BACKOFF_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final long MAX_BACKOFF_NANOS = TimeUnit.SECONDS.toNanos(5);
    private static final long BASE_THROTTLE_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final long MAX_THROTTLE_NANOS = TimeUnit.SECONDS.toNanos(60);

    /** Whether a request may be repeated when its fate is unknown. */
    enum Safety { SAFE, UNSAFE }

    /** How a call ended. */
    enum Kind {
        /** An HTTP answer to act on (2xx, or a 4xx that is the backend's final word). */
        ANSWERED,
        /** An unsafe request timed out, broke or got a 5xx: it may or may not have taken effect. */
        UNCERTAIN,
        /** Every attempt failed, or the backend has been down too long. */
        FAILED,
        /** Every attempt was refused with 429. */
        THROTTLED
    }

    /**
     * The end of a call.
     *
     * @param kind how it ended
     * @param status the last HTTP status, or 0 when no answer came
     * @param body the last answer's JSON (a {@link NullNode} when none or unreadable)
     * @param detail what went wrong, empty for a 2xx
     * @param attempts attempts made
     */
    record Result(Kind kind, int status, JsonNode body, String detail, int attempts) {
        boolean ok() {
            return kind == Kind.ANSWERED && status / 100 == 2;
        }
    }

    private final String system;
    private final URI base;
    private final HttpTransport transport;
    private final Duration timeout;
    private final int maxRetries;
    private final CircuitBreaker breaker;
    private final RateLimiter limiter;
    private volatile NexumSession session;
    private volatile boolean closing;
    private final Map<String, EndpointMetrics> metrics = new LinkedHashMap<>();
    private final String healthEndpoint;
    private final String healthPath;

    /**
     * @param system {@code nexum} or {@code bastion}
     * @param base the backend's base URL
     * @param endpoints the endpoint names this backend serves (for the statistics)
     * @param healthEndpoint the name of the backend's health endpoint, which the circuit breaker
     *     probes and {@link #healthProblem()} checks
     * @param healthPath its path
     */
    Caller(String system, URI base, List<String> endpoints, HttpTransport transport, Duration timeout, int maxRetries,
           RateLimiter limiter, int maxOutageSeconds, String healthEndpoint, String healthPath) {
        this(system, base, endpoints, transport, timeout, maxRetries, limiter, maxOutageSeconds, healthEndpoint,
                healthPath, null);
    }

    /** For tests: a caller whose circuit breaker probes with {@code breakerProbe}. */
    Caller(String system, URI base, List<String> endpoints, HttpTransport transport, Duration timeout, int maxRetries,
           RateLimiter limiter, int maxOutageSeconds, java.util.function.Supplier<CompletableFuture<Boolean>> breakerProbe) {
        this(system, base, endpoints, transport, timeout, maxRetries, limiter, maxOutageSeconds, null, null,
                breakerProbe);
    }

    private Caller(String system, URI base, List<String> endpoints, HttpTransport transport, Duration timeout,
                   int maxRetries, RateLimiter limiter, int maxOutageSeconds, String healthEndpoint, String healthPath,
                   java.util.function.Supplier<CompletableFuture<Boolean>> breakerProbe) {
        this.healthEndpoint = healthEndpoint;
        this.healthPath = healthPath;
        this.system = system;
        this.base = base;
        this.transport = transport;
        this.timeout = timeout;
        this.maxRetries = maxRetries;
        this.limiter = limiter;
        this.breaker = new CircuitBreaker(displayName(system) + " at " + base, maxOutageSeconds,
                breakerProbe != null ? breakerProbe : () -> probe(healthEndpoint, healthPath));
        for (String e : endpoints) {
            metrics.put(e, new EndpointMetrics(system, e));
        }
    }

    static String displayName(String system) {
        return system.equals("nexum") ? "Nexum" : "Bastion";
    }

    /** The connector is closing: requests cut off now say nothing about the backend's health. */
    void closing() {
        closing = true;
    }

    /** Uses this session's bearer token on every call but the log-in. */
    void authenticate(NexumSession s) {
        this.session = s;
    }

    String system() {
        return system;
    }

    /**
     * The URI of a path under the base URL: a base with a path of its own (a gateway's prefix such
     * as {@code http://gw/core}) keeps it, where {@code URI.resolve} would drop it.
     */
    URI at(String path) {
        String b = base.toString();
        int end = b.length();
        while (end > 0 && b.charAt(end - 1) == '/') {
            end--;
        }
        return URI.create(b.substring(0, end) + path);
    }

    /** The statistics of every endpoint, in declaration order. */
    List<EndpointStats> stats() {
        List<EndpointStats> all = new ArrayList<>(metrics.size());
        metrics.values().forEach(m -> all.add(m.stats()));
        return all;
    }

    /**
     * Makes a call.
     *
     * @param endpoint the endpoint's name (statistics)
     * @param method GET, POST or PUT
     * @param path the path, placeholders filled in, optionally with a query
     * @param body the JSON body, or null
     * @param safety whether an uncertain attempt may be repeated
     * @param auth whether to send the bearer token
     * @param attemptsBefore attempts already spent on this operation (a repeated posting)
     */
    CompletableFuture<Result> call(String endpoint, String method, String path, JsonNode body, Safety safety,
                                   boolean auth, int attemptsBefore) {
        byte[] bytes;
        try {
            bytes = body == null ? null : JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            return CompletableFuture.completedFuture(new Result(Kind.FAILED, 0, NullNode.getInstance(),
                    "cannot write the request: " + e.getMessage(), attemptsBefore));
        }
        EndpointMetrics m = metrics.get(endpoint);
        if (m == null) {
            throw new IllegalArgumentException("unknown endpoint " + endpoint);
        }
        return attempt(m, method, at(path), bytes, safety, auth, attemptsBefore);
    }

    /** A plain health probe that skips breaker and limiter; true on a 2xx. */
    CompletableFuture<Boolean> probe(String endpoint, String path) {
        return healthProblem(endpoint, path).thenApply(java.util.Objects::isNull);
    }

    /** The health check before a run: null on a 2xx, else what is wrong, naming the URL. */
    CompletableFuture<String> healthProblem() {
        return healthProblem(healthEndpoint, healthPath);
    }

    /** A health check: null on a 2xx, else what is wrong, naming the URL. */
    CompletableFuture<String> healthProblem(String endpoint, String path) {
        EndpointMetrics m = metrics.get(endpoint);
        long start = System.nanoTime();
        m.sent(false);
        URI uri = at(path);
        String name = displayName(system);
        return transport.send(new HttpTransport.Request("GET", uri, null, null, timeout))
                .handle((r, e) -> {
                    long nanos = System.nanoTime() - start;
                    if (e != null) {
                        Throwable cause = unwrap(e);
                        String kind = failureKind(cause);
                        m.error(kind, -1);
                        return name + " is not reachable at " + uri + ": " + describe(kind, cause);
                    }
                    if (r.status() / 100 == 2) {
                        m.ok(nanos);
                        return null;
                    }
                    m.error(r.status() >= 500 ? EndpointMetrics.SERVER_ERROR : EndpointMetrics.CLIENT_ERROR, nanos);
                    return name + " at " + uri + " answered HTTP " + r.status();
                });
    }

    private CompletableFuture<Result> attempt(EndpointMetrics m, String method, URI uri, byte[] body, Safety safety,
                                              boolean auth, int attempt) {
        CompletableFuture<Void> ready = breaker.ready();
        if (limiter != null) {
            ready = ready.thenCompose(v -> limiter.acquire());
        }
        NexumSession s = auth ? session : null;
        CompletableFuture<String> token = s == null ? ready.thenApply(v -> null) : ready.thenCompose(v -> s.bearer());
        return token.handle((bearer, error) -> {
            if (error != null) {
                Throwable cause = unwrap(error);
                String why = cause instanceof CircuitBreaker.OutageException ? cause.getMessage()
                        : displayName(system) + " log-in failed: " + cause.getMessage();
                return CompletableFuture.completedFuture(
                        new Result(Kind.FAILED, 0, NullNode.getInstance(), why, attempt));
            }
            return send(m, method, uri, body, safety, auth, attempt, bearer);
        }).thenCompose(f -> f);
    }

    private CompletableFuture<Result> send(EndpointMetrics m, String method, URI uri, byte[] body, Safety safety,
                                           boolean auth, int attempt, String bearer) {
        long start = System.nanoTime();
        m.sent(attempt > 0);
        return transport.send(new HttpTransport.Request(method, uri, bearer, body, timeout))
                .handle((response, error) -> {
                    long nanos = System.nanoTime() - start;
                    int next = attempt + 1;
                    if (error != null) {
                        return onFailure(m, method, uri, body, safety, auth, next, unwrap(error), nanos);
                    }
                    return onAnswer(m, method, uri, body, safety, auth, next, response, nanos, bearer);
                }).thenCompose(f -> f);
    }

    private CompletableFuture<Result> onFailure(EndpointMetrics m, String method, URI uri, byte[] body, Safety safety,
                                                boolean auth, int attempts, Throwable error, long nanos) {
        String kind = failureKind(error);
        // A timeout's wait is what the caller lived through: it belongs in the percentiles.
        m.error(kind, kind.equals(EndpointMetrics.TIMEOUT) ? nanos : -1);
        if (closing) {
            return done(Kind.FAILED, 0, NullNode.getInstance(), "the run is over: the request was cut off", attempts);
        }
        breaker.failure();
        String detail = displayName(system) + " " + uri.getPath() + ": " + describe(kind, error);
        boolean nothingSent = kind.equals(EndpointMetrics.REFUSED);
        if (!nothingSent && safety == Safety.UNSAFE) {
            return done(Kind.UNCERTAIN, 0, NullNode.getInstance(), detail, attempts);
        }
        if (attempts > maxRetries) {
            return done(Kind.FAILED, 0, NullNode.getInstance(), detail, attempts);
        }
        return later(backoff(attempts, false), () -> attempt(m, method, uri, body, safety, auth, attempts));
    }

    private CompletableFuture<Result> onAnswer(EndpointMetrics m, String method, URI uri, byte[] body, Safety safety,
                                               boolean auth, int attempts, HttpTransport.Response r, long nanos,
                                               String bearer) {
        int status = r.status();
        JsonNode json = parse(r.body());
        if (status / 100 == 2) {
            breaker.success();
            if (json == null) {
                m.error(EndpointMetrics.BAD_BODY, nanos);
                return done(Kind.ANSWERED, status, NullNode.getInstance(), displayName(system) + " " + uri.getPath()
                        + " answered " + status + " with a body that is not JSON", attempts);
            }
            m.ok(nanos);
            return done(Kind.ANSWERED, status, json, "", attempts);
        }
        JsonNode answer = json == null ? NullNode.getInstance() : json;
        String detail = detail(answer, r.body(), status);
        if (status == 401) {
            m.error(EndpointMetrics.UNAUTHORIZED, nanos);
            breaker.success();
            NexumSession s = auth ? session : null;
            if (s != null && attempts <= maxRetries) {
                s.invalidate(bearer);
                return attempt(m, method, uri, body, safety, auth, attempts);
            }
            String hint = s == null && auth ? " (no log-in configured: set NEXUM_USERNAME and NEXUM_PASSWORD)" : "";
            return done(Kind.ANSWERED, status, answer, detail + hint, attempts);
        }
        if (status == 429) {
            m.error(EndpointMetrics.THROTTLED, nanos);
            breaker.success();
            long wait = r.retryAfterSeconds() >= 0
                    ? Math.min(TimeUnit.SECONDS.toNanos(r.retryAfterSeconds()), MAX_THROTTLE_NANOS)
                    : backoff(attempts, true);
            if (limiter != null) {
                limiter.pause(wait);
            }
            if (attempts > maxRetries) {
                return done(Kind.THROTTLED, status, answer, detail, attempts);
            }
            return later(wait, () -> attempt(m, method, uri, body, safety, auth, attempts));
        }
        if (status >= 500) {
            m.error(EndpointMetrics.SERVER_ERROR, nanos);
            // A 5xx comes from a live server: it neither opens the circuit nor closes it.
            if (safety == Safety.UNSAFE) {
                return done(Kind.UNCERTAIN, status, answer, detail, attempts);
            }
            if (attempts > maxRetries) {
                return done(Kind.FAILED, status, answer, detail, attempts);
            }
            return later(backoff(attempts, false), () -> attempt(m, method, uri, body, safety, auth, attempts));
        }
        m.error(status == 400 ? EndpointMetrics.REJECTED : EndpointMetrics.CLIENT_ERROR, nanos);
        breaker.success();
        return done(Kind.ANSWERED, status, answer, detail, attempts);
    }

    /** Exponential backoff with jitter: half the step fixed, half random. */
    static long backoff(int attempt, boolean throttled) {
        long base = throttled ? BASE_THROTTLE_NANOS : BASE_BACKOFF_NANOS;
        long cap = throttled ? MAX_THROTTLE_NANOS : MAX_BACKOFF_NANOS;
        long step = Math.min(cap, base << Math.min(20, Math.max(0, attempt - 1)));
        return step / 2 + ThreadLocalRandom.current().nextLong(step / 2 + 1);
    }

    private static CompletableFuture<Result> done(Kind kind, int status, JsonNode body, String detail, int attempts) {
        return CompletableFuture.completedFuture(new Result(kind, status, body, detail, attempts));
    }

    static CompletableFuture<Result> later(long nanos,
                                                   java.util.function.Supplier<CompletableFuture<Result>> next) {
        return CompletableFuture.supplyAsync(next, CompletableFuture.delayedExecutor(nanos, TimeUnit.NANOSECONDS))
                .thenCompose(f -> f);
    }

    private static JsonNode parse(byte[] body) {
        if (body.length == 0) {
            return NullNode.getInstance();
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    /** The backend's own words: FastAPI's {@code detail}, else the start of the body, else the status. */
    private static String detail(JsonNode json, byte[] raw, int status) {
        JsonNode d = json.path("detail");
        String text;
        if (d.isTextual()) {
            text = d.asText();
        } else if (!d.isMissingNode() && !d.isNull()) {
            text = d.toString();
        } else if (raw.length > 0) {
            text = new String(raw, 0, Math.min(raw.length, 200), java.nio.charset.StandardCharsets.UTF_8);
        } else {
            text = "";
        }
        return text.isEmpty() ? "HTTP " + status : text;
    }

    static String failureKind(Throwable e) {
        if (e instanceof HttpConnectTimeoutException || e instanceof ConnectException
                || e instanceof java.nio.channels.UnresolvedAddressException) {
            return EndpointMetrics.REFUSED;
        }
        if (e instanceof HttpTimeoutException) {
            return EndpointMetrics.TIMEOUT;
        }
        return EndpointMetrics.IO;
    }

    private static String describe(String kind, Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.nio.channels.UnresolvedAddressException || t instanceof java.net.UnknownHostException) {
                return "the host name does not resolve";
            }
        }
        return switch (kind) {
            case EndpointMetrics.REFUSED -> "connection refused (" + message + ")";
            case EndpointMetrics.TIMEOUT -> "no answer within the timeout";
            default -> "connection broke (" + message + ")";
        };
    }

    static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof CompletionException || t instanceof java.util.concurrent.ExecutionException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
