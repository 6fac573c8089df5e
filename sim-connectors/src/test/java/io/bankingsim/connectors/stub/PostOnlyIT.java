package io.bankingsim.connectors.stub;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** post_only: Nexum asks Bastion before posting, and a decline comes back as a 400 that posts nothing. */
class PostOnlyIT {

    @Test
    void declinedTransferIsBlockedAndNotPosted() {
        try (StubServers stubs = StubServers.start(NexumStub.Options.builder().port(0).build(),
                BastionStub.Options.builder().port(0).build(), true);
             StubClient client = new StubClient(stubs.nexum().url())) {
            client.login("simulator", "simulator");
            NexumClient bank = new NexumClient(client);
            String from = bank.account("USD");
            String to = bank.account("USD");
            bank.deposit(from, "100.00", "USD", "seed");
            List<StubClient.Answer> answers = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                answers.add(bank.transfer(from, to, "2.00", "USD", "evt-" + i));
            }

            // Micro amounts from the 3rd transfer (REVIEW: posted); the 7th is the 8th scored
            // posting on the account within 10 minutes (the deposit counts): velocity too, DECLINE.
            assertThat(answers.subList(0, 6)).allSatisfy(a -> assertThat(a.status()).isEqualTo(201));
            assertThat(answers.get(6).status()).isEqualTo(400);
            assertThat(answers.get(6).detail()).isEqualTo("Blocked by fraud detection");
            assertThat(stubs.nexum().ledger().balance(to)).isEqualByComparingTo("12.00");
            assertThat(stubs.nexum().ledger().transactions(from)).hasSize(7);
            assertThat(stubs.bastion().requestCounts()).containsEntry("score", 8L);
            JsonNode asked = stubs.bastion().scoreRequests().get(7);
            assertThat(asked.get("metadata").get("transaction_type").asText()).isEqualTo("transfer_out");
            assertThat(asked.get("metadata").get("account_id").asText()).isEqualTo(from);
            assertThat(asked.get("cif_id").asText()).isNotBlank();
        }
    }

    @Test
    void unreachableBastionMeansNoPosting() {
        BastionStub bastion = new BastionStub(BastionStub.Options.builder().port(0).build()).start();
        java.net.URI gone = bastion.url();
        bastion.close();
        try (RunningNexum nexum = RunningNexum.start(NexumStub.Options.builder().bastionUrl(gone))) {
            String account = nexum.bank.account("USD");

            StubClient.Answer a = nexum.bank.deposit(account, "1.00", "USD", "x");

            assertThat(a.status()).isEqualTo(503);
            assertThat(a.detail()).isEqualTo("Fraud detection unavailable");
            assertThat(nexum.ledger().transactions(account)).isEmpty();
        }
    }
}
