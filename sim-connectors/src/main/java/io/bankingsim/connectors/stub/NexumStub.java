package io.bankingsim.connectors.stub;

import io.bankingsim.connectors.stub.StubPipeline.Exposure;
import io.bankingsim.connectors.stub.StubPipeline.Gate;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;

import java.net.URI;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A stub of Nexum, the core-banking system, speaking its real HTTP API (docs/api-contract.md):
 * login with HS256 bearer tokens, customers, KYC, accounts, deposits, withdrawals and transfers
 * on an in-memory {@link NexumLedger}, the per-IP rate limit, and optionally a call to Bastion's
 * {@code /score} before each posting (the {@code post_only} flow). Faults are injected as
 * {@link FaultSettings} says, except on {@code /health} and the login (kept reliable; the login
 * still gets the latency). docs/stubs.md describes every behaviour.
 *
 * <pre>{@code
 * try (NexumStub nexum = new NexumStub(NexumStub.Options.builder().port(0).build()).start()) {
 *     URI url = nexum.url();
 *     ...
 * }
 * }</pre>
 *
 * <p>Thread-safe: requests are served on virtual threads; the accessors may be called from any
 * thread at any time.
 */
public final class NexumStub implements AutoCloseable {

    /** The default port of Nexum. */
    public static final int DEFAULT_PORT = 8090;

    /** The endpoint names of {@link #requestCounts()}. */
    public static final List<String> ENDPOINTS = List.of("nexum_health", "nexum_login", "customers", "kyc",
            "accounts", "account", "account_transactions", "deposit", "withdraw", "transfer");

    private static final System.Logger LOG = System.getLogger(NexumStub.class.getName());

    private final Options options;
    private final NexumLedger ledger;
    private final NexumTokens tokens;
    private final RateLimiter limiter;
    private final RequestCounts counts = new RequestCounts(ENDPOINTS);
    private final StubPipeline pipeline;
    private BastionScoreClient bastion;
    private WebServer server;

    /** A stub on a fresh ledger (whose ids are drawn from the options' seed); call {@link #start()}. */
    public NexumStub(Options options) {
        this(options, new NexumLedger(options.seed()));
    }

    /** A stub on an existing ledger, e.g. that of a stub closed before (a restart); call {@link #start()}. */
    public NexumStub(Options options, NexumLedger ledger) {
        this.options = Objects.requireNonNull(options, "options");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.tokens = new NexumTokens(options.seed(), options.tokenTtl(), options.clock());
        this.limiter = options.rateLimitPerMinute() > 0 ? new RateLimiter(options.rateLimitPerMinute(),
                options.rateLimitWindow(), options.clock())
                : null;
        this.pipeline = new StubPipeline("Nexum", options.faults(), options.seed(), counts);
    }

    /**
     * Starts listening.
     *
     * @return this stub
     * @throws java.io.UncheckedIOException when the address cannot be bound (e.g. the port is in
     *     use); its message names the host and port
     * @throws IllegalStateException when already started
     */
    public synchronized NexumStub start() {
        if (server != null) {
            throw new IllegalStateException("Nexum stub already started");
        }
        bastion = options.bastionUrl() == null ? null
                : new BastionScoreClient(options.bastionUrl(), options.bastionTimeout());
        NexumRoutes routes = new NexumRoutes(options, ledger, tokens);
        NexumPostings postings = new NexumPostings(ledger, bastion, options.clock());
        List<Gate> open = limiter == null ? List.of() : List.of(this::rateLimit);
        List<Gate> guarded = limiter == null ? List.of(this::authenticate)
                : List.of(this::rateLimit, this::authenticate);
        HttpRouting.Builder r = HttpRouting.builder()
                .get("/health", pipeline.endpoint("nexum_health", Exposure.NONE, List.of(), routes::health))
                .post("/rbac/auth/login", pipeline.endpoint("nexum_login", Exposure.LATENCY, open, routes::login))
                .post("/customers", pipeline.endpoint("customers", Exposure.ALL, guarded, routes::createCustomer))
                .put("/customers/{customer_id}/kyc", pipeline.endpoint("kyc", Exposure.ALL, guarded, routes::kyc))
                .post("/accounts", pipeline.endpoint("accounts", Exposure.ALL, guarded, routes::openAccount))
                .get("/accounts/{account_id}", pipeline.endpoint("account", Exposure.ALL, guarded, routes::account))
                .get("/accounts/{account_id}/transactions",
                        pipeline.endpoint("account_transactions", Exposure.ALL, guarded, routes::transactions))
                .post("/transactions/deposit", pipeline.endpoint("deposit", Exposure.ALL, guarded, postings::deposit))
                .post("/transactions/withdraw",
                        pipeline.endpoint("withdraw", Exposure.ALL, guarded, postings::withdraw))
                .post("/transactions/transfer",
                        pipeline.endpoint("transfer", Exposure.ALL, guarded, postings::transfer));
        server = StubServer.start("Nexum", options.host(), options.port(), r);
        LOG.log(System.Logger.Level.DEBUG, () -> "Nexum stub listening on " + url());
        return this;
    }

