package io.bankingsim.connectors.stub;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** POST /score and /score/batch: the answer's fields, the rules, batch order and the request capture. */
class BastionScoreIT {

    private static final long NINE_AM = 1_740_819_600L; // 2025-03-01T09:00:00Z

    private final List<JsonNode> heard = new CopyOnWriteArrayList<>();
    private final BastionStub bastion = new BastionStub(BastionStub.Options.builder().port(0)
            .scoreListener(heard::add).build()).start();
    private final StubClient client = new StubClient(bastion.url());

    @AfterEach
    void stop() {
        client.close();
        bastion.close();
    }

    static Map<String, Object> transaction(String id, String account, Object amount, long timestamp) {
        Map<String, Object> tx = new LinkedHashMap<>();
        tx.put("transaction_id", id);
        tx.put("cif_id", "cust-1");
        tx.put("amount", amount);
        tx.put("currency", "USD");
        tx.put("merchant_id", "m-1");
        tx.put("merchant_category", "5411");
        tx.put("channel", "api");
        tx.put("country", "US");
        tx.put("timestamp", timestamp);
        tx.put("metadata", Map.of("event_type", "transaction", "transaction_type", "card_purchase",
                "account_id", account, "device_id", "dev-1", "channel_detail", "card_present",
                "something_new", List.of(1, 2)));
        return tx;
    }

    @Test
    void plainPurchaseIsApprovedWithEveryField() {
        StubClient.Answer a = client.post("/score", transaction("t-1", "a-1", 25.10, NINE_AM));

        assertThat(a.status()).as(a.toString()).isEqualTo(200);
        assertThat(a.json().get("transaction_id").asText()).isEqualTo("t-1");
        assertThat(a.json().get("risk_score").asDouble()).isZero();
        assertThat(a.json().get("action").asText()).isEqualTo("APPROVE");
        assertThat(a.json().get("reason").asText()).isNotBlank();
        assertThat(a.json().get("rule_hits")).isEmpty();
        assertThat(a.json().get("model_version").asText()).isEqualTo("stub-rules-1");
        assertThat(bastion.requestCounts()).containsEntry("score", 1L).containsEntry("scored", 1L);
    }

    @Test
    void amountJustUnderTenThousandHitsStructuring() {
        StubClient.Answer a = client.post("/score", transaction("t-1", "a-1", "9500.00", NINE_AM));

        assertThat(a.json().get("rule_hits").toString()).isEqualTo("[\"structuring\"]");
        assertThat(a.json().get("reason").asText()).isEqualTo("structuring");
        assertThat(a.json().get("risk_score").asDouble()).isEqualTo(0.5);
        assertThat(a.json().get("action").asText()).isEqualTo("REVIEW");
    }

    @Test
    void cardTestingOnVirtualTimeIsDeclined() {
        List<String> actions = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            actions.add(client.post("/score", transaction("t-" + i, "a-1", 1.00, NINE_AM + 30L * i)).json()
                    .get("action").asText());
        }

        assertThat(actions.subList(0, 2)).containsOnly("APPROVE");
        assertThat(actions.get(2)).isEqualTo("REVIEW");
        assertThat(actions.get(7)).isEqualTo("DECLINE");
    }

    @Test
    void batchAnswersInTheSameOrder() {
        Map<String, Object> login = new LinkedHashMap<>(Map.of("transaction_id", "l-1", "cif_id", "cust-1",
                "channel", "online", "timestamp", NINE_AM, "metadata", Map.of("event_type", "login",
                        "device_id", "dev-9", "ip", "10.0.0.1", "ip_country", "US")));
        List<Object> batch = List.of(transaction("b-1", "a-1", 10, NINE_AM),
                transaction("b-2", "a-2", 9_999.99, NINE_AM + 1), login);

        StubClient.Answer a = client.post("/score/batch", Map.of("transactions", batch));

        assertThat(a.status()).as(a.toString()).isEqualTo(200);
        assertThat(a.json().isArray()).isTrue();
        assertThat(a.json()).extracting(n -> n.get("transaction_id").asText()).containsExactly("b-1", "b-2", "l-1");
        assertThat(a.json().get(1).get("rule_hits").toString()).contains("structuring");
        assertThat(bastion.requestCounts()).containsEntry("score_batch", 1L).containsEntry("scored", 3L);
    }

    @Test
    void missingIdsOrTimestampAre422FastApiStyle() {
        Map<String, Object> tx = transaction("t-1", "a-1", 1, NINE_AM);
        tx.remove("transaction_id");
        tx.remove("cif_id");
        tx.remove("timestamp");

        StubClient.Answer a = client.post("/score", tx);

        assertThat(a.status()).isEqualTo(422);
        assertThat(NexumCustomersIT.locations(a)).containsExactly("body.transaction_id", "body.cif_id",
                "body.timestamp");
    }

    @Test
    void millisecondTimestampIsRefused() {
        StubClient.Answer a = client.post("/score", transaction("t-1", "a-1", 1, NINE_AM * 1000));

        assertThat(a.status()).isEqualTo(422);
        assertThat(a.json().get("detail").get(0).get("msg").asText()).contains("milliseconds");
    }

    @Test
    void aBadItemFailsTheWholeBatchWithItsIndex() {
        Map<String, Object> bad = transaction("b-2", "a-1", 1, NINE_AM);
        bad.put("channel", "pigeon");
        bad.put("metadata", Map.of("transaction_type", "card_purchase"));

        StubClient.Answer a = client.post("/score/batch", Map.of("transactions",
                List.of(transaction("b-1", "a-1", 1, NINE_AM), bad)));

        assertThat(a.status()).isEqualTo(422);
        assertThat(NexumCustomersIT.locations(a)).containsExactly("body.transactions.1.channel");
        assertThat(bastion.requestCounts()).containsEntry("scored", 0L);
    }

    @Test
    void everyScoringRequestIsCapturedAsReceived() {
        client.post("/score", transaction("t-1", "a-1", 1, NINE_AM));
        client.post("/score/batch", Map.of("transactions", List.of(transaction("b-1", "a-1", 1, NINE_AM))));

        assertThat(bastion.scoreRequests()).extracting(n -> n.get("transaction_id").asText())
                .containsExactly("t-1", "b-1");
        assertThat(heard).hasSize(2);
        assertThat(heard.get(0).get("metadata").get("something_new")).isNotNull();
    }

    @Test
    void healthAnswers() {
        StubClient.Answer a = client.get("/health");

        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().get("status").asText()).isEqualTo("healthy");
        assertThat(bastion.requestCounts()).containsEntry("bastion_health", 1L);
    }
}
