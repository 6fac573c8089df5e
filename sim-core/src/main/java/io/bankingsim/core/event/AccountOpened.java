package io.bankingsim.core.event;

import java.time.Instant;
import java.util.Objects;

/**
 * A customer opens an account, funded with an opening balance. Immutable.
 *
 * @param id event id
 * @param time virtual instant
 * @param customerId owner
 * @param accountId the simulator's account id
 * @param product kind of account
 * @param openingBalance the money the account starts with (its currency is the account's)
 * @param creditLimit credit available beyond the balance (zero for accounts without credit)
 * @param accountNumber the account's number as the bank's customers see it (an IBAN where the
 *     bank's country uses them, else the domestic account number), or {@code null}
 * @param card the card issued with the account (debit or credit card), or {@code null}
 * @param truth ground truth
 */
public record AccountOpened(String id, Instant time, String customerId, String accountId, ProductType product,
                            Money openingBalance, Money creditLimit, String accountNumber, Card card,
                            GroundTruth truth) implements Event {

    public AccountOpened {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(openingBalance, "openingBalance");
        Objects.requireNonNull(creditLimit, "creditLimit");
        Objects.requireNonNull(truth, "truth");
        if (!openingBalance.currency().equals(creditLimit.currency())) {
            throw new IllegalArgumentException("balance and credit limit differ in currency");
        }
    }

    /** An account without a printed number or card (e.g. from a generator that models neither). */
    public AccountOpened(String id, Instant time, String customerId, String accountId, ProductType product,
                         Money openingBalance, Money creditLimit, GroundTruth truth) {
        this(id, time, customerId, accountId, product, openingBalance, creditLimit, null, null, truth);
    }

    @Override
    public String kind() {
        return "account_opened";
    }
}
