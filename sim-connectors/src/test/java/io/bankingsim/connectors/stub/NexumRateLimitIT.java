package io.bankingsim.connectors.stub;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-IP rate limit: a fixed 60-second window that opens with the first request, on the injected clock. */
class NexumRateLimitIT {

    private final TestClock clock = new TestClock();
    private final RunningNexum nexum = RunningNexum.start(NexumStub.Options.builder().clock(clock)
            .rateLimitPerMinute(3));

    @AfterEach
    void stop() {
        nexum.close();
    }

    @Test
    void requestOverTheLimitIs429WithRetryAfter() {
        // The login was the first request of the window.
        assertThat(nexum.client.get("/accounts/x").status()).isEqualTo(404);
        assertThat(nexum.client.get("/accounts/x").status()).isEqualTo(404);

        StubClient.Answer refused = nexum.client.get("/accounts/x");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.detail()).isEqualTo("Rate limit exceeded");
        assertThat(refused.header("Retry-After")).isEqualTo("60");
    }

    @Test
    void retryAfterCountsDownAndTheNextWindowLetsRequestsThrough() {
        nexum.client.get("/accounts/x");
        nexum.client.get("/accounts/x");

        clock.advance(Duration.ofMillis(44_500));
        assertThat(nexum.client.get("/accounts/x").header("Retry-After")).isEqualTo("16");
        clock.advance(Duration.ofMillis(15_500));

        assertThat(nexum.client.get("/accounts/x").status()).isEqualTo(404);
    }

    @Test
    void healthIsNeverLimited() {
        nexum.client.get("/accounts/x");
        nexum.client.get("/accounts/x");

        for (int i = 0; i < 5; i++) {
            assertThat(nexum.client.get("/health").status()).isEqualTo(200);
        }
        assertThat(nexum.client.get("/accounts/x").status()).isEqualTo(429);
    }

    @Test
    void refusedRequestsAreCounted() {
        nexum.client.get("/accounts/x");
        nexum.client.get("/accounts/x");
        nexum.client.get("/accounts/x");

        assertThat(nexum.stub.requestCounts()).containsEntry("account", 3L).containsEntry("nexum_login", 1L);
        assertThat(nexum.stub.responseCounts()).containsEntry("account 404", 2L).containsEntry("account 429", 1L);
    }
}
