package io.bankingsim.connectors.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bankingsim.core.metrics.EndpointMetrics;
import io.bankingsim.core.metrics.EndpointStats;
import io.bankingsim.core.scenario.Connections;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.bankingsim.connectors.http.ScriptedTransport.answer;
import static io.bankingsim.connectors.http.ScriptedTransport.refused;
import static io.bankingsim.connectors.http.ScriptedTransport.throttled;
import static io.bankingsim.connectors.http.ScriptedTransport.timeout;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retries only where safe, reconciliation of lost postings, 429 and 401 handling, and the
 * statistics per endpoint, against a scripted transport (no network, no wall-clock waits beyond
 * the backoff of a few hundred milliseconds).
 */
class RequestPoliciesTest {

    private static final String BOOKED = "{\"transaction_id\":\"t1\",\"state\":\"completed\",\"message\":\"ok\"}";
    private static final Connections SETTINGS = Connections.DEFAULTS.toBuilder()
            .nexumUrl(URI.create("http://nexum.test")).timeoutSeconds(1).maxRetries(3).build();

    private final ScriptedTransport transport = new ScriptedTransport();

    private Caller nexumCaller() {
        return new Caller("nexum", SETTINGS.nexumUrl(), List.of("nexum_health", "nexum_login", "account_transactions",
                "deposit", "customers"), transport, Duration.ofSeconds(1), SETTINGS.maxRetries(), new RateLimiter(0),
                60, () -> CompletableFuture.completedFuture(true));
    }

    private static ObjectNode deposit(String eventId) {
        ObjectNode body = Caller.JSON.createObjectNode().put("account_id", "A1");
        body.put("description", "deposit " + eventId);
        return body;
    }

    private static EndpointStats stats(Caller caller, String endpoint) {
        return caller.stats().stream().filter(s -> s.endpoint().equals(endpoint)).findFirst().orElseThrow();
    }

    @Test
    void aSafeCallIsRetriedAfter5xxAndCountsEachAttempt() throws Exception {
        transport.on("GET /accounts/A1/transactions", answer(503, "{\"detail\":\"busy\"}"),
                answer(500, "{}"), answer(200, "{\"transactions\":[]}"));
        Caller caller = nexumCaller();

        Caller.Result r = caller.call("account_transactions", "GET", "/accounts/A1/transactions", null,
                Caller.Safety.SAFE, true, 0).get(10, TimeUnit.SECONDS);

        assertThat(r.ok()).isTrue();
        assertThat(r.attempts()).isEqualTo(3);
        EndpointStats s = stats(caller, "account_transactions");
        assertThat(s.requests()).isEqualTo(3);
        assertThat(s.retries()).isEqualTo(2);
        assertThat(s.ok()).isEqualTo(1);
        assertThat(s.errors().get(EndpointMetrics.SERVER_ERROR)).isEqualTo(2);
        assertThat(s.latency().count()).isEqualTo(3);
    }

    @Test
    void aPostingAnswered5xxIsLookedUpAndSentAgainOnlyWhenNotBooked() throws Exception {
        transport.on("POST /transactions/deposit", answer(503, "{\"detail\":\"Injected fault\"}"), answer(201, BOOKED))
                .on("GET /accounts/A1/transactions", answer(200, "{\"transactions\":[{\"description\":\"other e0\"}]}"));
        NexumApi api = new NexumApi(nexumCaller(), SETTINGS, "");

        Caller.Result r = api.post("deposit", deposit("e1"), "A1", "e1").get(10, TimeUnit.SECONDS);

        assertThat(r.ok()).isTrue();
        assertThat(transport.count("POST /transactions/deposit")).isEqualTo(2);
        assertThat(transport.count("GET /accounts/A1/transactions")).isEqualTo(1);
    }

    @Test
    void aPostingWhoseAnswerWasLostButWhichWasBookedIsNotSentAgain() throws Exception {
        transport.on("POST /transactions/deposit", timeout())
                .on("GET /accounts/A1/transactions",
                        answer(200, "{\"transactions\":[{\"description\":\"deposit e1\",\"state\":\"completed\"}]}"));
        Caller caller = nexumCaller();
        NexumApi api = new NexumApi(caller, SETTINGS, "");

        Caller.Result r = api.post("deposit", deposit("e1"), "A1", "e1").get(10, TimeUnit.SECONDS);

        assertThat(r.ok()).isTrue();
        assertThat(transport.count("POST /transactions/deposit")).isEqualTo(1);
        assertThat(stats(caller, "deposit").errors().get(EndpointMetrics.TIMEOUT)).isEqualTo(1);
    }

    @Test
    void aTimedOutPostingIsLookedUpTwiceBeforeItIsSentAgain() throws Exception {
        transport.on("POST /transactions/deposit", timeout(), answer(201, BOOKED))
                .always("GET /accounts/A1/transactions", answer(200, "{\"transactions\":[]}"));
        NexumApi api = new NexumApi(nexumCaller(), SETTINGS, "");

        Caller.Result r = api.post("deposit", deposit("e1"), "A1", "e1").get(20, TimeUnit.SECONDS);

        assertThat(r.ok()).isTrue();
        assertThat(transport.count("GET /accounts/A1/transactions")).isEqualTo(2);
        assertThat(transport.count("POST /transactions/deposit")).isEqualTo(2);
    }

