package io.bankingsim.core.event;

import java.util.Locale;

/** Kinds of account. {@link #CREDIT_CARD} maps to Nexum's {@code credit_line}. */
public enum ProductType {
    CHECKING, SAVINGS, CREDIT_CARD, BUSINESS;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
