package io.bankingsim.core.outcome;

/** What the fraud detector decided. {@link #NONE} when no detector was asked. */
public enum Decision {
    APPROVE, REVIEW, DECLINE, NONE;

    /** True for the decisions that count as flagging the event as fraud (review or decline). */
    public boolean flagged() {
        return this == REVIEW || this == DECLINE;
    }

    /** The lower-case name used in logs. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
