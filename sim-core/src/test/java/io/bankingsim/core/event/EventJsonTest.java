package io.bankingsim.core.event;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bankingsim.core.outcome.Decision;
import io.bankingsim.core.outcome.Outcome;
import io.bankingsim.core.outcome.Status;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EventJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Instant T = Instant.parse("2026-01-05T10:15:30.123Z");
    private static final Geo NYC = new Geo("New York", "US", 40.7128, -74.006);
    private static final Device PHONE = new Device("fp-1", "iOS 18.2", "203.0.113.7", new Geo("Lagos", "NG", 6.45, 3.39));
    private static final Merchant SHOP = new Merchant("m-9", "Corner Shop", "5411", NYC);

    private static Transaction purchase() {
        return new Transaction("e-1", T, TransactionType.CARD_PURCHASE, "c-1", "a-1", null,
                Money.of("12.50", "USD"), Channel.CARD_PRESENT, SHOP, null, GroundTruth.GENUINE);
    }

    private static JsonNode parse(String json) throws Exception {
        return MAPPER.readTree(json);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    @Test
    void sameEventGivesIdenticalString() {
        assertThat(EventJson.eventToJson(purchase())).isEqualTo(EventJson.eventToJson(purchase()));
    }

    @Test
    void jsonIsOneLine() {
        assertThat(EventJson.eventToJson(purchase())).doesNotContain("\n");
    }

    @Test
    void transactionFieldsComeInTheDocumentedOrder() throws Exception {
        JsonNode node = parse(EventJson.eventToJson(purchase()));
        assertThat(fieldNames(node)).containsExactly("id", "kind", "time", "customer_id", "type", "account_id",
                "amount", "currency", "channel", "merchant", "fraud", "pattern", "campaign_id", "role");
        assertThat(fieldNames(node.get("merchant"))).containsExactly("id", "name", "mcc", "city", "country", "lat", "lon");
    }

    @Test
    void transactionValuesAreWritten() throws Exception {
        JsonNode node = parse(EventJson.eventToJson(purchase()));
        assertThat(node.get("id").asText()).isEqualTo("e-1");
        assertThat(node.get("kind").asText()).isEqualTo("transaction");
        assertThat(node.get("time").asText()).isEqualTo("2026-01-05T10:15:30.123Z");
        assertThat(node.get("type").asText()).isEqualTo("card_purchase");
        assertThat(node.get("amount").asText()).isEqualTo("12.50");
        assertThat(node.get("currency").asText()).isEqualTo("USD");
        assertThat(node.get("channel").asText()).isEqualTo("card_present");
        assertThat(node.get("merchant").get("mcc").asText()).isEqualTo("5411");
        assertThat(node.get("merchant").get("lat").asDouble()).isEqualTo(40.7128);
        assertThat(node.get("fraud").asBoolean()).isFalse();
        assertThat(node.get("role").asText()).isEqualTo("none");
    }

    @Test
    void transferWritesCounterpartyDeviceAndTruth() throws Exception {
        Transaction transfer = new Transaction("e-2", T, TransactionType.TRANSFER_OUT, "c-1", "a-1", "a-2",
                Money.of("9500", "USD"), Channel.ONLINE, null, PHONE,
                GroundTruth.fraud("account_takeover", "camp-3", Role.FRAUDSTER));
        JsonNode node = parse(EventJson.eventToJson(transfer));
        assertThat(node.get("counterparty_account_id").asText()).isEqualTo("a-2");
        assertThat(node.get("amount").asText()).isEqualTo("9500.00");
        assertThat(node.has("merchant")).isFalse();
        assertThat(fieldNames(node.get("device")))
                .containsExactly("fingerprint", "os", "ip", "city", "country", "lat", "lon");
        assertThat(node.get("device").get("country").asText()).isEqualTo("NG");
        assertThat(node.get("fraud").asBoolean()).isTrue();
        assertThat(node.get("pattern").asText()).isEqualTo("account_takeover");
        assertThat(node.get("campaign_id").asText()).isEqualTo("camp-3");
        assertThat(node.get("role").asText()).isEqualTo("fraudster");
    }

    @Test
    void amountsKeepTheCurrencysDigits() {
        assertThat(EventJson.decimal(Money.of("0.05", "USD"))).isEqualTo("0.05");
        assertThat(EventJson.decimal(Money.of("1000", "JPY"))).isEqualTo("1000");
        assertThat(EventJson.decimal(Money.of("1.234", "BHD"))).isEqualTo("1.234");
    }

    @Test
    void loginHasChannelAndDevice() throws Exception {
        Login login = new Login("e-3", T, "c-1", Channel.MOBILE, PHONE, GroundTruth.GENUINE);
        JsonNode node = parse(EventJson.eventToJson(login));
        assertThat(fieldNames(node)).containsExactly("id", "kind", "time", "customer_id", "channel", "device",
                "fraud", "pattern", "campaign_id", "role");
        assertThat(node.get("kind").asText()).isEqualTo("login");
    }

    @Test
    void accountOpenedHasBalancesAndProduct() throws Exception {
        AccountOpened opened = new AccountOpened("e-4", T, "c-1", "a-1", ProductType.CREDIT_CARD,
                Money.of("0", "EUR"), Money.of("2500", "EUR"), GroundTruth.GENUINE);
        JsonNode node = parse(EventJson.eventToJson(opened));
        assertThat(fieldNames(node)).containsExactly("id", "kind", "time", "customer_id", "account_id", "product",
                "opening_balance", "credit_limit", "currency", "fraud", "pattern", "campaign_id", "role");
        assertThat(node.get("product").asText()).isEqualTo("credit_card");
        assertThat(node.get("opening_balance").asText()).isEqualTo("0.00");
        assertThat(node.get("credit_limit").asText()).isEqualTo("2500.00");
        assertThat(node.get("currency").asText()).isEqualTo("EUR");
    }

    @Test
    void onboardingHasIdentityAddressAndKyc() throws Exception {
        CustomerOnboarded onboarded = new CustomerOnboarded("e-5", T, "c-1",
                new CustomerOnboarded.Identity("Ada", "Lovelace", "ada@example.com", "+12125550100",
                        LocalDate.of(1990, 12, 10), "123-45-6789",
                        new CustomerOnboarded.Address("1 Main St", "New York", "NY", "10001", NYC)),
                new CustomerOnboarded.KycCheck(true, false, 12, 400, true, "pending"), GroundTruth.GENUINE);
        JsonNode node = parse(EventJson.eventToJson(onboarded));
        assertThat(fieldNames(node)).containsExactly("id", "kind", "time", "customer_id", "first_name", "last_name",
                "email", "phone", "date_of_birth", "national_id", "address", "kyc",
                "fraud", "pattern", "campaign_id", "role");
        assertThat(node.get("date_of_birth").asText()).isEqualTo("1990-12-10");
        assertThat(fieldNames(node.get("address")))
                .containsExactly("line1", "city", "state", "postal_code", "country", "lat", "lon");
        assertThat(fieldNames(node.get("kyc"))).containsExactly("document_check_passed", "identity_consistent",
                "email_age_days", "phone_age_days", "address_match", "status");
        assertThat(node.get("kyc").get("identity_consistent").asBoolean()).isFalse();
        assertThat(node.get("kyc").get("email_age_days").asInt()).isEqualTo(12);
    }

    @Test
    void outcomeFieldsComeInTheDocumentedOrder() throws Exception {
        Outcome outcome = new Outcome("e-1", Status.OK, Decision.DECLINE, 0.85, List.of("velocity", "micro_amounts"),
                false, 1_234_567, "declined by fraud detection");
        JsonNode node = parse(EventJson.outcomeToJson(outcome, 2_500_999));
        assertThat(fieldNames(node)).containsExactly("event_id", "status", "decision", "risk_score", "rule_hits",
                "posted", "service_ms", "response_ms", "detail");
        assertThat(node.get("status").asText()).isEqualTo("ok");
        assertThat(node.get("decision").asText()).isEqualTo("decline");
        assertThat(node.get("risk_score").asDouble()).isEqualTo(0.85);
        assertThat(node.get("rule_hits")).hasSize(2);
        assertThat(node.get("posted").asBoolean()).isFalse();
        assertThat(node.get("service_ms").asDouble()).isEqualTo(1.234);
        assertThat(node.get("response_ms").asDouble()).isEqualTo(2.5);
    }

    @Test
    void outcomeWithoutScoreHasNullRiskScore() throws Exception {
        JsonNode node = parse(EventJson.outcomeToJson(Outcome.notDelivered("e-1", "stopped"), 0));
        assertThat(node.get("risk_score").isNull()).isTrue();
        assertThat(node.get("rule_hits")).isEmpty();
    }

    @Test
    void generatorWritesOneValuePerLine() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator g = EventJson.generator(bytes)) {
            for (int i = 0; i < 3; i++) {
                EventJson.writeEvent(g, purchase());
                g.writeRaw('\n');
            }
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text).endsWith("}\n");
        assertThat(text).startsWith("{").doesNotContain("\n ").contains("}\n{");
        assertThat(text.lines()).allSatisfy(line -> assertThat(line).isEqualTo(EventJson.eventToJson(purchase())));
    }
}
