package io.bankingsim.connectors.stub;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** POST /feedback: kept when supported, 404 when not. */
class BastionFeedbackIT {

    private static final Map<String, Object> FEEDBACK = Map.of("transaction_id", "t-9", "actual_fraud", true,
            "analyst_decision", "confirmed_fraud", "confidence", 0.9, "notes", "chargeback");

    @Test
    void feedbackIsReceivedAndKept() {
        try (BastionStub bastion = new BastionStub(BastionStub.Options.builder().port(0).build()).start();
             StubClient client = new StubClient(bastion.url())) {
            StubClient.Answer a = client.post("/feedback", FEEDBACK);

            assertThat(a.status()).isEqualTo(200);
            assertThat(a.json().get("status").asText()).isEqualTo("received");
            assertThat(bastion.feedback()).containsExactly(
                    new Feedback("t-9", true, "confirmed_fraud", 0.9, "chargeback"));
            assertThat(client.post("/feedback", Map.of("transaction_id", "t-9")).status()).isEqualTo(422);
        }
    }

    @Test
    void unsupportedFeedbackIs404() {
        try (BastionStub bastion = new BastionStub(BastionStub.Options.builder().port(0).feedbackSupported(false)
                .build()).start();
             StubClient client = new StubClient(bastion.url())) {
            StubClient.Answer a = client.post("/feedback", FEEDBACK);

            assertThat(a.status()).isEqualTo(404);
            assertThat(a.detail()).isEqualTo("Not Found");
            assertThat(bastion.feedback()).isEmpty();
            assertThat(bastion.requestCounts()).containsEntry("feedback", 1L);
        }
    }

    @Test
    void faultsApplyToBastionToo() {
        try (BastionStub bastion = new BastionStub(BastionStub.Options.builder().port(0).errorRate(1.0)
                .build()).start();
             StubClient client = new StubClient(bastion.url())) {
            assertThat(client.post("/feedback", FEEDBACK).status()).isEqualTo(503);
            assertThat(client.post("/score", BastionScoreIT.transaction("t", "a", 1, 1_740_819_600L)).status())
                    .isEqualTo(503);
            assertThat(client.get("/health").status()).isEqualTo(200);
            assertThat(bastion.feedback()).isEmpty();
            assertThat(bastion.requestCounts()).containsEntry("scored", 0L).containsEntry("score", 1L);
        }
    }
}
