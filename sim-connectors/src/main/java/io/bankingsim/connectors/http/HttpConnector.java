package io.bankingsim.connectors.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bankingsim.core.event.AccountOpened;
import io.bankingsim.core.event.CreditLimitChange;
import io.bankingsim.core.event.CustomerOnboarded;
import io.bankingsim.core.event.Event;
import io.bankingsim.core.event.Login;
import io.bankingsim.core.event.ProfileChange;
import io.bankingsim.core.event.Transaction;
import io.bankingsim.core.metrics.EndpointStats;
import io.bankingsim.core.outcome.Decision;
import io.bankingsim.core.outcome.Outcome;
import io.bankingsim.core.outcome.Status;
import io.bankingsim.core.scenario.Connections;
import io.bankingsim.core.scenario.Connections.Flow;
import io.bankingsim.core.spi.Connector;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The {@code http} connector: sends every event to the real Nexum and Bastion over their REST
 * APIs (docs/api-contract.md has the whole mapping) and turns their answers into one
 * {@link Outcome} per event.
 *
 * <ul>
 *   <li>Onboarding: {@code POST /customers}, then {@code PUT /customers/{id}/kyc}.</li>
 *   <li>Account opening: {@code POST /accounts}, then a {@code system} deposit of the opening
 *       balance.</li>
 *   <li>Logins and profile changes: scored ({@code metadata.event_type}), nothing posted.</li>
 *   <li>Transactions: scored, then posted as a deposit, withdrawal or (between two accounts of
 *       the bank) transfer unless declined, following {@code connections.flow}.</li>
 *   <li>Credit-limit changes: not sent (Nexum's API has no endpoint for them).</li>
 * </ul>
 * Deliveries are asynchronous and ordered per customer and account ({@link KeyedSequencer}); the
 * engine bounds how many are in flight. Request policies (retries, the circuit breaker, the rate
 * cap, log-in) are {@link Caller}'s; lost postings are reconciled by {@link NexumApi}. Truth
 * reaches Bastion only through {@code /feedback}, a configurable virtual delay after the event.
 *
 * <p>{@link #deliver} is called from the engine thread only; everything else is thread-safe.
 */
public final class HttpConnector implements Connector {

    static final String DECLINED = "declined by fraud detection";
    static final String BLOCKED = "Blocked by fraud detection";

    private final Connections settings;
    private final HttpTransport transport;
    private final NexumApi nexum;
    private final BastionApi bastion;
    private final NexumSession session;
    private final ScoreRequests requests;
    private final IdMap ids = new IdMap();
    private final KeyedSequencer sequencer = new KeyedSequencer();
    private final FeedbackQueue feedback;
    private volatile java.nio.file.Path idFile;

    /**
     * A connector for one run.
     *
     * @param settings the scenario's connections (credentials already resolved)
     * @param bankCurrency the scenario's currency (for the amount-less scoring of logins)
     * @param transport the HTTP client
     * @param wallClock the wall clock that token expiry is judged on
     */
    public HttpConnector(Connections settings, Currency bankCurrency, HttpTransport transport,
                         InstantSource wallClock) {
        this.settings = settings;
        this.transport = transport;
        Duration timeout = Duration.ofSeconds(settings.timeoutSeconds());
        Caller nexumCaller = new Caller("nexum", settings.nexumUrl(), List.of("nexum_health", "nexum_login",
                "customers", "kyc", "accounts", "account", "account_transactions", "deposit", "withdraw", "transfer"),
                transport, timeout, settings.maxRetries(), new RateLimiter(settings.maxRps()),
                settings.maxOutageSeconds(), "nexum_health", settings.path("nexum_health"));
        Caller bastionCaller = new Caller("bastion", settings.bastionUrl(), List.of("bastion_health", "score",
                "score_batch", "feedback"), transport, timeout, settings.maxRetries(), null,
                settings.maxOutageSeconds(), "bastion_health", settings.path("bastion_health"));
        if (!settings.nexumUsername().isEmpty()) {
            session = new NexumSession(nexumCaller, settings.path("nexum_login"), settings.nexumUsername(),
                    settings.nexumPassword(), wallClock);
            nexumCaller.authenticate(session);
        } else {
            session = null;
        }
        this.nexum = new NexumApi(nexumCaller, settings, NexumApi.newRunTag());
        this.bastion = new BastionApi(bastionCaller, settings);
        this.requests = new ScoreRequests(settings, bankCurrency, ids);
        this.feedback = new FeedbackQueue(bastion, settings.feedbackDelayHours());
    }

    @Override
    public CompletableFuture<Outcome> deliver(Event event) {
        feedback.sendDue(event.time()); // does nothing when feedback is off
        return sequencer.run(keys(event), () -> handle(event))
                .exceptionally(e -> Outcome.error(event.id(), "connector failure: " + Caller.unwrap(e), 0));
    }

    /** Customer and accounts an event touches: their events go to the backends in order. */
    private static List<String> keys(Event event) {
        return switch (event) {
            case Transaction tx -> tx.counterpartyAccountId() == null
                    ? List.of("c" + tx.customerId(), "a" + tx.accountId())
                    : List.of("c" + tx.customerId(), "a" + tx.accountId(), "a" + tx.counterpartyAccountId());
            case AccountOpened e -> List.of("c" + e.customerId(), "a" + e.accountId());
            case CreditLimitChange e -> List.of();
            case CustomerOnboarded e -> List.of("c" + e.customerId());
            case Login e -> List.of("c" + e.customerId());
            case ProfileChange e -> List.of("c" + e.customerId());
        };
    }

    private CompletableFuture<Outcome> handle(Event event) {
        long start = System.nanoTime();
        return switch (event) {
            case Transaction tx -> transaction(tx, start);
            case Login login -> scoredOnly(login.id(), () -> requests.of(login), start);
            case ProfileChange change -> scoredOnly(change.id(), () -> requests.of(change), start);
            case CustomerOnboarded e -> onboard(e, start);
            case AccountOpened e -> open(e, start);
            case CreditLimitChange e -> notSent(e.id(), "Nexum's API has no endpoint to change a credit limit");
        };
    }

    /** An event this flow or API does not send: nothing happened, and {@code why} says so. */
    private static CompletableFuture<Outcome> notSent(String eventId, String why) {
        return done(new Outcome(eventId, Status.OK, Decision.NONE, -1, List.of(), false, 0, "not sent: " + why));
    }

    /** A customer or account Nexum created (posted, no decision). */
    private static Outcome created(String eventId, long start) {
        return new Outcome(eventId, Status.OK, Decision.NONE, -1, List.of(), true, elapsed(start), "");
    }

    private CompletableFuture<Outcome> scoredOnly(String id, java.util.function.Supplier<ObjectNode> request,
                                                  long start) {
        if (settings.flow() == Flow.POST_ONLY || !settings.scoreLogins()) {
            return notSent(id, settings.flow() == Flow.POST_ONLY ? "the post_only flow scores payments only"
                    : "score_logins is false");
        }
        return bastion.score(request.get()).thenApply(v -> v.failure() != null
                ? failed(id, "Bastion: ", v.failure(), start)
                : new Outcome(id, Status.OK, v.decision(), v.riskScore(), v.ruleHits(), false, elapsed(start), ""));
    }

    private CompletableFuture<Outcome> onboard(CustomerOnboarded e, long start) {
        if (settings.flow() == Flow.SCORE_ONLY) {
            return notSent(e.id(), "the score_only flow has no core banking");
        }
        return nexum.createCustomer(e).thenCompose(r -> {
            if (!r.ok() && r.attempts() > 1 && r.status() == 400) {
                return done(new Outcome(e.id(), Status.UNKNOWN, Decision.NONE, -1, List.of(), false, elapsed(start),
                        "Nexum: an earlier attempt whose answer was lost probably created the customer (" + r.detail()
                                + "), but Nexum's API cannot tell its id: its accounts and payments are not sent"));
            }
            if (!r.ok()) {
                return done(failed(e.id(), "Nexum: customer not created: ", r, start));
            }
            String customerId = r.body().path("customer_id").asText("");
            if (customerId.isEmpty()) {
                return done(Outcome.error(e.id(), "Nexum answered POST /customers without a customer_id",
                        elapsed(start)));
            }
            ids.putCustomer(e.customerId(), customerId);
            return nexum.kyc(customerId, e.kyc().status()).thenApply(k -> k.ok()
                    ? created(e.id(), start)
                    : new Outcome(e.id(), k.kind() == Caller.Kind.THROTTLED ? Status.THROTTLED : Status.ERROR,
                    Decision.NONE, -1, List.of(), true, elapsed(start),
                    "customer created, but its KYC status was not set: " + k.detail()));
        });
    }

    private CompletableFuture<Outcome> open(AccountOpened e, long start) {
        if (settings.flow() == Flow.SCORE_ONLY) {
            return notSent(e.id(), "the score_only flow has no core banking");
        }
        String customer = ids.nexumCustomer(e.customerId());
        if (customer == null) {
            ids.markUnopened(e.accountId());
            return done(Outcome.error(e.id(), "customer " + e.customerId()
                    + " is not in Nexum (its onboarding failed): account not opened", 0));
        }
        return nexum.openAccount(customer, e).thenCompose(r -> {
            if (!r.ok()) {
                ids.markUnopened(e.accountId());
                return done(failed(e.id(), "Nexum: account not opened: ", r, start));
            }
            String accountId = r.body().path("account_id").asText("");
            if (accountId.isEmpty()) {
                ids.markUnopened(e.accountId());
                return done(Outcome.error(e.id(), "Nexum answered POST /accounts without an account_id",
                        elapsed(start)));
            }
            ids.putAccount(e.accountId(), accountId);
            if (e.openingBalance().isZero()) {
                return done(created(e.id(), start));
            }
            ObjectNode deposit = Caller.JSON.createObjectNode().put("account_id", accountId);
            deposit.set("amount", NexumApi.money(e.openingBalance()));
            deposit.put("description", "Opening balance " + e.id());
            deposit.put("channel", "system");
            deposit.put("reference", e.id());
            return nexum.post("deposit", deposit, accountId, e.id()).thenApply(d -> d.ok()
                    ? created(e.id(), start)
                    : failed(e.id(), "account opened, but its opening balance was not deposited: ", d, start));
        });
    }

    private CompletableFuture<Outcome> transaction(Transaction tx, long start) {
        if (settings.flow() == Flow.POST_ONLY) {
            return post(tx, Decision.NONE, -1, List.of(), start);
        }
        return bastion.score(requests.of(tx)).thenCompose(v -> {
            if (v.failure() != null) {
                return done(failed(tx.id(), "Bastion: ", v.failure(), start));
            }
            if (settings.flow() == Flow.SCORE_ONLY || v.decision() == Decision.DECLINE) {
                Outcome o = new Outcome(tx.id(), Status.OK, v.decision(), v.riskScore(), v.ruleHits(), false,
                        elapsed(start), v.decision() == Decision.DECLINE ? DECLINED : "");
                feedback.add(tx, v.decision());
                return done(o);
            }
            return post(tx, v.decision(), v.riskScore(), v.ruleHits(), start).thenApply(o -> {
                feedback.add(tx, v.decision());
                return o;
            });
        });
    }

    /** Posts a transaction; in post_only, Nexum's own block is the decline and a booking the approval. */
    private CompletableFuture<Outcome> post(Transaction tx, Decision decision, double risk, List<String> hits,
                                            long start) {
        String account = ids.nexumAccount(tx.accountId());
        if (account == null) {
            return done(new Outcome(tx.id(), Status.ERROR, decision, risk, hits, false, elapsed(start),
                    "account " + tx.accountId() + " is not in Nexum (its opening failed)"));
        }
        String counterparty = tx.counterpartyAccountId() == null ? null : ids.nexumAccount(tx.counterpartyAccountId());
        if (counterparty == null && tx.type().isDebit() && tx.counterpartyAccountId() != null
                && ids.unopened(tx.counterpartyAccountId())) {
            return done(new Outcome(tx.id(), Status.ERROR, decision, risk, hits, false, elapsed(start),
                    "counterparty account " + tx.counterpartyAccountId()
                            + " is not in Nexum (its opening failed): not paid out of the bank instead"));
        }
        ObjectNode body = Caller.JSON.createObjectNode();
        String endpoint;
        if (tx.type().isDebit() && counterparty != null) {
            endpoint = "transfer";
            body.put("from_account_id", account).put("to_account_id", counterparty);
        } else {
            endpoint = tx.type().isDebit() ? "withdraw" : "deposit";
            body.put("account_id", account);
        }
        body.set("amount", NexumApi.money(tx.amount()));
        body.put("description", description(tx));
        body.put("channel", settings.channels().get(tx.channel().id()));
        body.put("reference", tx.id());
        boolean postOnly = settings.flow() == Flow.POST_ONLY;
        return nexum.post(endpoint, body, account, tx.id()).thenApply(r -> {
            if (r.ok()) {
                return new Outcome(tx.id(), Status.OK, postOnly ? Decision.APPROVE : decision, risk, hits, true,
                        elapsed(start), "");
            }
            if (r.kind() == Caller.Kind.ANSWERED && r.status() == 400) {
                if (postOnly && r.detail().contains(BLOCKED)) {
                    return new Outcome(tx.id(), Status.OK, Decision.DECLINE, -1, List.of(), false, elapsed(start),
                            DECLINED);
                }
                return new Outcome(tx.id(), Status.REJECTED, decision, risk, hits, false, elapsed(start), r.detail());
            }
            Outcome f = failed(tx.id(), "Nexum: ", r, start);
            return new Outcome(tx.id(), f.status(), decision, risk, hits, false, f.serviceNanos(), f.detail());
        });
    }

    /** What Nexum keeps about a posting: what it was, and our event id, to reconcile a lost answer. */
    private static String description(Transaction tx) {
        String what = tx.type().id().replace('_', ' ');
        return tx.merchant() == null ? what + " " + tx.id() : what + " at " + tx.merchant().name() + " " + tx.id();
    }

    /** The outcome of a call that did not succeed. */
    private static Outcome failed(String id, String prefix, Caller.Result r, long start) {
        Status status = switch (r.kind()) {
            case THROTTLED -> Status.THROTTLED;
            case UNCERTAIN -> Status.UNKNOWN;
            case ANSWERED -> r.status() == 400 ? Status.REJECTED : Status.ERROR;
            case FAILED -> Status.ERROR;
        };
        return new Outcome(id, status, Decision.NONE, -1, List.of(), false, elapsed(start), prefix + r.detail());
    }

    private static CompletableFuture<Outcome> done(Outcome o) {
        return CompletableFuture.completedFuture(o);
    }

    private static long elapsed(long start) {
        return System.nanoTime() - start;
    }

    @Override
    public Health health() {
        List<String> problems = new ArrayList<>();
        if (settings.flow() != Flow.SCORE_ONLY) {
            check(nexum.caller(), problems);
            if (problems.isEmpty() && session == null) {
                authNeeded(problems);
            }
            if (problems.isEmpty() && session != null) {
                try {
                    session.bearer().get(settings.timeoutSeconds() * 2L, TimeUnit.SECONDS);
                } catch (Exception e) {
                    problems.add(Caller.unwrap(e).getMessage());
                }
            }
        }
        if (settings.flow() != Flow.POST_ONLY || settings.feedback()) {
            check(bastion.caller(), problems);
        }
        if (!problems.isEmpty()) {
            boolean unreachable = problems.stream().anyMatch(p -> p.contains("not reachable"));
            return Health.down(String.join("; ", problems) + (unreachable ? ". Start the systems under test, or"
                    + " their stand-ins with `banking-sim stub`, or run standalone with --dry-run." : "."));
        }
        return Health.up("Nexum at " + settings.nexumUrl() + ", Bastion at " + settings.bastionUrl() + ", flow "
                + settings.flow().id());
    }

    /**
     * Without credentials, asks for an account that does not exist: 404 means Nexum lets us in,
     * 401 that it wants a log-in, which would fail every event of the run.
     */
    private void authNeeded(List<String> problems) {
        try {
            Caller.Result r = nexum.account("banking-sim-auth-check").get(settings.timeoutSeconds() * 2L,
                    TimeUnit.SECONDS);
            if (r.status() == 401) {
                problems.add("Nexum at " + settings.nexumUrl() + " wants a log-in (HTTP 401): set NEXUM_USERNAME"
                        + " and NEXUM_PASSWORD (or connections.nexum_username and nexum_password)");
            }
        } catch (Exception e) {
            problems.add("Nexum at " + settings.nexumUrl() + " could not be checked: " + Caller.unwrap(e));
        }
    }

    private static void check(Caller caller, List<String> problems) {
        try {
            String problem = caller.healthProblem().get();
            if (problem != null) {
                problems.add(problem);
            }
        } catch (Exception e) {
            problems.add(Caller.displayName(caller.system()) + " health check failed: " + Caller.unwrap(e));
        }
    }

    @Override
    public List<EndpointStats> endpointStats() {
        List<EndpointStats> all = new ArrayList<>(nexum.caller().stats());
        all.addAll(bastion.caller().stats());
        return all;
    }

    /** Nexum's id of one of our accounts, or null (for tests and reconciliation tools). */
    public String nexumAccountId(String accountId) {
        return ids.nexumAccount(accountId);
    }

    /** Nexum's id of one of our customers, or null. */
    public String nexumCustomerId(String customerId) {
        return ids.nexumCustomer(customerId);
    }

    /** Log-ins to Nexum made so far. */
    public long logins() {
        return session == null ? 0 : session.logins();
    }

    /** The file of the id map: {@value #ID_FILE} in this folder, written when the run finishes. */
    public HttpConnector writeIdsTo(java.nio.file.Path outputFolder) {
        this.idFile = outputFolder.resolve(ID_FILE);
        return this;
    }

    /** Our ids to Nexum's ({@code kind,simulator_id,nexum_id}), in the output folder. */
    public static final String ID_FILE = "nexum_ids.csv";

    @Override
    public void finishRun(Instant virtualEnd) {
        feedback.finish(virtualEnd, Duration.ofSeconds(Math.min(10, settings.timeoutSeconds()
                * (settings.maxRetries() + 1L))));
        java.nio.file.Path file = idFile;
        if (file != null && settings.flow() != Flow.SCORE_ONLY) {
            try {
                java.nio.file.Files.createDirectories(file.toAbsolutePath().getParent());
                ids.writeCsv(file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
            }
        }
    }

    @Override
    public void close() {
        nexum.caller().closing();
        bastion.caller().closing();
        transport.close();
    }
}
