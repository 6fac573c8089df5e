package io.bankingsim.connectors.stub;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The fixed 60-second window per client, opened by the client's first request. */
class RateLimiterTest {

    private final TestClock clock = new TestClock();
    private final RateLimiter limiter = new RateLimiter(2, clock);

    @Test
    void limitIsPerClientAndPerWindow() {
        assertThat(limiter.acquire("10.0.0.1")).isZero();
        clock.advance(Duration.ofSeconds(10));
        assertThat(limiter.acquire("10.0.0.1")).isZero();
        assertThat(limiter.acquire("10.0.0.2")).isZero();

        assertThat(limiter.acquire("10.0.0.1")).isEqualTo(50);
        clock.advance(Duration.ofMillis(49_001));
        assertThat(limiter.acquire("10.0.0.1")).isEqualTo(1);
        clock.advance(Duration.ofMillis(999));
        assertThat(limiter.acquire("10.0.0.1")).isZero();
    }

    @Test
    void refusedRequestsDoNotCount() {
        limiter.acquire("c");
        limiter.acquire("c");
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.acquire("c")).isEqualTo(60);
        }
        clock.advance(Duration.ofSeconds(60));

        assertThat(limiter.acquire("c")).isZero();
        assertThat(limiter.acquire("c")).isZero();
    }
}