    /** The port listened on (the actual one when started on port 0). */
    public synchronized int port() {
        return started().port();
    }

    /** The base URL, e.g. {@code http://127.0.0.1:8090}. */
    public URI url() {
        return StubServer.url(options.host(), port());
    }

    /** The options this stub was made with. */
    public Options options() {
        return options;
    }

    /** The ledger behind this stub. */
    public NexumLedger ledger() {
        return ledger;
    }

    /** Requests received per endpoint name ({@link #ENDPOINTS}), faults, 401s and 429s included. */
    public Map<String, Long> requestCounts() {
        return counts.requests();
    }

    /** Answers sent per "endpoint status", e.g. {@code "deposit 201"}. */
    public Map<String, Long> responseCounts() {
        return counts.responses();
    }

    /**
     * Changes the injected faults while the stub runs, from the next request on, limited to the
     * named endpoints ({@link #ENDPOINTS}; empty for all). Health and login never suffer errors
     * or timeouts.
     */
    public void injectFaults(FaultSettings faults, java.util.Set<String> endpoints) {
        pipeline.inject(faults, endpoints);
    }

    /** Makes every token issued so far expired: the next request with one gets 401 "Token expired". */
    public void expireTokens() {
        tokens.expireAll();
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
        if (bastion != null) {
            bastion.close();
        }
    }

    private WebServer started() {
        if (server == null) {
            throw new IllegalStateException("Nexum stub not started");
        }
        return server;
    }

    private Reply rateLimit(Call call) {
        long wait = limiter.acquire(call.clientIp());
        return wait == 0 ? null
                : Reply.detail(429, "Rate limit exceeded").withHeader("Retry-After", Long.toString(wait));
    }

