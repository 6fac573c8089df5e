package io.bankingsim.connectors.stub;

import java.util.LinkedHashMap;
import java.util.Map;

/** The few Nexum calls most tests need to set up a bank, on a logged-in {@link StubClient}. */
final class NexumClient {

    private final StubClient client;
    private int customers;

    NexumClient(StubClient client) {
        this.client = client;
    }

    String customer() {
        customers++;
        StubClient.Answer a = client.post("/customers", Map.of("first_name", "Ada", "last_name", "Lovelace",
                "email", "ada" + customers + "." + System.identityHashCode(this) + "@example.com"));
        return id(a, "customer_id");
    }

    String account(String customer, String currency, String creditLimit) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("customer_id", customer, "product_type", "checking",
                "currency", currency, "name", "Everyday"));
        if (creditLimit != null) {
            body.put("credit_limit", creditLimit);
        }
        return id(client.post("/accounts", body), "account_id");
    }

    String account(String currency) {
        return account(customer(), currency, null);
    }

    StubClient.Answer deposit(String account, String amount, String currency, String description) {
        return client.post("/transactions/deposit", Map.of("account_id", account, "amount", money(amount, currency),
                "description", description, "channel", "branch"));
    }

    StubClient.Answer withdraw(String account, String amount, String currency, String description) {
        return client.post("/transactions/withdraw", Map.of("account_id", account, "amount", money(amount, currency),
                "description", description, "channel", "atm"));
    }

    StubClient.Answer transfer(String from, String to, String amount, String currency, String description) {
        return client.post("/transactions/transfer", Map.of("from_account_id", from, "to_account_id", to,
                "amount", money(amount, currency), "description", description, "channel", "online"));
    }

    static Map<String, String> money(String amount, String currency) {
        return Map.of("amount", amount, "currency", currency);
    }

    private static String id(StubClient.Answer a, String field) {
        if (a.status() != 201) {
            throw new AssertionError("expected 201, got " + a);
        }
        return a.json().get(field).asText();
    }
}
