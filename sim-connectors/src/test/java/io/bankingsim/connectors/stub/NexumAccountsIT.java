package io.bankingsim.connectors.stub;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** POST /accounts and GET /accounts/{id}. */
class NexumAccountsIT {

    private final TestClock clock = new TestClock();
    private final RunningNexum nexum = RunningNexum.start(NexumStub.Options.builder().clock(clock));
    private final StubClient client = nexum.client;

    @AfterEach
    void stop() {
        nexum.close();
    }

    @Test
    void openedAccountIsReadBackWithItsBalances() {
        String customer = nexum.bank.customer();
        StubClient.Answer opened = client.post("/accounts", Map.of("customer_id", customer,
                "product_type", "credit_line", "currency", "EUR", "name", "Card", "credit_limit", "500",
                "daily_transaction_limit", 2000));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        assertThat(opened.json().get("message").asText()).isEqualTo("Account created");
        assertThat(opened.json().get("account_number").asText()).matches("\\d{10}");
        String id = opened.json().get("account_id").asText();

        StubClient.Answer a = client.get("/accounts/" + id);

        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().get("id").asText()).isEqualTo(id);
        assertThat(a.json().get("account_number").asText()).isEqualTo(opened.json().get("account_number").asText());
        assertThat(a.json().get("customer_id").asText()).isEqualTo(customer);
        assertThat(a.json().get("product_type").asText()).isEqualTo("credit_line");
        assertThat(a.json().get("currency").asText()).isEqualTo("EUR");
        assertThat(a.json().get("name").asText()).isEqualTo("Card");
        assertThat(a.json().get("state").asText()).isEqualTo("active");
        assertThat(a.json().get("book_balance").toString()).isEqualTo("{\"amount\":\"0.00\",\"currency\":\"EUR\"}");
        assertThat(a.json().get("available_balance").toString())
                .isEqualTo("{\"amount\":\"500.00\",\"currency\":\"EUR\"}");
        assertThat(a.json().get("created_at").asText()).isEqualTo("2025-03-01T12:00:00Z");
        assertThat(nexum.ledger().creditLimit(id)).isEqualByComparingTo(new BigDecimal("500"));
        assertThat(nexum.ledger().accountIds()).containsExactly(id);
    }

    @Test
    void accountOfAnUnknownCustomerIs404() {
        StubClient.Answer a = client.post("/accounts", Map.of("customer_id", "nobody", "product_type", "savings",
                "currency", "USD", "name", "Savings"));

        assertThat(a.status()).isEqualTo(404);
        assertThat(a.detail()).isEqualTo("Customer not found");
    }

    @Test
    void badProductCurrencyOrLimitIs422() {
        String customer = nexum.bank.customer();

        StubClient.Answer a = client.post("/accounts", Map.of("customer_id", customer, "product_type", "gold",
                "currency", "XYZ", "name", "Savings", "credit_limit", "-1"));

        assertThat(a.status()).isEqualTo(422);
        assertThat(NexumCustomersIT.locations(a)).containsExactly("body.product_type", "body.currency",
                "body.credit_limit");
        assertThat(nexum.ledger().accountIds()).isEmpty();
    }

    @Test
    void unknownAccountIs404() {
        StubClient.Answer a = client.get("/accounts/nope");

        assertThat(a.status()).isEqualTo(404);
        assertThat(a.detail()).isEqualTo("Account not found");
    }
}
