package io.bankingsim.connectors.mock;

import io.bankingsim.core.event.AccountOpened;
import io.bankingsim.core.event.CreditLimitChange;
import io.bankingsim.core.event.CustomerOnboarded;
import io.bankingsim.core.event.Transaction;

import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A small, real core-banking ledger for dry runs: it registers customers, opens accounts with an
 * opening balance and a credit limit, and books transactions with the same business rules a core
 * banking system applies.
 *
 * <ul>
 *   <li>A debit ({@link io.bankingsim.core.event.TransactionType#isDebit()}) needs
 *       balance + credit limit &ge; amount, else it is refused with {@code "insufficient funds"}.</li>
 *   <li>A debit whose {@code counterpartyAccountId} is an account of this ledger (a transfer or
 *       P2P payment inside the bank) credits that account too, so money is conserved.</li>
 *   <li>A credit ({@code TRANSFER_IN}, {@code DEPOSIT}) adds to its account only: incoming money
 *       comes from outside the bank (an internal transfer is booked once, from its debit side).</li>
 *   <li>An unknown account is refused with {@code "unknown account <id>"}; an amount in another
 *       currency than the account's with {@code "currency mismatch ..."}.</li>
 * </ul>
 * Balances are long minor units of each account's currency and go below zero only as far as the
 * account's credit limit.
 *
 * <p>Not thread-safe: the dry-run connector calls it from the engine thread only. Read balances
 * from that thread or after the run has finished.
 */
public final class MockLedger {

    /** Customer id to whether an onboarding event registered it (false: known as an owner only). */
    private final Map<String, Boolean> customers = new HashMap<>();
    private final Map<String, Integer> accountIndex = new HashMap<>();
    private long[] balances = new long[64];
    private long[] creditLimits = new long[64];
    private Currency[] currencies = new Currency[64];
    private int accounts;

    /**
     * What happened to one posting. {@link #BOOKED} is shared; a refusal carries its reason.
     *
     * @param booked whether the ledger changed
     * @param detail why it was refused, empty when booked
     */
    public record Posting(boolean booked, String detail) {
        /** The result of every successful posting. */
        public static final Posting BOOKED = new Posting(true, "");

        /** A refusal for a business reason. */
        public static Posting refused(String detail) {
            return new Posting(false, detail);
        }
    }

    /** Registers a customer; onboarding one customer twice is refused. */
    public Posting onboard(CustomerOnboarded event) {
        Boolean before = customers.put(event.customerId(), Boolean.TRUE);
        return before == Boolean.TRUE
                ? Posting.refused("customer " + event.customerId() + " already exists")
                : Posting.BOOKED;
    }

    /**
     * Opens an account with its opening balance and credit limit. An owner the ledger has not seen
     * onboarded is registered on the way (a run may start with an existing population); an
     * account id used twice is refused.
     */
    public Posting open(AccountOpened event) {
        if (accountIndex.containsKey(event.accountId())) {
            return Posting.refused("account " + event.accountId() + " already exists");
        }
        customers.putIfAbsent(event.customerId(), Boolean.FALSE);
        if (accounts == balances.length) {
            int size = accounts * 2;
            balances = Arrays.copyOf(balances, size);
            creditLimits = Arrays.copyOf(creditLimits, size);
            currencies = Arrays.copyOf(currencies, size);
        }
        balances[accounts] = event.openingBalance().minorUnits();
        creditLimits[accounts] = event.creditLimit().minorUnits();
        currencies[accounts] = event.openingBalance().currency();
        accountIndex.put(event.accountId(), accounts);
        accounts++;
        return Posting.BOOKED;
    }

    /** Sets an account's credit limit; an unknown account is refused. */
    public Posting changeLimit(CreditLimitChange event) {
        Integer account = accountIndex.get(event.accountId());
        if (account == null) {
            return Posting.refused("unknown account " + event.accountId());
        }
        creditLimits[account] = event.creditLimit().minorUnits();
        return Posting.BOOKED;
    }

    /** Books a transaction, or refuses it without changing anything. */
    public Posting post(Transaction tx) {
        Integer boxed = accountIndex.get(tx.accountId());
        if (boxed == null) {
            return Posting.refused("unknown account " + tx.accountId());
        }
        int account = boxed;
        long amount = tx.amount().minorUnits();
        if (!currencies[account].equals(tx.amount().currency())) {
            return currencyMismatch(tx, account);
        }
        if (!tx.type().isDebit()) {
            balances[account] = Math.addExact(balances[account], amount);
            return Posting.BOOKED;
        }
        int counterparty = -1;
        if (tx.counterpartyAccountId() != null) {
            Integer other = accountIndex.get(tx.counterpartyAccountId());
            if (other != null) {
                counterparty = other;
                if (!currencies[counterparty].equals(tx.amount().currency())) {
                    return currencyMismatch(tx, counterparty);
                }
            }
        }
        if (balances[account] + creditLimits[account] < amount) {
            return Posting.refused("insufficient funds");
        }
        balances[account] -= amount;
        if (counterparty >= 0) {
            balances[counterparty] = Math.addExact(balances[counterparty], amount);
        }
        return Posting.BOOKED;
    }

    private Posting currencyMismatch(Transaction tx, int account) {
        return Posting.refused("currency mismatch: " + tx.amount().currency().getCurrencyCode() + " on a "
                + currencies[account].getCurrencyCode() + " account");
    }

    /** Whether the ledger holds this account. */
    public boolean hasAccount(String accountId) {
        return accountIndex.containsKey(accountId);
    }

    /**
     * The account's balance in minor units of its currency; negative when credit is in use.
     *
     * @throws NoSuchElementException for an account the ledger does not hold
     */
    public long balance(String accountId) {
        return balances[index(accountId)];
    }

    /** The account's credit limit in minor units. */
    public long creditLimit(String accountId) {
        return creditLimits[index(accountId)];
    }

    /** The account's currency. */
    public Currency currency(String accountId) {
        return currencies[index(accountId)];
    }

    /**
     * The sum of all balances in minor units. Meaningful for a single-currency bank (which a
     * scenario is); use {@link #totalBalance(Currency)} otherwise.
     */
    public long totalBalance() {
        long total = 0;
        for (int i = 0; i < accounts; i++) {
            total = Math.addExact(total, balances[i]);
        }
        return total;
    }

    /** The sum of the balances of the accounts in {@code currency}, in its minor units. */
    public long totalBalance(Currency currency) {
        long total = 0;
        for (int i = 0; i < accounts; i++) {
            if (currencies[i].equals(currency)) {
                total = Math.addExact(total, balances[i]);
            }
        }
        return total;
    }

    /** Number of accounts opened. */
    public int accountCount() {
        return accounts;
    }

    /** Number of customers known (onboarded, or owners of an opened account). */
    public int customerCount() {
        return customers.size();
    }

    private int index(String accountId) {
        Integer index = accountIndex.get(accountId);
        if (index == null) {
            throw new NoSuchElementException("unknown account " + accountId);
        }
        return index;
    }
}
