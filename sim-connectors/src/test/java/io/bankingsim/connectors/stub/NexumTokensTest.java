package io.bankingsim.connectors.stub;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** HS256 tokens: signed with a secret from the seed, expiring on the injected clock. */
class NexumTokensTest {

    private final TestClock clock = new TestClock();
    private final NexumTokens tokens = new NexumTokens(42, Duration.ofHours(1), clock);

    @Test
    void freshTokenIsValidUntilItsExpiry() {
        NexumTokens.Issued issued = tokens.issue("simulator");

        assertThat(issued.expiresAt()).isEqualTo(Instant.parse("2025-03-01T13:00:00Z"));
        assertThat(tokens.verify(issued.token())).isNull();
        clock.advance(Duration.ofMinutes(59).plusSeconds(59));
        assertThat(tokens.verify(issued.token())).isNull();
        clock.advance(Duration.ofSeconds(1));
        assertThat(tokens.verify(issued.token())).isEqualTo(NexumTokens.EXPIRED);
    }

    @Test
    void sameSeedAcceptsTheTokenOtherSeedsDoNot() {
        String token = tokens.issue("simulator").token();

        assertThat(new NexumTokens(42, Duration.ofHours(1), clock).verify(token)).isNull();
        assertThat(new NexumTokens(43, Duration.ofHours(1), clock).verify(token)).isEqualTo(NexumTokens.INVALID);
    }

    @Test
    void expireAllExpiresOnlyTokensIssuedBefore() {
        String old = tokens.issue("simulator").token();
        tokens.expireAll();
        String fresh = tokens.issue("simulator").token();

        assertThat(tokens.verify(old)).isEqualTo(NexumTokens.EXPIRED);
        assertThat(tokens.verify(fresh)).isNull();
    }

    @Test
    void garbageIsInvalid() {
        assertThat(tokens.verify("")).isEqualTo(NexumTokens.INVALID);
        assertThat(tokens.verify("a.b.c")).isEqualTo(NexumTokens.INVALID);
        assertThat(tokens.verify("a.b")).isEqualTo(NexumTokens.INVALID);
    }
}
