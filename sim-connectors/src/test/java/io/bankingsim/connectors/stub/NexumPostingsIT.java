package io.bankingsim.connectors.stub;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Deposits, withdrawals and transfers: their answers, business errors and the ledger they leave. */
class NexumPostingsIT {

    private final RunningNexum nexum = RunningNexum.start(NexumStub.Options.builder());
    private final NexumClient bank = nexum.bank;
    private final NexumLedger ledger = nexum.ledger();

    @AfterEach
    void stop() {
        nexum.close();
    }

    @Test
    void depositIsCompletedAndCredited() {
        String account = bank.account("USD");

        StubClient.Answer a = bank.deposit(account, "100.50", "USD", "salary");

        assertThat(a.status()).as(a.toString()).isEqualTo(201);
        assertThat(a.json().get("state").asText()).isEqualTo("completed");
        assertThat(a.json().get("transaction_id").asText()).isNotBlank();
        assertThat(a.json().get("message").asText()).isNotBlank();
        assertThat(ledger.balance(account)).isEqualByComparingTo("100.50");
    }

    @Test
    void amountMayBeAJsonNumber() {
        String account = bank.account("USD");

        StubClient.Answer a = nexum.client.post("/transactions/deposit", Map.of("account_id", account,
                "amount", Map.of("amount", 12.5, "currency", "USD"), "description", "d", "channel", "mobile"));

        assertThat(a.status()).isEqualTo(201);
        assertThat(ledger.balance(account)).isEqualByComparingTo("12.50");
    }

    @Test
    void withdrawalBeyondBalanceIsInsufficientFunds() {
        String account = bank.account("USD");
        bank.deposit(account, "50.00", "USD", "cash");

        StubClient.Answer a = bank.withdraw(account, "50.01", "USD", "atm");

        assertThat(a.status()).isEqualTo(400);
        assertThat(a.detail()).isEqualTo("Insufficient funds");
        assertThat(ledger.balance(account)).isEqualByComparingTo("50.00");
        assertThat(bank.withdraw(account, "50.00", "USD", "atm").status()).isEqualTo(201);
        assertThat(ledger.balance(account)).isEqualByComparingTo("0");
    }

    @Test
    void creditLimitMayBeDrawnButNotExceeded() {
        String account = bank.account(bank.customer(), "USD", "300.00");

        assertThat(bank.withdraw(account, "300.00", "USD", "card").status()).isEqualTo(201);
        assertThat(bank.withdraw(account, "0.01", "USD", "card").detail()).isEqualTo("Insufficient funds");
        JsonNode read = nexum.client.get("/accounts/" + account).json();
        assertThat(read.get("book_balance").get("amount").asText()).isEqualTo("-300.00");
        assertThat(read.get("available_balance").get("amount").asText()).isEqualTo("0.00");
    }

    @Test
    void transferConservesMoney() {
        String from = bank.account("USD");
        String to = bank.account("USD");
        bank.deposit(from, "80.00", "USD", "seed");

        StubClient.Answer a = bank.transfer(from, to, "30.25", "USD", "rent");

        assertThat(a.status()).isEqualTo(201);
        assertThat(ledger.balance(from)).isEqualByComparingTo("49.75");
        assertThat(ledger.balance(to)).isEqualByComparingTo("30.25");
        assertThat(ledger.total("USD")).isEqualByComparingTo("80.00");
        assertThat(bank.transfer(from, to, "49.76", "USD", "too much").detail()).isEqualTo("Insufficient funds");
        assertThat(ledger.total("USD")).isEqualByComparingTo("80.00");
    }

    @Test
    void currencyOtherThanTheAccountsIsAMismatch() {
        String usd = bank.account("USD");
        String eur = bank.account("EUR");
        bank.deposit(usd, "10.00", "USD", "seed");

        assertThat(bank.deposit(usd, "1.00", "EUR", "x").detail()).isEqualTo("Currency mismatch");
        assertThat(bank.transfer(usd, eur, "1.00", "USD", "x").detail()).isEqualTo("Currency mismatch");
        assertThat(bank.transfer(usd, eur, "1.00", "USD", "x").status()).isEqualTo(400);
    }

    @Test
    void unknownAccountIs404() {
        String account = bank.account("USD");

        assertThat(bank.deposit("nope", "1.00", "USD", "x").status()).isEqualTo(404);
        assertThat(bank.withdraw("nope", "1.00", "USD", "x").detail()).isEqualTo("Account not found");
        assertThat(bank.transfer(account, "nope", "1.00", "USD", "x").detail()).isEqualTo("Account not found");
    }

