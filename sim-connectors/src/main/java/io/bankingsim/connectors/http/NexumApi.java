package io.bankingsim.connectors.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bankingsim.core.event.AccountOpened;
import io.bankingsim.core.event.CustomerOnboarded;
import io.bankingsim.core.event.Money;
import io.bankingsim.core.event.ProductType;
import io.bankingsim.core.scenario.Connections;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Nexum's endpoints as the connector uses them (docs/api-contract.md): customers, KYC, accounts
 * and the three postings, with the reconciliation that keeps a posting whose answer was lost from
 * being booked twice. Thread-safe.
 *
 * <p>Nexum does not de-duplicate on {@code reference}, so a posting is never simply repeated when
 * its fate is unknown (timeout, broken connection, 5xx). Its description carries the event id;
 * the connector reads the account's latest transactions and looks for it. Found: the posting was
 * booked. Not found after a timeout or a gateway's 502/504: it looks again one timeout later (a slow
 * Nexum may still be booking it). Still not found: the posting is sent again, within the retry budget.
 */
final class NexumApi {

    private static final int RECONCILE_LIMIT = 20;

    private final Caller caller;
    private final Connections settings;
    private final String runTag;

    /**
     * @param runTag added to every e-mail address sent ({@code name+tag@domain}), so that a
     *     second run of the same scenario and seed against the same Nexum does not collide with
     *     the customers of the first on Nexum's unique e-mail; empty for none
     */
    NexumApi(Caller caller, Connections settings, String runTag) {
        this.caller = caller;
        this.settings = settings;
        this.runTag = runTag;
    }

    /** A fresh tag for one run: six hex digits. */
    static String newRunTag() {
        return String.format(java.util.Locale.ROOT, "%06x", java.util.concurrent.ThreadLocalRandom.current()
                .nextInt(1 << 24));
    }

    /** The address as sent to Nexum: the run tag as a sub-address, so mail would still reach the owner. */
    String email(String address) {
        int at = address.indexOf('@');
        if (runTag.isEmpty() || at < 1) {
            return address;
        }
        return address.substring(0, at) + "+" + runTag + address.substring(at);
    }

    Caller caller() {
        return caller;
    }

    /** {@code POST /customers}; the answer holds {@code customer_id}. */
    CompletableFuture<Caller.Result> createCustomer(CustomerOnboarded e) {
        CustomerOnboarded.Identity id = e.identity();
        ObjectNode body = Caller.JSON.createObjectNode()
                .put("first_name", id.firstName())
                .put("last_name", id.lastName())
                .put("email", email(id.email()))
                .put("phone", id.phone())
                .put("date_of_birth", id.dateOfBirth().toString());
        CustomerOnboarded.Address a = id.address();
        body.putObject("address")
                .put("line1", a.line1())
                .put("city", a.city())
                .put("state", a.state())
                .put("postal_code", a.postalCode())
                .put("country", a.geo().country());
        return create("customers", settings.path("customers"), body, 0);
    }

    /** {@code PUT /customers/{id}/kyc} with the status of the identity checks. */
    CompletableFuture<Caller.Result> kyc(String nexumCustomerId, String status) {
        ObjectNode body = Caller.JSON.createObjectNode()
                .put("status", status)
                .put("tier", status.equals("verified") ? "tier_1" : "tier_0");
        return caller.call("kyc", "PUT", fill(settings.path("kyc"), "{customer_id}", nexumCustomerId), body,
                Caller.Safety.SAFE, true, 0);
    }

    /** {@code POST /accounts}; the answer holds {@code account_id} and {@code account_number}. */
    CompletableFuture<Caller.Result> openAccount(String nexumCustomerId, AccountOpened e) {
        ObjectNode body = Caller.JSON.createObjectNode()
                .put("customer_id", nexumCustomerId)
                .put("product_type", productType(e.product()))
                .put("currency", e.openingBalance().currency().getCurrencyCode())
                .put("name", accountName(e.product()));
        if (!e.creditLimit().isZero()) {
            body.put("credit_limit", e.creditLimit().amount().toPlainString());
        }
        return create("accounts", settings.path("accounts"), body, 0);
    }

    /** Nexum's product for ours: cards are credit lines, business accounts checking accounts. */
    static String productType(ProductType product) {
        return switch (product) {
            case CHECKING, BUSINESS -> "checking";
            case SAVINGS -> "savings";
            case CREDIT_CARD -> "credit_line";
        };
    }

    private static String accountName(ProductType product) {
        return switch (product) {
            case CHECKING -> "Checking account";
            case SAVINGS -> "Savings account";
            case CREDIT_CARD -> "Credit card";
            case BUSINESS -> "Business account";
        };
    }

