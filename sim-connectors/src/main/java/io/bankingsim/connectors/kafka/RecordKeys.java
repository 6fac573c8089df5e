package io.bankingsim.connectors.kafka;

import io.bankingsim.core.event.AccountOpened;
import io.bankingsim.core.event.CreditLimitChange;
import io.bankingsim.core.event.CustomerOnboarded;
import io.bankingsim.core.event.Event;
import io.bankingsim.core.event.Login;
import io.bankingsim.core.event.ProfileChange;
import io.bankingsim.core.event.Transaction;

/**
 * The key of an event's records: the account for events that concern one account
 * ({@code transaction}, {@code account_opened}, {@code credit_limit_change}), the customer for the
 * others ({@code customer_onboarded}, {@code login}, {@code profile_change}). Kafka's default
 * partitioner sends equal keys to one partition, so one account's events (and their outcomes,
 * which carry the event's key) stay in order. Stateless.
 */
final class RecordKeys {

    private RecordKeys() {
    }

    /** The record key of {@code event} and of its outcome. */
    static String of(Event event) {
        return switch (event) {
            case Transaction t -> t.accountId();
            case AccountOpened a -> a.accountId();
            case CreditLimitChange c -> c.accountId();
            case CustomerOnboarded c -> c.customerId();
            case Login l -> l.customerId();
            case ProfileChange p -> p.customerId();
        };
    }
}
