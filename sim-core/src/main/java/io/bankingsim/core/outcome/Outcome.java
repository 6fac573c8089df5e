package io.bankingsim.core.outcome;

import java.util.List;
import java.util.Objects;

/**
 * What the systems under test did with one event. Exactly one per event. Immutable.
 *
 * @param eventId the event this answers
 * @param status how the delivery ended
 * @param decision the fraud detector's decision, {@link Decision#NONE} if none was asked
 * @param riskScore the detector's score 0..1, or {@code -1} when there is none
 * @param ruleHits the detector's rule hits (may be empty)
 * @param posted true when the money movement was booked by the core-banking system
 * @param serviceNanos time from the first request sent to the last answer received (0 if none)
 * @param detail a short reason for anything but a plain success, e.g. {@code "insufficient funds"}
 */
public record Outcome(String eventId, Status status, Decision decision, double riskScore, List<String> ruleHits,
                      boolean posted, long serviceNanos, String detail) {

    public Outcome {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(decision, "decision");
        ruleHits = List.copyOf(ruleHits);
        Objects.requireNonNull(detail, "detail");
        if (riskScore != -1 && (riskScore < 0 || riskScore > 1)) {
            throw new IllegalArgumentException("risk score must be within 0..1 or -1: " + riskScore);
        }
        if (serviceNanos < 0) {
            throw new IllegalArgumentException("negative latency");
        }
    }

    /** The outcome of an event that was generated but never sent. */
    public static Outcome notDelivered(String eventId, String why) {
        return new Outcome(eventId, Status.NOT_DELIVERED, Decision.NONE, -1, List.of(), false, 0, why);
    }

    /** The outcome of an event that was sent but whose answer never came: it may have taken effect. */
    public static Outcome unknown(String eventId, String why) {
        return new Outcome(eventId, Status.UNKNOWN, Decision.NONE, -1, List.of(), false, 0, why);
    }

    /** The outcome of an event whose delivery failed with an error. */
    public static Outcome error(String eventId, String why, long serviceNanos) {
        return new Outcome(eventId, Status.ERROR, Decision.NONE, -1, List.of(), false, serviceNanos, why);
    }
}
