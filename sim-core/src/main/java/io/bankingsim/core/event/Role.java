package io.bankingsim.core.event;

import java.util.Locale;

/**
 * The part an event plays in a fraud or money-laundering campaign (ground truth).
 * {@link #NONE} for genuine events.
 */
public enum Role {
    NONE, VICTIM, FRAUDSTER, MULE, PLACEMENT, LAYERING, INTEGRATION, CASH_OUT, PROBE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
