package io.bankingsim.core.outcome;

/**
 * How the delivery of one event ended. Every event gets exactly one outcome with one status.
 */
public enum Status {
    /** The backends answered; the event was handled (approved, declined or posted). */
    OK,
    /** The core-banking system refused the posting for a business reason (e.g. insufficient funds). */
    REJECTED,
    /** A backend was asked but failed: error status, timeout, refused connection, bad body. */
    ERROR,
    /** A backend refused for rate limiting and retries did not get through. */
    THROTTLED,
    /** A request was sent but its answer was lost; whether it took effect is not known. */
    UNKNOWN,
    /** The event was generated but never sent (the run was stopped first). */
    NOT_DELIVERED;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
