package io.bankingsim.connectors.stub;

import java.util.Objects;

/**
 * One truth report received by the Bastion stub's {@code POST /feedback}. Immutable.
 *
 * @param transactionId the event the report is about
 * @param actualFraud whether it was fraud
 * @param analystDecision the analyst's decision as sent, or null
 * @param confidence the confidence as sent, or null
 * @param notes the notes as sent, or null
 */
public record Feedback(String transactionId, boolean actualFraud, String analystDecision, Double confidence,
                       String notes) {

    public Feedback {
        Objects.requireNonNull(transactionId, "transactionId");
    }
}
