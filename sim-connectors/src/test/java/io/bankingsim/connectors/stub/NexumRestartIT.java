package io.bankingsim.connectors.stub;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A Nexum stub killed and started again on the same port and ledger: the database survives. */
class NexumRestartIT {

    @Test
    void restartOnTheSameLedgerKeepsBalancesAndTokens() {
        NexumStub.Options options = NexumStub.Options.builder().port(0).seed(3).build();
        NexumLedger ledger = new NexumLedger(3);
        String account;
        int port;
        String token;
        try (RunningNexum first = RunningNexum.start(options, ledger)) {
            account = first.bank.account("USD");
            first.bank.deposit(account, "42.00", "USD", "before the crash");
            port = first.stub.port();
            token = first.client.login("simulator", "simulator").json().get("access_token").asText();
        }

        NexumStub.Options samePort = options.toBuilder().port(port).build();
        try (NexumStub second = new NexumStub(samePort, ledger).start();
             StubClient client = new StubClient(second.url()).token(token)) {
            StubClient.Answer read = client.get("/accounts/" + account);

            assertThat(second.port()).isEqualTo(port);
            assertThat(read.status()).as(read.toString()).isEqualTo(200);
            assertThat(read.json().get("book_balance").get("amount").asText()).isEqualTo("42.00");
            assertThat(second.requestCounts()).containsEntry("account", 1L).containsEntry("deposit", 0L);
        }
    }
}
