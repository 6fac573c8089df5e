package io.bankingsim.connectors.stub;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The database behind a {@link NexumStub}: customers, accounts and their postings, in memory,
 * with exact decimal balances. It outlives a stub: start a new {@link NexumStub} on the same
 * ledger to simulate a restart of Nexum whose database survived. Ids are UUIDs drawn from a
 * stream seeded at construction, so the same requests in the same order get the same ids.
 *
 * <p>Tests read it through the public methods; the stub changes it. Thread-safe: every method
 * holds the ledger's lock, and readers get immutable snapshots.
 */
public final class NexumLedger {

    /** The ledger's record of one posting on one account. Immutable. */
    public record Entry(String transactionId, String type, BigDecimal amount, String currency, String description,
                        String channel, String reference, String state, Instant createdAt, Instant processedAt) {
    }

    /** A snapshot of one account. Immutable. */
    public record Account(String id, String accountNumber, String customerId, String productType, String currency,
                          String name, BigDecimal creditLimit, BigDecimal dailyTransactionLimit, BigDecimal balance,
                          Instant createdAt) {

        /** What may be spent: the balance plus the credit limit. */
        public BigDecimal available() {
            return balance.add(creditLimit);
        }
    }

    private static final class CustomerRecord {
        String kycStatus = "none";
        String kycTier = "tier_0";
    }

    private static final class AccountRecord {
        final Account opened;
        final List<Entry> entries = new ArrayList<>();
        BigDecimal balance;

        AccountRecord(Account opened) {
            this.opened = opened;
            this.balance = opened.balance();
        }

        Account snapshot() {
            Account a = opened;
            return new Account(a.id(), a.accountNumber(), a.customerId(), a.productType(), a.currency(), a.name(),
                    a.creditLimit(), a.dailyTransactionLimit(), balance, a.createdAt());
        }
    }

    private final SplittableRandom ids;
    private final Map<String, CustomerRecord> customers = new HashMap<>();
    private final Map<String, String> customerByEmail = new HashMap<>();
    private final Map<String, AccountRecord> accounts = new LinkedHashMap<>();

    /** An empty ledger whose ids are drawn from seed 0. */
    public NexumLedger() {
        this(0);
    }

    /** An empty ledger whose ids are drawn from {@code seed}. */
    public NexumLedger(long seed) {
        this.ids = new SplittableRandom(seed ^ 0xbb67ae8584caa73bL);
    }

    /** Number of customers created. */
    public synchronized int customerCount() {
        return customers.size();
    }

    /** The KYC status of a customer (none, pending, verified, expired or rejected). */
    public synchronized String kycStatus(String customerId) {
        return customer(customerId).kycStatus;
    }

    /** The KYC tier of a customer (tier_0 to tier_3). */
    public synchronized String kycTier(String customerId) {
        return customer(customerId).kycTier;
    }

    /** The ids of all accounts, in the order they were opened. */
    public synchronized List<String> accountIds() {
        return List.copyOf(accounts.keySet());
    }

    /** A snapshot of an account, or empty when there is none with that id. */
    public synchronized Optional<Account> account(String accountId) {
        AccountRecord a = accounts.get(accountId);
        return a == null ? Optional.empty() : Optional.of(a.snapshot());
    }

    /** The book balance of an account (negative when a credit limit is drawn). */
    public synchronized BigDecimal balance(String accountId) {
        return record(accountId).balance;
    }

    /** The credit limit of an account (0 when it has none). */
    public synchronized BigDecimal creditLimit(String accountId) {
        return record(accountId).opened.creditLimit();
    }

    /** The postings of an account, oldest first. */
    public synchronized List<Entry> transactions(String accountId) {
        return List.copyOf(record(accountId).entries);
    }

    /** The sum of the balances of all accounts in {@code currency}. */
    public synchronized BigDecimal total(String currency) {
        BigDecimal sum = BigDecimal.ZERO;
        for (AccountRecord a : accounts.values()) {
            if (a.opened.currency().equals(currency)) {
                sum = sum.add(a.balance);
            }
        }
        return sum;
    }

    // ---- changes, made by the stub ----

    /** A fresh UUID from the ledger's stream. */
    synchronized String newId() {
        long msb = (ids.nextLong() & ~0xF000L) | 0x4000L;
        long lsb = (ids.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb).toString();
    }

    /** Creates a customer; a 400 when the email (any case) is taken. */
    synchronized String createCustomer(String email) {
        String key = email.strip().toLowerCase(Locale.ROOT);
        if (customerByEmail.containsKey(key)) {
            throw Rejection.detail(400, "Customer with this email already exists");
        }
        String id = newId();
        customers.put(id, new CustomerRecord());
        customerByEmail.put(key, id);
        return id;
    }