    @Test
    void aGatewayTimeoutIsTreatedLikeATimeoutNexumMayStillBeBooking() throws Exception {
        transport.on("POST /transactions/deposit", answer(504, "{\"detail\":\"Gateway Timeout\"}"))
                .on("GET /accounts/A1/transactions", answer(200, "{\"transactions\":[]}"),
                        answer(200, "{\"transactions\":[{\"description\":\"deposit e1\"}]}"));
        NexumApi api = new NexumApi(nexumCaller(), SETTINGS, "");

        Caller.Result r = api.post("deposit", deposit("e1"), "A1", "e1").get(20, TimeUnit.SECONDS);

        assertThat(r.ok()).isTrue();
        assertThat(transport.count("GET /accounts/A1/transactions")).isEqualTo(2);
        assertThat(transport.count("POST /transactions/deposit")).isEqualTo(1);
    }

    @Test
    void eMailsSentToNexumCarryTheRunsTagAsASubAddress() throws Exception {
        transport.always("POST /customers", answer(201, "{\"customer_id\":\"C9\"}"));
        NexumApi api = new NexumApi(nexumCaller(), SETTINGS, "a1b2c3");

        api.createCustomer(new io.bankingsim.connectors.EventFixtures().onboard("c1")).get(10, TimeUnit.SECONDS);

        JsonNode sent = Caller.JSON.readTree(transport.requests.getFirst().body());
        assertThat(sent.get("email").asText()).isEqualTo("c1+a1b2c3@example.com");
        assertThat(NexumApi.newRunTag()).matches("[0-9a-f]{6}");
    }

    @Test
    void aPostingThatCannotBeReconciledIsUncertainNotRepeated() throws Exception {
        transport.on("POST /transactions/deposit", timeout())
                .always("GET /accounts/A1/transactions", refused());
        NexumApi api = new NexumApi(nexumCaller(), SETTINGS, "");

        Caller.Result r = api.post("deposit", deposit("e1"), "A1", "e1").get(20, TimeUnit.SECONDS);

        assertThat(r.kind()).isEqualTo(Caller.Kind.UNCERTAIN);
        assertThat(r.detail()).contains("could not be read");
        assertThat(transport.count("POST /transactions/deposit")).isEqualTo(1);
    }

    @Test
    void aRefusedConnectionIsRetriedEvenForAPostingSinceNothingWasSent() throws Exception {
        transport.on("POST /transactions/deposit", refused(), answer(201, BOOKED));
        NexumApi api = new NexumApi(nexumCaller(), SETTINGS, "");

        Caller.Result r = api.post("deposit", deposit("e1"), "A1", "e1").get(10, TimeUnit.SECONDS);

        assertThat(r.ok()).isTrue();
        assertThat(transport.count("GET /accounts/A1/transactions")).isZero();
    }

    @Test
    void a429IsRetriedAfterRetryAfterAndCountedAsThrottledNotAsAnError() throws Exception {
        transport.on("POST /transactions/deposit", throttled(0), answer(201, BOOKED));
        Caller caller = nexumCaller();
        NexumApi api = new NexumApi(caller, SETTINGS, "");

        Caller.Result r = api.post("deposit", deposit("e1"), "A1", "e1").get(10, TimeUnit.SECONDS);

        assertThat(r.ok()).isTrue();
        EndpointStats s = stats(caller, "deposit");
        assertThat(s.throttled()).isEqualTo(1);
        assertThat(s.errorCount()).isZero();
    }

    @Test
    void throttledOnEveryAttemptEndsThrottled() throws Exception {
        transport.always("POST /transactions/deposit", throttled(0));
        NexumApi api = new NexumApi(nexumCaller(), SETTINGS, "");

        Caller.Result r = api.post("deposit", deposit("e1"), "A1", "e1").get(10, TimeUnit.SECONDS);

        assertThat(r.kind()).isEqualTo(Caller.Kind.THROTTLED);
        assertThat(transport.count("POST /transactions/deposit")).isEqualTo(1 + SETTINGS.maxRetries());
    }

    @Test
    void a401LogsInAgainAndRepeatsTheRequestWithTheNewToken() throws Exception {
        transport.on("POST /rbac/auth/login",
                        answer(200, "{\"access_token\":\"T1\",\"token_type\":\"bearer\",\"expires_at\":\"2999-01-01T00:00:00Z\"}"),
                        answer(200, "{\"access_token\":\"T2\",\"token_type\":\"bearer\",\"expires_at\":\"2999-01-01T00:00:00Z\"}"))
                .on("POST /transactions/deposit", answer(401, "{\"detail\":\"Token expired\"}"), answer(201, BOOKED));
        Caller caller = nexumCaller();
        NexumSession session = new NexumSession(caller, "/rbac/auth/login", "u", "p", InstantSource.system());
        caller.authenticate(session);
        NexumApi api = new NexumApi(caller, SETTINGS, "");

        Caller.Result r = api.post("deposit", deposit("e1"), "A1", "e1").get(10, TimeUnit.SECONDS);

        assertThat(r.ok()).isTrue();
        assertThat(session.logins()).isEqualTo(2);
        assertThat(transport.requests).filteredOn(q -> q.uri().getPath().equals("/transactions/deposit"))
                .extracting(HttpTransport.Request::bearer).containsExactly("T1", "T2");
        assertThat(stats(caller, "deposit").errors().get(EndpointMetrics.UNAUTHORIZED)).isEqualTo(1);
    }

