package io.bankingsim.connectors.http;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** A dead backend is probed, not hammered; deliveries wait for it, within the outage budget. */
class CircuitBreakerTest {

    @Test
    void opensAfterRepeatedFailuresAndReleasesTheWaitersWhenAProbeSucceeds() throws Exception {
        AtomicBoolean up = new AtomicBoolean(false);
        AtomicInteger probes = new AtomicInteger();
        CircuitBreaker breaker = new CircuitBreaker("Nexum at http://x", 60, () -> {
            probes.incrementAndGet();
            return CompletableFuture.completedFuture(up.get());
        });
        for (int i = 0; i < CircuitBreaker.THRESHOLD - 1; i++) {
            breaker.failure();
        }
        assertThat(breaker.ready()).isDone();

        breaker.failure();
        CompletableFuture<Void> waiting = breaker.ready();

        assertThat(breaker.isOpen()).isTrue();
        assertThat(waiting).isNotDone();
        up.set(true);
        waiting.get(10, TimeUnit.SECONDS);
        assertThat(breaker.isOpen()).isFalse();
        assertThat(probes.get()).isGreaterThanOrEqualTo(1);
        assertThat(breaker.timesOpened()).isEqualTo(1);
    }

    @Test
    void anAnswerInBetweenResetsTheCount() {
        CircuitBreaker breaker = new CircuitBreaker("Bastion", 60, () -> CompletableFuture.completedFuture(false));
        for (int i = 0; i < 3 * CircuitBreaker.THRESHOLD; i++) {
            if (i % (CircuitBreaker.THRESHOLD - 1) == 0) {
                breaker.success();
            }
            breaker.failure();
        }
        assertThat(breaker.isOpen()).isFalse();
    }

    @Test
    void afterTheOutageBudgetWaitersFailWithAMessageNamingTheBackend() {
        CircuitBreaker breaker = new CircuitBreaker("Nexum at http://nexum.test", 0,
                () -> CompletableFuture.completedFuture(false));
        for (int i = 0; i < CircuitBreaker.THRESHOLD; i++) {
            breaker.failure();
        }

        assertThat(breaker.ready()).failsWithin(10, TimeUnit.SECONDS).withThrowableThat()
                .withMessageContaining("Nexum at http://nexum.test has not answered");
        assertThat(breaker.ready()).isCompletedExceptionally();
    }
}
