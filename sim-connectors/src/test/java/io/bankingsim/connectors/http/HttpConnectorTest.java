package io.bankingsim.connectors.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.bankingsim.connectors.EventFixtures;
import io.bankingsim.core.event.Channel;
import io.bankingsim.core.event.Transaction;
import io.bankingsim.core.event.TransactionType;
import io.bankingsim.core.outcome.Decision;
import io.bankingsim.core.outcome.Outcome;
import io.bankingsim.core.outcome.Status;
import io.bankingsim.core.scenario.Connections;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.InstantSource;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static io.bankingsim.connectors.http.ScriptedTransport.answer;
import static org.assertj.core.api.Assertions.assertThat;

/** Which calls each event becomes, with which fields, and how the answers become outcomes. */
class HttpConnectorTest {

    private static final String OK_SCORE = "{\"risk_score\":0.1,\"action\":\"APPROVE\",\"rule_hits\":[]}";
    private static final String BOOKED = "{\"transaction_id\":\"t\",\"state\":\"completed\"}";

    private final ScriptedTransport transport = new ScriptedTransport()
            .always("POST /rbac/auth/login", answer(200, "{\"access_token\":\"T\",\"expires_at\":\"2999-01-01T00:00:00Z\"}"))
            .always("POST /customers", answer(201, "{\"customer_id\":\"N-C1\"}"))
            .always("PUT /customers/N-C1/kyc", answer(200, "{}"))
            .on("POST /accounts", answer(201, "{\"account_id\":\"N-A1\"}"), answer(201, "{\"account_id\":\"N-A2\"}"))
            .always("POST /transactions/deposit", answer(201, BOOKED))
            .always("POST /transactions/withdraw", answer(201, BOOKED))
            .always("POST /transactions/transfer", answer(201, BOOKED))
            .always("POST /score", answer(200, OK_SCORE));
    private final EventFixtures events = new EventFixtures();

    private HttpConnector connector(Connections.Builder settings) {
        return new HttpConnector(settings.nexumUrl(URI.create("http://nexum.test"))
                .bastionUrl(URI.create("http://bastion.test")).nexumUsername("u").nexumPassword("p").build(),
                Currency.getInstance("USD"), transport, InstantSource.system());
    }

    private static Outcome deliver(HttpConnector c, io.bankingsim.core.event.Event e) throws Exception {
        return c.deliver(e).get(10, TimeUnit.SECONDS);
    }

    private JsonNode body(String call, int index) throws Exception {
        List<HttpTransport.Request> matching = transport.requests.stream()
                .filter(r -> (r.method() + " " + r.uri().getPath()).equals(call)).toList();
        return Caller.JSON.readTree(matching.get(index).body());
    }

    @Test
    void onboardingOpeningAndPaymentsBecomeTheContractsCallsInOrder() throws Exception {
        HttpConnector c = connector(Connections.DEFAULTS.toBuilder());

        assertThat(deliver(c, events.onboard("c1")).posted()).isTrue();
        assertThat(deliver(c, events.open("c1", "a1", "100.00", "0.00")).posted()).isTrue();
        assertThat(deliver(c, events.open("c1", "a2", "0.00", "0.00")).posted()).isTrue();
        Transaction purchase = events.purchase("c1", "a1", "12.50").build();
        Outcome bought = deliver(c, purchase);
        Transaction own = events.tx(TransactionType.TRANSFER_OUT, "c1", "a1", "20.00").to("a2")
                .channel(Channel.ONLINE).build();
        deliver(c, own);
        deliver(c, events.tx(TransactionType.TRANSFER_OUT, "c1", "a1", "5.00").to("elsewhere")
                .channel(Channel.ONLINE).build());
        deliver(c, events.tx(TransactionType.DEPOSIT, "c1", "a2", "7.00").channel(Channel.BRANCH).build());

        assertThat(bought.status()).isEqualTo(Status.OK);
        assertThat(bought.decision()).isEqualTo(Decision.APPROVE);
        assertThat(bought.posted()).isTrue();
        assertThat(body("PUT /customers/N-C1/kyc", 0).get("status").asText()).isEqualTo("verified");
        assertThat(body("POST /accounts", 0).get("customer_id").asText()).isEqualTo("N-C1");
        assertThat(body("POST /accounts", 0).get("product_type").asText()).isEqualTo("checking");
        JsonNode opening = body("POST /transactions/deposit", 0);
        assertThat(opening.get("account_id").asText()).isEqualTo("N-A1");
        assertThat(opening.get("amount")).isEqualTo(Caller.JSON.readTree("{\"amount\":\"100.00\",\"currency\":\"USD\"}"));
        assertThat(opening.get("channel").asText()).isEqualTo("system");
        assertThat(transport.count("POST /transactions/deposit")).isEqualTo(2); // no deposit of a zero balance
        JsonNode withdraw = body("POST /transactions/withdraw", 0);
        assertThat(withdraw.get("account_id").asText()).isEqualTo("N-A1");
        assertThat(withdraw.get("channel").asText()).isEqualTo("api");
        assertThat(withdraw.get("reference").asText()).isEqualTo(purchase.id());
        assertThat(withdraw.get("description").asText()).contains("Grocer").endsWith(purchase.id());
        JsonNode transfer = body("POST /transactions/transfer", 0);
        assertThat(transfer.get("from_account_id").asText()).isEqualTo("N-A1");
        assertThat(transfer.get("to_account_id").asText()).isEqualTo("N-A2");
        assertThat(transport.count("POST /transactions/transfer")).isEqualTo(1);
        assertThat(transport.count("POST /transactions/withdraw")).isEqualTo(2);
        assertThat(body("POST /transactions/deposit", 1).get("channel").asText()).isEqualTo("branch");
        JsonNode score = body("POST /score", 0);
        assertThat(score.get("cif_id").asText()).isEqualTo("N-C1");
        assertThat(score.get("merchant_category").asText()).isEqualTo("5411");
        assertThat(score.get("timestamp").asLong()).isEqualTo(purchase.time().getEpochSecond());
        assertThat(score.get("metadata").get("account_id").asText()).isEqualTo("N-A1");
        assertThat(transport.requests).allSatisfy(r -> assertThat(r.uri().getPath().equals("/rbac/auth/login")
                || r.uri().getPath().startsWith("/score") || "T".equals(r.bearer())).isTrue());
    }

