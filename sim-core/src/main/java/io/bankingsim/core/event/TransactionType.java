package io.bankingsim.core.event;

import java.util.Locale;

/** The kinds of money movement the simulator generates. */
public enum TransactionType {
    CARD_PURCHASE(true), ATM_WITHDRAWAL(true), TRANSFER_OUT(true), TRANSFER_IN(false),
    DEPOSIT(false), BILL_PAYMENT(true), P2P(true);

    private final boolean debit;

    TransactionType(boolean debit) {
        this.debit = debit;
    }

    /** True when money leaves the event's account. */
    public boolean isDebit() {
        return debit;
    }

    /** The lower-case name used in event logs, e.g. {@code card_purchase}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