    @Test
    void nonPositiveAmountTooManyDecimalsAndBadChannelAre422() {
        String account = bank.account("USD");

        StubClient.Answer zero = bank.deposit(account, "0", "USD", "x");
        StubClient.Answer cents = bank.deposit(account, "1.001", "USD", "x");
        StubClient.Answer channel = nexum.client.post("/transactions/deposit", Map.of("account_id", account,
                "amount", NexumClient.money("1.00", "USD"), "description", "x", "channel", "teller"));

        assertThat(zero.status()).isEqualTo(422);
        assertThat(NexumCustomersIT.locations(zero)).containsExactly("body.amount.amount");
        assertThat(NexumCustomersIT.locations(cents)).containsExactly("body.amount.amount");
        assertThat(NexumCustomersIT.locations(channel)).containsExactly("body.channel");
        assertThat(channel.json().get("detail").get(0).get("msg").asText())
                .isEqualTo("Input should be 'atm', 'branch', 'online', 'mobile', 'api' or 'system'");
        assertThat(ledger.transactions(account)).isEmpty();
    }

    @Test
    void transactionListIsNewestFirstWithDescriptionsVerbatim() {
        String a = bank.account("USD");
        String b = bank.account("USD");
        bank.deposit(a, "100.00", "USD", "sim:evt-1 salary");
        bank.withdraw(a, "20.00", "USD", "sim:evt-2 cash");
        String transfer = bank.transfer(a, b, "5.00", "USD", "sim:evt-3 \"quoted\" ü").json()
                .get("transaction_id").asText();

        JsonNode list = nexum.client.get("/accounts/" + a + "/transactions").json().get("transactions");

        assertThat(list).hasSize(3);
        assertThat(list.get(0).get("id").asText()).isEqualTo(transfer);
        assertThat(list.get(0).get("transaction_type").asText()).isEqualTo("transfer_out");
        assertThat(list.get(0).get("description").asText()).isEqualTo("sim:evt-3 \"quoted\" ü");
        assertThat(list.get(0).get("amount").toString()).isEqualTo("{\"amount\":\"5.00\",\"currency\":\"USD\"}");
        assertThat(list.get(0).get("state").asText()).isEqualTo("completed");
        assertThat(list.get(0).has("created_at")).isTrue();
        assertThat(list.get(0).has("processed_at")).isTrue();
        assertThat(list.get(0).has("reference")).isFalse();
        assertThat(list.get(1).get("transaction_type").asText()).isEqualTo("withdrawal");
        assertThat(list.get(2).get("transaction_type").asText()).isEqualTo("deposit");
        assertThat(list.get(2).get("description").asText()).isEqualTo("sim:evt-1 salary");
        JsonNode other = nexum.client.get("/accounts/" + b + "/transactions").json().get("transactions");
        assertThat(other.get(0).get("transaction_type").asText()).isEqualTo("transfer_in");
        assertThat(other.get(0).get("id").asText()).isEqualTo(transfer);
    }

    @Test
    void limitCutsTheListAndIsChecked() {
        String a = bank.account("USD");
        for (int i = 1; i <= 3; i++) {
            bank.deposit(a, i + ".00", "USD", "d" + i);
        }

        JsonNode two = nexum.client.get("/accounts/" + a + "/transactions?limit=2").json().get("transactions");

        assertThat(two).hasSize(2);
        assertThat(two.get(0).get("description").asText()).isEqualTo("d3");
        assertThat(nexum.client.get("/accounts/" + a + "/transactions?limit=501").status()).isEqualTo(422);
        assertThat(nexum.client.get("/accounts/" + a + "/transactions?limit=0").status()).isEqualTo(422);
        assertThat(nexum.client.get("/accounts/" + a + "/transactions?limit=ten").status()).isEqualTo(422);
        assertThat(nexum.client.get("/accounts/nope/transactions").status()).isEqualTo(404);
    }

    @Test
    void sameReferenceTwiceIsPostedTwice() {
        String a = bank.account("USD");
        Map<String, Object> body = Map.of("account_id", a, "amount", NexumClient.money("7.00", "USD"),
                "description", "d", "channel", "api", "reference", "ref-1");

        nexum.client.post("/transactions/deposit", body);
        nexum.client.post("/transactions/deposit", body);

        assertThat(ledger.balance(a)).isEqualByComparingTo(new BigDecimal("14.00"));
        assertThat(ledger.transactions(a)).extracting(NexumLedger.Entry::reference).containsExactly("ref-1", "ref-1");
    }
}