    @Test
    void aFraudulentTransactionsRequestHoldsNoTruthAndADeclineIsNotPosted() throws Exception {
        transport.always("POST /score", answer(200, "{\"risk_score\":0.93,\"action\":\"BLOCK\",\"rule_hits\":"
                + "[{\"rule\":\"velocity\"},\"micro_amounts\"]}"));
        HttpConnector c = connector(Connections.DEFAULTS.toBuilder());
        deliver(c, events.onboard("c1"));
        deliver(c, events.open("c1", "a1", "100.00", "0.00"));
        Transaction fraud = events.purchase("c1", "a1", "1.00").fraud("card_testing").build();

        Outcome o = deliver(c, fraud);

        assertThat(o.decision()).isEqualTo(Decision.DECLINE);
        assertThat(o.riskScore()).isEqualTo(0.93);
        assertThat(o.ruleHits()).containsExactly("velocity", "micro_amounts");
        assertThat(o.posted()).isFalse();
        assertThat(transport.count("POST /transactions/withdraw")).isZero();
        String request = body("POST /score", 0).toString();
        assertThat(request).doesNotContain("card_testing", "camp-1", "fraud", "fraudster");
    }

    @Test
    void inPostOnlyNexumsBlockIsTheDeclineAndABookingTheApproval() throws Exception {
        transport.on("POST /transactions/withdraw", answer(400, "{\"detail\":\"Blocked by fraud detection\"}"),
                answer(201, BOOKED), answer(400, "{\"detail\":\"Insufficient funds\"}"));
        HttpConnector c = connector(Connections.DEFAULTS.toBuilder().flow(Connections.Flow.POST_ONLY));
        deliver(c, events.onboard("c1"));
        deliver(c, events.open("c1", "a1", "100.00", "0.00"));

        Outcome blocked = deliver(c, events.purchase("c1", "a1", "1.00").build());
        Outcome booked = deliver(c, events.purchase("c1", "a1", "2.00").build());
        Outcome refused = deliver(c, events.purchase("c1", "a1", "3.00").build());
        Outcome login = deliver(c, events.login("c1", EventFixtures.device("d1", "US")));

        assertThat(blocked.decision()).isEqualTo(Decision.DECLINE);
        assertThat(blocked.posted()).isFalse();
        assertThat(booked.decision()).isEqualTo(Decision.APPROVE);
        assertThat(booked.posted()).isTrue();
        assertThat(refused.status()).isEqualTo(Status.REJECTED);
        assertThat(refused.detail()).isEqualTo("Insufficient funds");
        assertThat(login.detail()).contains("not sent");
        assertThat(transport.count("POST /score")).isZero();
    }

    @Test
    void aPaymentOnAnAccountNexumNeverOpenedIsAnErrorWithoutARequest() throws Exception {
        HttpConnector c = connector(Connections.DEFAULTS.toBuilder());

        Outcome o = deliver(c, events.purchase("c9", "a9", "1.00").build());

        assertThat(o.status()).isEqualTo(Status.ERROR);
        assertThat(o.detail()).contains("a9", "not in Nexum");
        assertThat(transport.count("POST /transactions/withdraw")).isZero();
    }

    @Test
    void channelsAndPathsFollowTheSettings() throws Exception {
        transport.always("POST /fraud/v2/score", answer(200, OK_SCORE));
        HttpConnector c = connector(Connections.DEFAULTS.toBuilder()
                .paths(Map.of("score", "/fraud/v2/score")).channels(Map.of("card_present", "online")));
        deliver(c, events.onboard("c1"));
        deliver(c, events.open("c1", "a1", "100.00", "0.00"));

        deliver(c, events.purchase("c1", "a1", "4.00").build());

        assertThat(transport.count("POST /fraud/v2/score")).isEqualTo(1);
        assertThat(body("POST /transactions/withdraw", 0).get("channel").asText()).isEqualTo("online");
    }
}