    private Reply authenticate(Call call) {
        if (!options.auth()) {
            return null;
        }
        String header = call.header("Authorization").orElse("");
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7) || header.substring(7).isBlank()) {
            return unauthorized("Not authenticated");
        }
        String refused = tokens.verify(header.substring(7).strip());
        return refused == null ? null : unauthorized(refused);
    }

    private static Reply unauthorized(String detail) {
        return Reply.detail(401, detail).withHeader("WWW-Authenticate", "Bearer");
    }

    /**
     * How a {@link NexumStub} behaves. Immutable; build with {@link #builder()}.
     *
     * @param host the address to bind, 127.0.0.1 by default
     * @param port the port, 0 for any free one; {@value NexumStub#DEFAULT_PORT} by default
     * @param auth whether every endpoint but health and login needs a bearer token (default true)
     * @param username the one user's name (default "simulator")
     * @param password the one user's password (default "simulator")
     * @param tokenTtl how long a token is valid (default 24 h; whole seconds)
     * @param rateLimitPerMinute requests per client IP per window, 0 for no limit (the default)
     * @param rateLimitWindow the rate limit's window, 60 s as Nexum's by default (tests shorten it)
     * @param faults the faults injected (default none)
     * @param seed seeds the faults, the token secret and the ids of a fresh ledger (default 0)
     * @param bastionUrl Bastion's base URL to call {@code /score} before each posting, or null (the default)
     * @param bastionTimeout how long to wait for Bastion (default 10 s)
     * @param clock the clock of tokens, the rate limit and timestamps (default the system clock)
     */
    public record Options(String host, int port, boolean auth, String username, String password, Duration tokenTtl,
                          int rateLimitPerMinute, Duration rateLimitWindow, FaultSettings faults, long seed, URI bastionUrl,
                          Duration bastionTimeout, InstantSource clock) {

        public Options {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(password, "password");
            Objects.requireNonNull(tokenTtl, "tokenTtl");
            Objects.requireNonNull(faults, "faults");
            Objects.requireNonNull(bastionTimeout, "bastionTimeout");
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(rateLimitWindow, "rateLimitWindow");
            if (rateLimitWindow.toMillis() < 1) {
                throw new IllegalArgumentException("rateLimitWindow must be positive, not " + rateLimitWindow);
            }
            StubServer.requirePort(port);
            if (tokenTtl.toSeconds() < 1) {
                throw new IllegalArgumentException("tokenTtl must be at least 1 second, not " + tokenTtl);
            }
            if (rateLimitPerMinute < 0) {
                throw new IllegalArgumentException("rateLimitPerMinute must be 0 (off) or more, not "
                        + rateLimitPerMinute);
            }
            if (bastionTimeout.isNegative() || bastionTimeout.isZero()) {
                throw new IllegalArgumentException("bastionTimeout must be positive, not " + bastionTimeout);
            }
        }

        /** A builder with the defaults. */
        public static Builder builder() {
            return new Builder();
        }

        /** A builder starting from these options. */
        public Builder toBuilder() {
            return new Builder().host(host).port(port).auth(auth).username(username).password(password)
                    .tokenTtl(tokenTtl).rateLimitPerMinute(rateLimitPerMinute).rateLimitWindow(rateLimitWindow).faults(faults).seed(seed)
                    .bastionUrl(bastionUrl).bastionTimeout(bastionTimeout).clock(clock);
        }

        /** These options calling Bastion at {@code url} before each posting (null: not at all). */
        public Options withBastionUrl(URI url) {
            return toBuilder().bastionUrl(url).build();
        }

        /** Builds {@link Options}. Not thread-safe. */
        public static final class Builder {
            private String host = StubServer.DEFAULT_HOST;
            private int port = DEFAULT_PORT;
            private boolean auth = true;
            private String username = "simulator";
            private String password = "simulator";
            private Duration tokenTtl = Duration.ofHours(24);
            private int rateLimitPerMinute;
            private Duration rateLimitWindow = RateLimiter.WINDOW;
            private long latencyMs;
            private double errorRate;
            private double timeoutRate;
            private long hangMs = FaultSettings.DEFAULT_HANG_MS;
            private long seed;
            private URI bastionUrl;
            private Duration bastionTimeout = Duration.ofSeconds(10);
            private InstantSource clock = InstantSource.system();

            private Builder() {
            }

            public Builder host(String host) { this.host = host; return this; }
            public Builder port(int port) { this.port = port; return this; }
            public Builder auth(boolean auth) { this.auth = auth; return this; }
            public Builder username(String username) { this.username = username; return this; }
            public Builder password(String password) { this.password = password; return this; }
            public Builder tokenTtl(Duration ttl) { this.tokenTtl = ttl; return this; }
            public Builder rateLimitPerMinute(int n) { this.rateLimitPerMinute = n; return this; }
            public Builder rateLimitWindow(Duration window) { this.rateLimitWindow = window; return this; }
            public Builder latencyMs(long ms) { this.latencyMs = ms; return this; }
            public Builder errorRate(double rate) { this.errorRate = rate; return this; }
            public Builder timeoutRate(double rate) { this.timeoutRate = rate; return this; }
            public Builder hangMs(long ms) { this.hangMs = ms; return this; }

            /** All four fault settings at once. */
            public Builder faults(FaultSettings faults) {
                return latencyMs(faults.latencyMs()).errorRate(faults.errorRate()).timeoutRate(faults.timeoutRate())
                        .hangMs(faults.hangMs());
            }
            public Builder seed(long seed) { this.seed = seed; return this; }
            public Builder bastionUrl(URI url) { this.bastionUrl = url; return this; }
            public Builder bastionTimeout(Duration timeout) { this.bastionTimeout = timeout; return this; }
            public Builder clock(InstantSource clock) { this.clock = clock; return this; }

            /** The options; IllegalArgumentException when a value is out of range. */
            public Options build() {
                return new Options(host, port, auth, username, password, tokenTtl, rateLimitPerMinute, rateLimitWindow,
                        new FaultSettings(latencyMs, errorRate, timeoutRate, hangMs), seed, bastionUrl, bastionTimeout,
                        clock);
            }
        }
    }
}
