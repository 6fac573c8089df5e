package io.bankingsim.connectors.stub;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Injected faults: 503s that change nothing, and hangs that lose either the request or the answer. */
class NexumFaultsIT {

    /** A ledger with one account holding 100.00 USD, made by a stub without faults. */
    private static String fundedAccount(NexumLedger ledger) {
        try (RunningNexum setup = RunningNexum.start(NexumStub.Options.builder().port(0).build(), ledger)) {
            String account = setup.bank.account("USD");
            setup.bank.deposit(account, "100.00", "USD", "seed");
            return account;
        }
    }

    @Test
    void errorRateOneAnswers503ToEverythingAndChangesNothing() {
        NexumLedger ledger = new NexumLedger();
        String account = fundedAccount(ledger);

        try (RunningNexum nexum = RunningNexum.start(NexumStub.Options.builder().port(0).errorRate(1.0).build(),
                ledger)) {
            StubClient.Answer deposit = nexum.bank.deposit(account, "5.00", "USD", "x");
            StubClient.Answer read = nexum.client.get("/accounts/" + account);

            assertThat(deposit.status()).isEqualTo(503);
            assertThat(deposit.detail()).isEqualTo("Injected fault");
            assertThat(read.status()).isEqualTo(503);
            assertThat(nexum.client.get("/health").status()).isEqualTo(200);
            assertThat(nexum.stub.requestCounts()).containsEntry("deposit", 1L).containsEntry("nexum_login", 1L);
            assertThat(nexum.stub.responseCounts()).containsEntry("deposit 503", 1L)
                    .containsEntry("nexum_login 200", 1L);
        }
        assertThat(ledger.balance(account)).isEqualByComparingTo("100.00");
        assertThat(ledger.transactions(account)).hasSize(1);
    }

    @Test
    void timeoutsEitherLoseTheAnswerAfterPostingOrLoseTheRequest() {
        NexumLedger ledger = new NexumLedger();
        String account = fundedAccount(ledger);
        List<Integer> statuses = new ArrayList<>();
        try (RunningNexum nexum = RunningNexum.start(NexumStub.Options.builder().port(0).timeoutRate(1.0)
                .hangMs(100).seed(7).build(), ledger)) {
            for (int i = 0; i < 8; i++) {
                long start = System.nanoTime();
                statuses.add(nexum.bank.deposit(account, "1.00", "USD", "evt-" + i).status());
                assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(100));
            }
        }

        long posted = statuses.stream().filter(s -> s == 201).count();
        assertThat(statuses).containsOnly(201, 504).contains(201, 504);
        assertThat(ledger.transactions(account)).hasSize(1 + (int) posted);
        assertThat(ledger.balance(account)).isEqualByComparingTo(BigDecimal.valueOf(100 + posted));
    }

    @Test
    void sameSeedGivesTheSameFaultsInArrivalOrder() {
        assertThat(faultSequence(11)).isEqualTo(faultSequence(11));
    }

    private static List<Integer> faultSequence(long seed) {
        List<Integer> statuses = new ArrayList<>();
        try (RunningNexum nexum = RunningNexum.start(NexumStub.Options.builder().auth(false).errorRate(0.5)
                .seed(seed))) {
            for (int i = 0; i < 12; i++) {
                statuses.add(nexum.client.get("/accounts/x").status());
            }
        }
        assertThat(statuses).containsOnly(404, 503);
        return statuses;
    }

    @Test
    void latencyIsAddedBeforeTheAnswer() {
        try (RunningNexum nexum = RunningNexum.start(NexumStub.Options.builder().latencyMs(150))) {
            long start = System.nanoTime();
            assertThat(nexum.client.get("/accounts/x").status()).isEqualTo(404);
            assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(150));
        }
    }

    @Test
    void closingEndsAHangAtOnce() throws Exception {
        RunningNexum nexum = RunningNexum.start(NexumStub.Options.builder().auth(false).timeoutRate(1.0)
                .hangMs(60_000));
        CompletableFuture<StubClient.Answer> hanging = CompletableFuture.supplyAsync(
                () -> nexum.client.get("/accounts/x"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (nexum.stub.requestCounts().get("account") == 0 && System.nanoTime() < deadline) {
            Thread.sleep(1); // polls for the request to arrive; the hang itself lasts a minute
        }

        long start = System.nanoTime();
        nexum.close();

        assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(5));
        try {
            hanging.get(5, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            // The connection may be cut instead of answered: either way the hang is over.
        }
    }
}
