package io.bankingsim.dashboard;

import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.staticcontent.StaticContentFeature;
import io.helidon.webserver.websocket.WsRouting;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The live dashboard: a Helidon 4 SE web server with the REST API ({@code /api/status},
 * {@code /api/metrics}, {@code /api/control/*}), Prometheus metrics ({@code /metrics}), the
 * WebSocket push ({@code /ws}) and the static UI ({@code /}), as docs/ and DESIGN.md describe.
 *
 * <pre>{@code
 * DashboardObserver observer = new DashboardObserver();
 * RunningSimulation run = Simulation.builder().scenario("normal_day").observer(observer).build().start();
 * try (DashboardServer server = DashboardServer.builder()
 *         .control(SimulationControl.of(run)).observer(observer).port(8095).start()) {
 *     run.await();
 * }
 * }</pre>
 *
 * <p>Bound to 127.0.0.1 unless a host is set. On any other address the control endpoints need
 * {@code Authorization: Bearer <token>}: the token given, or one generated at start
 * ({@link #token()}, for the caller to print). Slow WebSocket clients are skipped and then
 * dropped; nothing here ever blocks the simulation.
 *
 * <p>Thread-safe. {@link #close()} stops the server.
 */
public final class DashboardServer implements AutoCloseable {

    /** The default host: loopback only. */
    public static final String DEFAULT_HOST = "127.0.0.1";

    /** The default port. */
    public static final int DEFAULT_PORT = 8095;

    private final WebServer server;
    private final Broadcaster broadcaster;
    private final DashboardSocket socket;
    private final String host;
    private final String token;
    private final int requestedPort;

    private DashboardServer(Builder b) {
        this.host = b.host;
        this.requestedPort = b.port;
        boolean loopback = !needsToken(b.host);
        boolean needsToken = b.requireToken != null ? b.requireToken : !loopback;
        this.token = needsToken ? (b.token != null ? b.token : generateToken()) : null;
        DashboardObserver observer = b.observer != null ? b.observer : new DashboardObserver();
        ApiRoutes api = new ApiRoutes(b.control, observer, b.backends, this::clientCount, token);
        this.broadcaster = new Broadcaster(api::latest, observer, b.pushInterval);
        this.socket = new DashboardSocket(broadcaster, b.outboxCapacity, b.maxBehindTicks);
        HttpRouting.Builder routing = HttpRouting.builder().addFilter(new RequestGuard(loopback));
        PluginRoutes plugins = new PluginRoutes(observer.plugins(), api);
        plugins.register(routing);
        api.register(routing);
        this.server = WebServer.builder()
                .host(b.host)
                .port(b.port)
                .addFeature(StaticContentFeature.create(s -> {
                    s.addClasspath(cl -> cl.location("dashboard").context("/").welcome("index.html"));
                    s.addClasspath(cl -> cl.location("META-INF/resources/webjars").context("/webjars"));
                    plugins.registerStatic(s);
                }))
                .addRouting(routing)
                .addRouting(WsRouting.builder().endpoint("/ws", socket))
                .build();
    }

    /** A builder; {@link Builder#control} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Whether a server bound to {@code host} requires a token on its control endpoints: true for
     * anything but a loopback address ({@code localhost}, {@code 127.0.0.0/8}, {@code ::1}).
     * Host names other than {@code localhost} are not resolved: they need a token.
     */
    public static boolean needsToken(String host) {
        String h = Objects.requireNonNull(host, "host").strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.equals("localhost")) {
            return false;
        }
        boolean literal = h.contains(":") || h.matches("[0-9.]+");
        if (!literal) {
            return true;
        }
        try {
            return !InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return true;
        }
    }

    private static String generateToken() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private DashboardServer startServer() {
        try {
            server.start();
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot listen on " + host + ":" + requestedPort + ": " + e.getMessage(), e);
        }
        if (!server.isRunning() || server.port() < 0) {
            // Helidon logs the bind failure and stops instead of throwing
            throw new IllegalStateException("cannot listen on " + host + ":" + requestedPort
                    + " (is the port in use, or the address not this machine's?)");
        }
        broadcaster.start();
        return this;
    }

    private int clientCount() {
        return broadcaster.clientCount();
    }

    /** The port the server listens on (the ephemeral one chosen when 0 was asked). */
    public int port() {
        return server.port();
    }

    /** The host the server is bound to. */
    public String host() {
        return host;
    }

    /** The bearer token the control endpoints require; empty when they need none (loopback). */
    public Optional<String> token() {
        return Optional.ofNullable(token);
    }

    /** The URL of the dashboard's page, e.g. {@code http://127.0.0.1:8095/}. */
    public String url() {
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return "http://" + h + ":" + port() + "/";
    }

    /** Whether the server is running. */
    public boolean isRunning() {
        return server.isRunning();
    }

    /**
     * Pushes a last round (the final snapshot and feed: a page then shows the run's end), waiting
     * half a second at most for the clients to take it, then closes every WebSocket client and
     * stops the server. Idempotent.
     */
    @Override
    public void close() {
        broadcaster.finish(Duration.ofMillis(500));
        socket.closeAll();
        if (server.isRunning()) {
            server.stop();
        }
    }

    /** Options of a dashboard server. Not thread-safe; build on one thread. */
    public static final class Builder {
        private SimulationControl control;
        private DashboardObserver observer;
        private String host = DEFAULT_HOST;
        private int port = DEFAULT_PORT;
        private String token;
        private Boolean requireToken;
        private Supplier<String> backends = () -> "unknown";
        private Duration pushInterval = Duration.ofMillis(50);
        private int outboxCapacity = 64;
        private int maxBehindTicks = 20;

        private Builder() {
        }

        /** The run to show and control (required). */
        public Builder control(SimulationControl value) {
            this.control = Objects.requireNonNull(value, "control");
            return this;
        }

        /** The observer registered with the run, the source of the feed and the alerts. */
        public Builder observer(DashboardObserver value) {
            this.observer = Objects.requireNonNull(value, "observer");
            return this;
        }

        /** The address to bind to; default {@value DashboardServer#DEFAULT_HOST}. */
        public Builder host(String value) {
            this.host = Objects.requireNonNull(value, "host").strip();
            return this;
        }

        /** The port; 0 for an ephemeral one. Default {@value DashboardServer#DEFAULT_PORT}. */
        public Builder port(int value) {
            if (value < 0 || value > 65535) {
                throw new IllegalArgumentException("port must be within 0..65535: " + value);
            }
            this.port = value;
            return this;
        }

        /** The bearer token for the control endpoints when one is needed (otherwise one is generated). */
        public Builder token(String value) {
            Objects.requireNonNull(value, "token");
            if (value.isBlank() || value.chars().anyMatch(c -> c <= ' ' || c > '~')) {
                throw new IllegalArgumentException("a token is non-empty printable ASCII without spaces");
            }
            this.token = value;
            return this;
        }

        /** Forces the token rule on or off, whatever the host (by default: on unless loopback). */
        public Builder requireToken(boolean value) {
            this.requireToken = value;
            return this;
        }

        /** What {@code /api/status} says of the backends, e.g. {@code "dry run"}. */
        public Builder backends(String value) {
            Objects.requireNonNull(value, "backends");
            this.backends = () -> value;
            return this;
        }

        /** What {@code /api/status} says of the backends, asked on each request. */
        public Builder backends(Supplier<String> value) {
            this.backends = Objects.requireNonNull(value, "backends");
            return this;
        }

        /**
         * How often updates are pushed (the coalescing window); 10 ms to 5 s, default 50 ms: the
         * window sets the feed's latency (p99 about 53 ms with 10 clients at 50 ms, 253 ms at 250 ms;
         * {@code banking-sim bench dashboard}) and the feed's rate (the newest 50 items a push).
         */
        public Builder pushInterval(Duration value) {
            if (value.compareTo(Duration.ofMillis(10)) < 0 || value.compareTo(Duration.ofSeconds(5)) > 0) {
                throw new IllegalArgumentException("push interval must be within 10 ms..5 s: " + value);
            }
            this.pushInterval = value;
            return this;
        }

        /**
         * Per-client flow control: at most {@code capacity} messages wait for a client; a client whose
         * outbox overflows on {@code maxBehindTicks} consecutive pushes is disconnected.
         */
        public Builder slowClientLimits(int capacity, int maxBehindTicks) {
            if (capacity < 1 || maxBehindTicks < 1) {
                throw new IllegalArgumentException("limits must be positive");
            }
            this.outboxCapacity = capacity;
            this.maxBehindTicks = maxBehindTicks;
            return this;
        }

        /**
         * Builds and starts the server; returns once it listens.
         *
         * @throws IllegalStateException naming the address when the server cannot listen (port in use)
         */
        public DashboardServer start() {
            if (control == null) {
                throw new IllegalStateException("a dashboard needs a SimulationControl");
            }
            return new DashboardServer(this).startServer();
        }
    }
}
