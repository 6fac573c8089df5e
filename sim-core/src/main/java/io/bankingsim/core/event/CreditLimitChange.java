package io.bankingsim.core.event;

import java.time.Instant;
import java.util.Objects;

/**
 * The bank changes an account's credit limit: a credit card's limit raised for a customer with a
 * good history, or an overdraft extended. Synthetic identities build a history to get exactly
 * this before they bust out. Immutable.
 *
 * @param id event id
 * @param time virtual instant
 * @param customerId the account holder
 * @param accountId the account whose limit changes
 * @param creditLimit the new credit limit
 * @param truth ground truth
 */
public record CreditLimitChange(String id, Instant time, String customerId, String accountId, Money creditLimit,
                                GroundTruth truth) implements Event {

    public CreditLimitChange {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(creditLimit, "creditLimit");
        Objects.requireNonNull(truth, "truth");
    }

    @Override
    public String kind() {
        return "credit_limit_change";
    }
}
