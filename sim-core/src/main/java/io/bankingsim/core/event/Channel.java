package io.bankingsim.core.event;

/** How a customer reached the bank. Connectors map these to each backend's own channel names. */
public enum Channel {
    CARD_PRESENT, ONLINE, ATM, MOBILE, BRANCH, SYSTEM;

    /** The lower-case name used in event logs and scenario files, e.g. {@code card_present}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
