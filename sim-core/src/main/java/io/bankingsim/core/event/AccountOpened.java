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
 * @param truth ground truth
 */
public record AccountOpened(String id, Instant time, String customerId, String accountId, ProductType product,
                            Money openingBalance, Money creditLimit, GroundTruth truth) implements Event {

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

    @Override
    public String kind() {
        return "account_opened";
    }
}
