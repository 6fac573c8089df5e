package io.bankingsim.connectors.stub;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.InstantSource;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * The logic of Nexum's endpoints other than postings: health, login, customers, KYC and accounts.
 * Validation problems are FastAPI's 422s; business errors {@code {"detail": ...}}. Thread-safe
 * (state lives in the ledger and the token issuer).
 */
final class NexumRoutes {

    static final List<String> KYC_STATUSES = List.of("none", "pending", "verified", "expired", "rejected");
    static final List<String> KYC_TIERS = List.of("tier_0", "tier_1", "tier_2", "tier_3");
    static final List<String> PRODUCTS = List.of("savings", "checking", "credit_line", "loan");
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    private final NexumStub.Options options;
    private final NexumLedger ledger;
    private final NexumTokens tokens;
    private final InstantSource clock;

    NexumRoutes(NexumStub.Options options, NexumLedger ledger, NexumTokens tokens) {
        this.options = Objects.requireNonNull(options, "options");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.clock = options.clock();
    }

    Reply health(Call call) {
        return Reply.of(200, StubJson.object().put("status", "healthy").put("timestamp", clock.instant().toString()));
    }

    Reply login(Call call) {
        JsonBody body = call.json();
        String username = body.requiredString("username", true);
        String password = body.requiredString("password", true);
        body.check();
        if (options.auth() && !(options.username().equals(username) && options.password().equals(password))) {
            return Reply.detail(401, "Invalid credentials").withHeader("WWW-Authenticate", "Bearer");
        }
        NexumTokens.Issued issued = tokens.issue(username);
        ObjectNode answer = StubJson.object().put("access_token", issued.token()).put("token_type", "bearer")
                .put("expires_at", issued.expiresAt().toString());
        answer.putObject("user").put("username", username);
        return Reply.of(200, answer);
    }

    Reply createCustomer(Call call) {
        JsonBody body = call.json();
        body.requiredString("first_name");
        body.requiredString("last_name");
        String email = body.requiredString("email");
        if (email != null && !plausibleEmail(email)) {
            body.error("email", "value is not a valid email address: it must have exactly one @-sign and a domain",
                    "value_error");
        }
        body.optionalString("phone");
        body.optionalDate("date_of_birth");
        JsonBody address = body.object("address", false);
        if (address != null) {
            for (String field : List.of("line1", "city", "state", "postal_code", "country")) {
                address.requiredString(field);
            }
            address.optionalString("line2");
        }
        body.check();
        String id = ledger.createCustomer(email);
        return Reply.of(201, StubJson.object().put("customer_id", id).put("message", "Customer created"));
    }

    Reply kyc(Call call) {
        JsonBody body = call.json();
        String status = body.requiredEnum("status", KYC_STATUSES);
        String tier = body.optionalEnum("tier", KYC_TIERS);
        body.array("documents", false);
        Long expiryDays = body.optionalLong("expiry_days");
        if (expiryDays != null && expiryDays < 1) {
            body.error("expiry_days", "Input should be greater than 0", "greater_than");
        }
        body.check();
        String customerId = call.pathParameter("customer_id");
        String heldTier = ledger.updateKyc(customerId, status, tier);
        return Reply.of(200, StubJson.object().put("customer_id", customerId).put("kyc_status", status)
                .put("kyc_tier", heldTier).put("message", "KYC updated"));
    }

    Reply openAccount(Call call) {
        JsonBody body = call.json();
        String customerId = body.requiredString("customer_id");
        String product = body.requiredEnum("product_type", PRODUCTS);
        Currency currency = MoneyField.currency(body, "currency");
        String name = body.requiredString("name");
        BigDecimal creditLimit = limit(body, "credit_limit", currency, true);
        BigDecimal dailyLimit = limit(body, "daily_transaction_limit", currency, false);
        body.check();
        NexumLedger.Account account = ledger.openAccount(customerId, product, currency, name,
                creditLimit == null ? BigDecimal.ZERO : creditLimit, dailyLimit, clock.instant());
        return Reply.of(201, StubJson.object().put("account_id", account.id())
                .put("account_number", account.accountNumber()).put("message", "Account created"));
    }

    Reply account(Call call) {
        NexumLedger.Account a = ledger.account(call.pathParameter("account_id"))
                .orElseThrow(() -> Rejection.detail(404, "Account not found"));
        ObjectNode answer = StubJson.object().put("id", a.id()).put("account_number", a.accountNumber())
                .put("customer_id", a.customerId()).put("product_type", a.productType())
                .put("currency", a.currency()).put("name", a.name()).put("state", "active");
        answer.set("book_balance", MoneyField.json(a.balance(), a.currency()));
        answer.set("available_balance", MoneyField.json(a.available(), a.currency()));
        answer.put("created_at", a.createdAt().toString());
        return Reply.of(200, answer);
    }

    Reply transactions(Call call) {
        int limit = limit(call.query("limit").orElse(null));
        List<NexumLedger.Entry> entries = ledger.newest(call.pathParameter("account_id"), limit);
        ObjectNode answer = StubJson.object();
        ArrayNode list = answer.putArray("transactions");
        for (NexumLedger.Entry e : entries) {
            ObjectNode tx = list.addObject().put("id", e.transactionId()).put("transaction_type", e.type());
            tx.set("amount", MoneyField.json(e.amount(), e.currency()));
            tx.put("description", e.description()).put("state", e.state())
                    .put("created_at", e.createdAt().toString()).put("processed_at", e.processedAt().toString());
        }
        return Reply.of(200, answer);
    }

    private static BigDecimal limit(JsonBody body, String field, Currency currency, boolean zeroAllowed) {
        BigDecimal value = body.decimal(field, false);
        if (value == null) {
            return null;
        }
        if (zeroAllowed ? value.signum() < 0 : value.signum() <= 0) {
            body.error(field,
                    zeroAllowed ? "Input should be greater than or equal to 0" : "Input should be greater than 0",
                    zeroAllowed ? "greater_than_equal" : "greater_than");
            return null;
        }
        return currency == null ? value : MoneyField.scaled(body, field, value, currency);
    }

    private static int limit(String value) {
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        int limit;
        try {
            limit = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new Rejection(query("Input should be a valid integer, unable to parse string as an integer",
                    "int_parsing"));
        }
        if (limit < 1) {
            throw new Rejection(query("Input should be greater than or equal to 1", "greater_than_equal"));
        }
        if (limit > MAX_LIMIT) {
            throw new Rejection(query("Input should be less than or equal to " + MAX_LIMIT, "less_than_equal"));
        }
        return limit;
    }

    private static Reply query(String msg, String type) {
        return JsonBody.unprocessable(JsonBody.error(List.of("query", "limit"), msg, type));
    }

    private static boolean plausibleEmail(String email) {
        int at = email.indexOf('@');
        return at > 0 && at == email.lastIndexOf('@') && email.indexOf('.', at) > at + 1
                && !email.endsWith(".") && email.chars().noneMatch(Character::isWhitespace);
    }
}