    @Test
    void aTokenIsRenewedAMinuteBeforeItExpiresOrHalfwayWhenItLivesLessThanTwoMinutes() throws Exception {
        transport.on("POST /rbac/auth/login",
                answer(200, "{\"access_token\":\"T1\",\"expires_at\":\"2030-01-01T01:00:00Z\"}"),
                answer(200, "{\"access_token\":\"T2\",\"expires_at\":\"2030-01-01T00:59:30Z\"}"),
                answer(200, "{\"access_token\":\"T3\",\"expires_at\":\"2030-01-02T00:00:00Z\"}"));
        java.util.concurrent.atomic.AtomicReference<java.time.Instant> now =
                new java.util.concurrent.atomic.AtomicReference<>(java.time.Instant.parse("2030-01-01T00:00:00Z"));
        NexumSession session = new NexumSession(nexumCaller(), "/rbac/auth/login", "u", "p", now::get);

        assertThat(session.bearer().get(5, TimeUnit.SECONDS)).isEqualTo("T1");
        now.set(java.time.Instant.parse("2030-01-01T00:58:59Z"));
        assertThat(session.bearer().get(5, TimeUnit.SECONDS)).isEqualTo("T1");
        now.set(java.time.Instant.parse("2030-01-01T00:59:00Z"));
        assertThat(session.bearer().get(5, TimeUnit.SECONDS)).isEqualTo("T2"); // lives 30 s: renewed after 15
        now.set(java.time.Instant.parse("2030-01-01T00:59:14Z"));
        assertThat(session.bearer().get(5, TimeUnit.SECONDS)).isEqualTo("T2");
        now.set(java.time.Instant.parse("2030-01-01T00:59:15Z"));
        assertThat(session.bearer().get(5, TimeUnit.SECONDS)).isEqualTo("T3");
        assertThat(session.logins()).isEqualTo(3);
    }

    @Test
    void anExpiryGivenInEpochSecondsOrWithoutAZoneIsUnderstood() throws Exception {
        transport.on("POST /rbac/auth/login",
                answer(200, "{\"access_token\":\"T1\",\"expires_at\":1893456000}"),
                answer(200, "{\"access_token\":\"T2\",\"expires_at\":\"2030-01-01T00:00:00\"}"));
        java.util.concurrent.atomic.AtomicReference<java.time.Instant> now =
                new java.util.concurrent.atomic.AtomicReference<>(java.time.Instant.parse("2029-12-31T23:00:00Z"));
        NexumSession session = new NexumSession(nexumCaller(), "/rbac/auth/login", "u", "p", now::get);

        assertThat(session.bearer().get(5, TimeUnit.SECONDS)).isEqualTo("T1");
        now.set(java.time.Instant.parse("2029-12-31T23:58:59Z"));
        assertThat(session.bearer().get(5, TimeUnit.SECONDS)).isEqualTo("T1"); // 1893456000 = 2030-01-01T00:00Z
        now.set(java.time.Instant.parse("2029-12-31T23:59:01Z"));
        assertThat(session.bearer().get(5, TimeUnit.SECONDS)).isEqualTo("T2");
        assertThat(session.logins()).isEqualTo(2);
    }

    @Test
    void wrongCredentialsFailWithAMessageNamingTheUserAndTheVariables() {
        transport.always("POST /rbac/auth/login", answer(401, "{\"detail\":\"Invalid credentials\"}"));
        Caller caller = nexumCaller();
        NexumSession session = new NexumSession(caller, "/rbac/auth/login", "mallory", "x", InstantSource.system());

        assertThat(session.bearer()).failsWithin(5, TimeUnit.SECONDS).withThrowableThat()
                .withMessageContaining("refused the log-in of user 'mallory'")
                .withMessageContaining("Invalid credentials").withMessageContaining("NEXUM_USERNAME");
    }

    @Test
    void aCreationAnswered5xxIsRepeatedWithinTheBudget() throws Exception {
        transport.on("POST /customers", answer(503, "{}"), answer(201, "{\"customer_id\":\"C9\"}"));
        Caller caller = nexumCaller();

        Caller.Result r = new NexumApi(caller, SETTINGS, "").createCustomer(
                new io.bankingsim.connectors.EventFixtures().onboard("c1")).get(10, TimeUnit.SECONDS);

        assertThat(r.ok()).isTrue();
        assertThat(r.body().path("customer_id").asText()).isEqualTo("C9");
    }
}