    /** Sets a customer's KYC status and, when given, tier; returns the tier now held. */
    synchronized String updateKyc(String customerId, String status, String tier) {
        CustomerRecord c = customers.get(customerId);
        if (c == null) {
            throw Rejection.detail(404, "Customer not found");
        }
        c.kycStatus = status;
        if (tier != null) {
            c.kycTier = tier;
        }
        return c.kycTier;
    }

    /** Opens an account with a zero balance; a 404 when the customer is unknown. */
    synchronized Account openAccount(String customerId, String productType, Currency currency, String name,
                                     BigDecimal creditLimit, BigDecimal dailyLimit, Instant now) {
        if (!customers.containsKey(customerId)) {
            throw Rejection.detail(404, "Customer not found");
        }
        int scale = scale(currency);
        String id = newId();
        String number = String.format(Locale.ROOT, "%010d", 1_000_000_000L + accounts.size() + 1);
        Account account = new Account(id, number, customerId, productType, currency.getCurrencyCode(), name,
                creditLimit.setScale(scale), dailyLimit == null ? null : dailyLimit.setScale(scale),
                BigDecimal.ZERO.setScale(scale), now);
        accounts.put(id, new AccountRecord(account));
        return account;
    }

    /**
     * Checks that a posting can be attempted: its accounts exist (else 404) and hold the amount's
     * currency (else 400). Returns the customer of {@code accountId}.
     */
    synchronized String check(String accountId, String otherAccountId, String currency) {
        AccountRecord a = accounts.get(accountId);
        AccountRecord other = otherAccountId == null ? a : accounts.get(otherAccountId);
        if (a == null || other == null) {
            throw Rejection.detail(404, "Account not found");
        }
        if (!a.opened.currency().equals(currency) || !other.opened.currency().equals(currency)) {
            throw Rejection.detail(400, "Currency mismatch");
        }
        return a.opened.customerId();
    }

    /** Credits an account (checked first). */
    synchronized void deposit(String txId, String accountId, BigDecimal amount, String description, String channel,
                              String reference, Instant now) {
        AccountRecord a = accounts.get(accountId);
        a.balance = a.balance.add(amount);
        a.entries.add(entry(txId, "deposit", amount, a, description, channel, reference, now));
    }

    /** Debits an account (checked first); a 400 when balance plus credit limit would not cover it. */
    synchronized void withdraw(String txId, String accountId, BigDecimal amount, String description, String channel,
                               String reference, Instant now) {
        AccountRecord a = accounts.get(accountId);
        requireFunds(a, amount);
        a.balance = a.balance.subtract(amount);
        a.entries.add(entry(txId, "withdrawal", amount, a, description, channel, reference, now));
    }

    /** Moves money between two accounts (checked first), atomically. */
    synchronized void transfer(String txId, String fromId, String toId, BigDecimal amount, String description,
                               String channel, String reference, Instant now) {
        AccountRecord from = accounts.get(fromId);
        AccountRecord to = accounts.get(toId);
        requireFunds(from, amount);
        from.balance = from.balance.subtract(amount);
        to.balance = to.balance.add(amount);
        from.entries.add(entry(txId, "transfer_out", amount, from, description, channel, reference, now));
        to.entries.add(entry(txId, "transfer_in", amount, to, description, channel, reference, now));
    }

    /** The newest {@code limit} entries of an account, newest first; a 404 when it is unknown. */
    synchronized List<Entry> newest(String accountId, int limit) {
        AccountRecord a = accounts.get(accountId);
        if (a == null) {
            throw Rejection.detail(404, "Account not found");
        }
        List<Entry> newest = new ArrayList<>(Math.min(limit, a.entries.size()));
        for (int i = a.entries.size() - 1; i >= 0 && newest.size() < limit; i--) {
            newest.add(a.entries.get(i));
        }
        return newest;
    }

    private static void requireFunds(AccountRecord a, BigDecimal amount) {
        if (a.balance.add(a.opened.creditLimit()).compareTo(amount) < 0) {
            throw Rejection.detail(400, "Insufficient funds");
        }
    }

    private static Entry entry(String txId, String type, BigDecimal amount, AccountRecord a, String description,
                               String channel, String reference, Instant now) {
        return new Entry(txId, type, amount, a.opened.currency(), description, channel, reference, "completed", now,
                now);
    }

    private CustomerRecord customer(String customerId) {
        CustomerRecord c = customers.get(Objects.requireNonNull(customerId, "customerId"));
        if (c == null) {
            throw new NoSuchElementException("no customer " + customerId);
        }
        return c;
    }

    private AccountRecord record(String accountId) {
        AccountRecord a = accounts.get(Objects.requireNonNull(accountId, "accountId"));
        if (a == null) {
            throw new NoSuchElementException("no account " + accountId);
        }
        return a;
    }

    static int scale(Currency currency) {
        return Math.max(0, currency.getDefaultFractionDigits());
    }
}