    /**
     * A creation: repeated when its fate is unknown, within the retry budget. A repeated
     * customer may be refused as a duplicate e-mail (it was created; its id is then unknown) and
     * a repeated account may leave an empty duplicate: both are reported, neither moves money.
     */
    private CompletableFuture<Caller.Result> create(String endpoint, String path, ObjectNode body, int attempts) {
        return caller.call(endpoint, "POST", path, body, Caller.Safety.UNSAFE, true, attempts).thenCompose(r -> {
            if (r.kind() == Caller.Kind.UNCERTAIN && r.attempts() <= settings.maxRetries()) {
                return Caller.later(Caller.backoff(r.attempts(), false), () -> create(endpoint, path, body, r.attempts()));
            }
            return CompletableFuture.completedFuture(r);
        });
    }

    /**
     * Posts a deposit, withdrawal or transfer, reconciling when its answer is lost.
     *
     * @param endpoint deposit, withdraw or transfer
     * @param body the request
     * @param accountId the Nexum account whose transaction list shows the posting (the debited one)
     * @param eventId our event id, which the description carries
     */
    CompletableFuture<Caller.Result> post(String endpoint, ObjectNode body, String accountId, String eventId) {
        return post(endpoint, body, accountId, eventId, 0);
    }

    private CompletableFuture<Caller.Result> post(String endpoint, ObjectNode body, String accountId, String eventId,
                                                  int attempts) {
        return caller.call(endpoint, "POST", settings.path(endpoint), body, Caller.Safety.UNSAFE, true, attempts)
                .thenCompose(r -> r.kind() != Caller.Kind.UNCERTAIN ? CompletableFuture.completedFuture(r)
                        : reconcile(endpoint, body, accountId, eventId, r, mayStillBeBooking(r.status())));
    }

    /**
     * Whether a posting whose answer was lost may still be in progress: no answer at all, or a
     * gateway's 502/504 (it forwarded the request and gave up waiting). Any other 5xx is Nexum's
     * own final word.
     */
    static boolean mayStillBeBooking(int status) {
        return status == 0 || status == 502 || status == 504;
    }

    private CompletableFuture<Caller.Result> reconcile(String endpoint, ObjectNode body, String accountId,
                                                       String eventId, Caller.Result lost, boolean lookAgain) {
        return booked(accountId, eventId).thenCompose(found -> {
            if (found == null) {
                return CompletableFuture.completedFuture(new Caller.Result(Caller.Kind.UNCERTAIN, lost.status(),
                        NullNode.getInstance(), lost.detail() + "; the account's transactions could not be read to"
                        + " reconcile it", lost.attempts()));
            }
            if (found) {
                return CompletableFuture.completedFuture(new Caller.Result(Caller.Kind.ANSWERED, 200,
                        NullNode.getInstance(), "", lost.attempts()));
            }
            if (lookAgain) {
                long grace = TimeUnit.SECONDS.toNanos(settings.timeoutSeconds());
                return Caller.later(grace, () -> reconcile(endpoint, body, accountId, eventId, lost, false));
            }
            if (lost.attempts() > settings.maxRetries()) {
                return CompletableFuture.completedFuture(new Caller.Result(Caller.Kind.FAILED, lost.status(),
                        NullNode.getInstance(), lost.detail() + "; not booked", lost.attempts()));
            }
            return Caller.later(Caller.backoff(lost.attempts(), false),
                    () -> post(endpoint, body, accountId, eventId, lost.attempts()));
        });
    }

    /** Whether the account's latest transactions show the event; null when they cannot be read. */
    private CompletableFuture<Boolean> booked(String accountId, String eventId) {
        String path = fill(settings.path("account_transactions"), "{account_id}", accountId) + "?limit="
                + RECONCILE_LIMIT;
        return caller.call("account_transactions", "GET", path, null, Caller.Safety.SAFE, true, 0).thenApply(r -> {
            if (!r.ok()) {
                return null;
            }
            for (JsonNode t : r.body().path("transactions")) {
                if (t.path("description").asText("").contains(eventId)) {
                    return true;
                }
            }
            return false;
        });
    }

    /** {@code GET /accounts/{id}}: the account with its balances. */
    CompletableFuture<Caller.Result> account(String accountId) {
        return caller.call("account", "GET", fill(settings.path("account"), "{account_id}", accountId), null,
                Caller.Safety.SAFE, true, 0);
    }

    /** The JSON money object of the API. */
    static ObjectNode money(Money m) {
        return Caller.JSON.createObjectNode().put("amount", m.amount().toPlainString())
                .put("currency", m.currency().getCurrencyCode());
    }

    static String fill(String template, String placeholder, String value) {
        return template.replace(placeholder, java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
    }
}
