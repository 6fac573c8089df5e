package io.bankingsim.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bankingsim.core.clock.Speed;
import io.bankingsim.core.metrics.MetricsSnapshot;
import io.helidon.http.HeaderNames;
import io.helidon.http.NotFoundException;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * The dashboard's HTTP API: status, metrics (JSON and Prometheus) and the controls. Every error
 * is a JSON body naming the problem. Thread-safe (handlers run on the server's virtual threads).
 */
final class ApiRoutes {

    static final double MAX_MULTIPLIER = io.bankingsim.core.scenario.Scenario.MAX_SPEED;
    static final String SPEED_ALLOWED = "a number > 0 and <= " + (long) MAX_MULTIPLIER + ", or \"max\"";
    private static final String JSON = "application/json";
    private static final String ACTIONS = "start, pause, resume, stop, speed";

    private final SimulationControl control;
    private final DashboardObserver observer;
    private final Supplier<String> backends;
    private final IntSupplier clients;
    private final String token;

    /** {@code token} null: the controls are open. */
    ApiRoutes(SimulationControl control, DashboardObserver observer, Supplier<String> backends, IntSupplier clients,
              String token) {
        this.control = control;
        this.observer = observer;
        this.backends = backends;
        this.clients = clients;
        this.token = token;
    }

    SimulationControl control() {
        return control;
    }

    /** The latest snapshot: the run's own, else the last one the observer saw. */
    Optional<MetricsSnapshot> latest() {
        return control.metrics().or(observer::latestSnapshot);
    }

    void register(HttpRouting.Builder r) {
        r.get("/api/status", (req, res) -> json(res, Status.OK_200, status()))
                .get("/api/metrics/history", this::history)
                .get("/api/metrics", this::metrics)
                .get("/metrics", this::prometheus)
                .post("/api/control/{action}", this::control)
                .any("/api/status", (req, res) -> notAllowed(res, "GET"))
                .any("/api/metrics", (req, res) -> notAllowed(res, "GET"))
                .any("/api/metrics/history", (req, res) -> notAllowed(res, "GET"))
                .any("/metrics", (req, res) -> notAllowed(res, "GET"))
                .any("/api/control/{action}", (req, res) -> notAllowed(res, "POST"))
                .any("/api/*", (req, res) -> notFound(req, res))
                .error(NotFoundException.class, (req, res, e) -> notFound(req, res));
    }

    private String status() {
        ObjectNode n = Messages.JSON.createObjectNode();
        n.put("state", control.state());
        n.put("scenario", control.scenarioName());
        Instant now = control.virtualTime();
        n.put("virtual_time", now.toString());
        n.put("time_zone", control.timeZone().getId());
        n.put("virtual_time_local", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                now.atZone(control.timeZone()).truncatedTo(ChronoUnit.SECONDS))); // always with seconds
        n.put("progress", control.progress());
        ObjectNode speed = n.putObject("speed");
        speed.put("set", control.speed().toString());
        Optional<MetricsSnapshot> snapshot = latest();
        double effective = snapshot.map(s -> s.run().intervalEffectiveSpeed()).orElse(Double.NaN);
        if (Double.isFinite(effective)) {
            speed.put("effective", effective);
        } else {
            speed.putNull("effective");
        }
        n.put("in_flight", control.inFlight());
        n.put("backends", backends.get());
        n.put("clients", clients.getAsInt());
        n.put("transactions_seen", observer.transactionsSeen());
        n.put("alerts_seen", observer.alertsSeen());
        ObjectNode jvm = n.putObject("resources");
        double cpu = processCpuLoad();
        if (cpu >= 0) {
            jvm.put("process_cpu_load", cpu);
        } else {
            jvm.putNull("process_cpu_load");
        }
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        jvm.put("heap_used_bytes", heap.getUsed());
        jvm.put("heap_max_bytes", heap.getMax());
        jvm.put("live_threads", ManagementFactory.getThreadMXBean().getThreadCount());
        jvm.put("available_processors", Runtime.getRuntime().availableProcessors());
        return n.toString();
    }

    private static double processCpuLoad() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuLoad();
        }
        return -1;
    }

    private void metrics(ServerRequest req, ServerResponse res) throws JsonProcessingException {
        Optional<MetricsSnapshot> s = latest();
        if (s.isEmpty()) {
            error(res, Status.SERVICE_UNAVAILABLE_503, "no metrics yet: the first snapshot comes after one "
                    + "collect interval of the run", null, null);
            return;
        }
        json(res, Status.OK_200, Messages.JSON.writeValueAsString(s.get()));
    }

    /**
     * {@code GET /api/metrics/history[?since=S][&max_points=N]}: the kept points after wall second
     * {@code S} (all of them without it), thinned to {@code N} at most, with the retention.
     */
    private void history(ServerRequest req, ServerResponse res) throws JsonProcessingException {
        double since = -1;
        Optional<String> given = req.query().first("since").asOptional();
        if (given.isPresent()) {
            try {
                since = Double.parseDouble(given.get().strip());
            } catch (NumberFormatException e) {
                since = Double.NaN;
            }
            if (!Double.isFinite(since)) {
                error(res, Status.BAD_REQUEST_400, "'since' must be a number of wall seconds since the run "
                        + "started, not '" + given.get() + "'", "since", "a number, e.g. 12.5");
                return;
            }
        }
        int maxPoints = Integer.MAX_VALUE;
        Optional<String> max = req.query().first("max_points").asOptional();
        if (max.isPresent()) {
            try {
                maxPoints = Integer.parseInt(max.get().strip());
            } catch (NumberFormatException e) {
                maxPoints = 0;
            }
            if (maxPoints < 1) {
                error(res, Status.BAD_REQUEST_400, "'max_points' must be a whole number from 1 to " + Integer.MAX_VALUE
                        + ", not '" + max.get() + "'", "max_points", "an integer 1 to " + Integer.MAX_VALUE + ", e.g. 2000");
                return;
            }
        }
        MetricsHistory h = observer.history();
        ObjectNode n = Messages.JSON.createObjectNode();
        n.put("retention_minutes", h.retentionMinutes());
        n.set("points", Messages.JSON.valueToTree(h.since(since, maxPoints)));
        json(res, Status.OK_200, Messages.JSON.writeValueAsString(n));
    }

    private void prometheus(ServerRequest req, ServerResponse res) {
        String body = PrometheusText.write(control, latest().orElse(null), clients.getAsInt());
        res.status(Status.OK_200);
        res.header(HeaderNames.CONTENT_TYPE, PrometheusText.CONTENT_TYPE);
        res.send(body);
    }

    /** Answers 401 and returns false when the request lacks the control token. */
    boolean requireToken(ServerRequest req, ServerResponse res) {
        if (authorized(req)) {
            return true;
        }
        res.header(HeaderNames.WWW_AUTHENTICATE, "Bearer");
        boolean given = req.headers().first(HeaderNames.AUTHORIZATION).isPresent();
        error(res, Status.UNAUTHORIZED_401, given
                ? "wrong token: the control endpoints want 'Authorization: Bearer <token>' with DASHBOARD_TOKEN or the "
                        + "token printed when the dashboard started"
                : "the control endpoints need an 'Authorization: Bearer <token>' header when the dashboard is not "
                        + "bound to a loopback address", null, null);
        return false;
    }

    private void control(ServerRequest req, ServerResponse res) {
        if (!requireToken(req, res)) {
            return;
        }
        String action = req.path().pathParameters().get("action");
        Speed speed = null;
        if (action.equals("speed")) {
            try {
                speed = parseSpeed(req.content().hasEntity() ? req.content().as(String.class) : "");
            } catch (IllegalArgumentException e) {
                error(res, Status.BAD_REQUEST_400, e.getMessage(), "multiplier", SPEED_ALLOWED);
                return;
            }
        }
        try {
            switch (action) {
                case "start" -> control.start();
                case "pause" -> control.pause();
                case "resume" -> control.resume();
                case "stop" -> control.stop();
                case "speed" -> control.setSpeed(speed);
                default -> {
                    error(res, Status.NOT_FOUND_404, "unknown control '" + action + "'", "action", ACTIONS);
                    return;
                }
            }
        } catch (IllegalStateException e) {
            error(res, Status.CONFLICT_409, e.getMessage(), null, null);
            return;
        }
        ObjectNode n = Messages.JSON.createObjectNode();
        n.put("state", control.state());
        n.put("speed", control.speed().toString());
        json(res, Status.OK_200, n.toString());
    }

    /** Parses {@code {"multiplier": 200}} or {@code {"multiplier": "max"}}; the message names the problem. */
    static Speed parseSpeed(String body) {
        JsonNode node;
        try {
            node = body == null || body.isBlank() ? null : Messages.JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the body is not JSON: expected {\"multiplier\": 200}");
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("expected a JSON object such as {\"multiplier\": 200}");
        }
        JsonNode m = node.get("multiplier");
        if (m == null || m.isNull()) {
            throw new IllegalArgumentException("'multiplier' is missing");
        }
        if (m.isTextual()) {
            if (m.asText().strip().equalsIgnoreCase("max")) {
                return Speed.MAX;
            }
            throw new IllegalArgumentException("'multiplier' must be a number or \"max\", not \"" + m.asText() + "\"");
        }
        if (!m.isNumber()) {
            throw new IllegalArgumentException("'multiplier' must be a number or \"max\", not " + m);
        }
        double value = m.asDouble();
        if (!(value > 0) || value > MAX_MULTIPLIER) {
            throw new IllegalArgumentException("'multiplier' is out of range: " + m);
        }
        return Speed.of(value);
    }

    /** Whether the request may use a control (always on loopback; with the bearer token otherwise). */
    boolean authorized(ServerRequest req) {
        if (token == null) {
            return true;
        }
        String expected = "Bearer " + token;
        Optional<String> given = req.headers().first(HeaderNames.AUTHORIZATION);
        return given.isPresent() && MessageDigest.isEqual(given.get().strip().getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }

    static void notAllowed(ServerResponse res, String allowed) {
        res.header(HeaderNames.ALLOW, allowed);
        error(res, Status.METHOD_NOT_ALLOWED_405, "method not allowed: use " + allowed, null, null);
    }

    private static void notFound(ServerRequest req, ServerResponse res) {
        error(res, Status.NOT_FOUND_404, "no such endpoint: " + req.prologue().method().text() + " "
                + req.path().rawPath(), null, null);
    }

    static void error(ServerResponse res, Status status, String message, String field, String allowed) {
        json(res, status, Messages.httpError(status.code(), message, field, allowed));
    }

    static void json(ServerResponse res, Status status, String body) {
        res.status(status);
        res.header(HeaderNames.CONTENT_TYPE, JSON);
        res.send(body);
    }
}
