package io.bankingsim.connectors.stub;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Nexum's login, bearer tokens and their expiry, as the real API does them. */
class NexumAuthIT {

    private final TestClock clock = new TestClock();
    private NexumStub nexum;
    private StubClient client;

    private StubClient start(NexumStub.Options.Builder options) {
        nexum = new NexumStub(options.port(0).clock(clock).build()).start();
        client = new StubClient(nexum.url());
        return client;
    }

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        if (nexum != null) {
            nexum.close();
        }
    }

    @Test
    void healthNeedsNoToken() {
        StubClient.Answer a = start(NexumStub.Options.builder()).get("/health");

        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().get("status").asText()).isEqualTo("healthy");
        assertThat(a.json().get("timestamp").asText()).isEqualTo("2025-03-01T12:00:00Z");
    }

    @Test
    void loginAnswersASignedJwtValidFor24Hours() throws Exception {
        StubClient.Answer a = start(NexumStub.Options.builder()).login("simulator", "simulator");

        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().get("token_type").asText()).isEqualTo("bearer");
        assertThat(a.json().get("expires_at").asText()).isEqualTo("2025-03-02T12:00:00Z");
        assertThat(a.json().get("user").get("username").asText()).isEqualTo("simulator");
        String[] parts = a.json().get("access_token").asText().split("\\.");
        assertThat(parts).hasSize(3);
        JsonNode header = StubClient.JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
        JsonNode claims = StubClient.JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertThat(header.get("alg").asText()).isEqualTo("HS256");
        assertThat(claims.get("sub").asText()).isEqualTo("simulator");
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(86_400);
    }

    @Test
    void wrongCredentialsAre401() {
        StubClient.Answer a = start(NexumStub.Options.builder()).login("simulator", "guess");

        assertThat(a.status()).isEqualTo(401);
        assertThat(a.detail()).isEqualTo("Invalid credentials");
    }

    @Test
    void loginWithoutPasswordIs422() {
        StubClient.Answer a = start(NexumStub.Options.builder()).post("/rbac/auth/login", Map.of("username", "x"));

        assertThat(a.status()).isEqualTo(422);
        assertThat(a.json().get("detail").get(0).get("loc").toString()).isEqualTo("[\"body\",\"password\"]");
        assertThat(a.json().get("detail").get(0).get("type").asText()).isEqualTo("missing");
    }

    @Test
    void missingTokenIsNotAuthenticated() {
        StubClient.Answer a = start(NexumStub.Options.builder()).get("/accounts/x");

        assertThat(a.status()).isEqualTo(401);
        assertThat(a.detail()).isEqualTo("Not authenticated");
        assertThat(a.header("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @Test
    void tamperedTokenIsInvalid() {
        start(NexumStub.Options.builder()).login("simulator", "simulator");
        String token = nexumToken();
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"sub\":\"admin\",\"iat\":0,\"exp\":9999999999,\"jti\":\"1\"}".getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];

        assertThat(client.token(forged).get("/accounts/x").detail()).isEqualTo("Invalid token");
        assertThat(client.token("not-a-jwt").get("/accounts/x").detail()).isEqualTo("Invalid token");
    }

    @Test
    void tokenExpiresAfterItsTtlOnTheInjectedClock() {
        start(NexumStub.Options.builder().tokenTtl(Duration.ofMinutes(30))).login("simulator", "simulator");

        clock.advance(Duration.ofMinutes(29));
        assertThat(client.get("/accounts/x").status()).isEqualTo(404);
        clock.advance(Duration.ofMinutes(1));
        StubClient.Answer a = client.get("/accounts/x");

        assertThat(a.status()).isEqualTo(401);
        assertThat(a.detail()).isEqualTo("Token expired");
    }

    @Test
    void expireTokensForcesALoginAgain() {
        start(NexumStub.Options.builder()).login("simulator", "simulator");

        nexum.expireTokens();

        assertThat(client.get("/accounts/x").detail()).isEqualTo("Token expired");
        assertThat(client.login("simulator", "simulator").status()).isEqualTo(200);
        assertThat(client.get("/accounts/x").status()).isEqualTo(404);
    }

    @Test
    void configuredCredentialsAreTheOnlyOnes() {
        start(NexumStub.Options.builder().username("teller").password("s3cret"));

        assertThat(client.login("simulator", "simulator").status()).isEqualTo(401);
        assertThat(client.login("teller", "s3cret").status()).isEqualTo(200);
    }

    @Test
    void withAuthOffNoTokenIsNeeded() {
        StubClient c = start(NexumStub.Options.builder().auth(false));

        assertThat(c.get("/accounts/x").status()).isEqualTo(404);
        assertThat(c.token("garbage").get("/accounts/x").status()).isEqualTo(404);
        assertThat(c.login("anyone", "anything").status()).isEqualTo(200);
    }

    @Test
    void unknownPathIsFastApisNotFound() {
        StubClient.Answer a = start(NexumStub.Options.builder()).get("/nope");

        assertThat(a.status()).isEqualTo(404);
        assertThat(a.detail()).isEqualTo("Not Found");
    }

    @Test
    void everyEndpointIsCountedFromZeroRefusalsIncluded() {
        start(NexumStub.Options.builder()).get("/health");
        client.get("/accounts/x");

        assertThat(nexum.requestCounts()).containsOnlyKeys(NexumStub.ENDPOINTS).containsEntry("nexum_health", 1L)
                .containsEntry("account", 1L).containsEntry("deposit", 0L);
        assertThat(nexum.responseCounts()).containsEntry("account 401", 1L).containsEntry("nexum_health 200", 1L);
    }

    private String nexumToken() {
        return client.login("simulator", "simulator").json().get("access_token").asText();
    }
}
