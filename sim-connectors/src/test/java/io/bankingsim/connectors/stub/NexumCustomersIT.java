package io.bankingsim.connectors.stub;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** POST /customers and PUT /customers/{id}/kyc: fields, FastAPI's 422s, duplicates, unknown customers. */
class NexumCustomersIT {

    private final RunningNexum nexum = RunningNexum.start(NexumStub.Options.builder());
    private final StubClient client = nexum.client;

    @AfterEach
    void stop() {
        nexum.close();
    }

    @Test
    void createdCustomerGetsAnIdAndAMessage() {
        StubClient.Answer a = client.post("/customers", Map.of("first_name", "Ada", "last_name", "Lovelace",
                "email", "ada@example.com", "phone", "+44 20 7946 0000", "date_of_birth", "1815-12-10",
                "address", Map.of("line1", "12 St James's Square", "city", "London", "state", "LND",
                        "postal_code", "SW1Y 4JH", "country", "GB")));

        assertThat(a.status()).as(a.toString()).isEqualTo(201);
        assertThat(a.json().get("customer_id").asText())
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(a.json().get("message").asText()).isEqualTo("Customer created");
        assertThat(nexum.ledger().customerCount()).isEqualTo(1);
        assertThat(nexum.ledger().kycStatus(a.json().get("customer_id").asText())).isEqualTo("none");
    }

    @Test
    void everyMissingOrBlankFieldIsListedFastApiStyle() {
        StubClient.Answer a = client.post("/customers", Map.of("first_name", " ", "email", "ada@example.com",
                "address", Map.of("line1", "x")));

        assertThat(a.status()).isEqualTo(422);
        assertThat(locations(a)).containsExactlyInAnyOrder("body.first_name", "body.last_name", "body.address.city",
                "body.address.state", "body.address.postal_code", "body.address.country");
        assertThat(a.json().get("detail").get(1).get("msg").asText()).isEqualTo("Field required");
        assertThat(a.json().get("detail").get(1).get("type").asText()).isEqualTo("missing");
        assertThat(nexum.ledger().customerCount()).isZero();
    }

    @Test
    void badDateOfBirthAndEmailAre422() {
        StubClient.Answer a = client.post("/customers", Map.of("first_name", "A", "last_name", "B",
                "email", "not-an-email", "date_of_birth", "10/12/1815"));

        assertThat(a.status()).isEqualTo(422);
        assertThat(locations(a)).containsExactly("body.email", "body.date_of_birth");
    }

    @Test
    void bodyThatIsNotJsonIs422() {
        StubClient.Answer a = client.postRaw("/customers", "{first_name:");

        assertThat(a.status()).isEqualTo(422);
        assertThat(a.json().get("detail").get(0).get("type").asText()).isEqualTo("json_invalid");
    }

    @Test
    void duplicateEmailIs400() {
        nexum.bank.customer();
        Map<String, String> ada = Map.of("first_name", "Ada", "last_name", "L", "email", "ada@example.com");
        assertThat(client.post("/customers", ada).status()).isEqualTo(201);

        StubClient.Answer again = client.post("/customers", Map.of("first_name", "Ada", "last_name", "L",
                "email", "ADA@example.com"));

        assertThat(again.status()).isEqualTo(400);
        assertThat(again.detail()).isEqualTo("Customer with this email already exists");
    }

    @Test
    void kycUpdateAnswersTheStatusAndTier() {
        String customer = nexum.bank.customer();

        StubClient.Answer a = client.put("/customers/" + customer + "/kyc", Map.of("status", "verified",
                "tier", "tier_2", "documents", List.of("passport"), "expiry_days", 365));

        assertThat(a.status()).as(a.toString()).isEqualTo(200);
        assertThat(a.json().get("customer_id").asText()).isEqualTo(customer);
        assertThat(a.json().get("kyc_status").asText()).isEqualTo("verified");
        assertThat(a.json().get("kyc_tier").asText()).isEqualTo("tier_2");
        assertThat(a.json().get("message").asText()).isEqualTo("KYC updated");
        assertThat(nexum.ledger().kycStatus(customer)).isEqualTo("verified");
        assertThat(nexum.ledger().kycTier(customer)).isEqualTo("tier_2");
    }

    @Test
    void kycOfAnUnknownCustomerIs404() {
        StubClient.Answer a = client.put("/customers/nobody/kyc", Map.of("status", "pending"));

        assertThat(a.status()).isEqualTo(404);
        assertThat(a.detail()).isEqualTo("Customer not found");
    }

    @Test
    void unknownKycStatusOrTierIs422WithTheAllowedValues() {
        String customer = nexum.bank.customer();

        StubClient.Answer a = client.put("/customers/" + customer + "/kyc", Map.of("status", "approved",
                "tier", "gold"));

        assertThat(a.status()).isEqualTo(422);
        assertThat(locations(a)).containsExactly("body.status", "body.tier");
        assertThat(a.json().get("detail").get(0).get("msg").asText())
                .isEqualTo("Input should be 'none', 'pending', 'verified', 'expired' or 'rejected'");
        assertThat(nexum.ledger().kycStatus(customer)).isEqualTo("none");
    }

    static List<String> locations(StubClient.Answer a) {
        List<String> locations = new ArrayList<>();
        for (JsonNode error : a.json().get("detail")) {
            List<String> parts = new ArrayList<>();
            error.get("loc").forEach(p -> parts.add(p.asText()));
            locations.add(String.join(".", parts));
        }
        return locations;
    }
}
