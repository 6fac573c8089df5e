package io.bankingsim.core.event;

import java.util.Objects;

/**
 * What an event really is: the label the simulator knows and the systems under test never see.
 * Immutable.
 *
 * @param fraud true for an event made by a fraud or laundering campaign
 * @param pattern the pattern type (e.g. {@code card_testing}); empty for genuine events
 * @param campaignId the campaign the event belongs to; empty for genuine events
 * @param role the event's part in the campaign; {@link Role#NONE} for genuine events
 */
public record GroundTruth(boolean fraud, String pattern, String campaignId, Role role) {

    /** The label of every genuine event. */
    public static final GroundTruth GENUINE = new GroundTruth(false, "", "", Role.NONE);

    public GroundTruth {
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(role, "role");
        if (fraud && (pattern.isEmpty() || campaignId.isEmpty())) {
            throw new IllegalArgumentException("a fraud label needs a pattern and a campaign id");
        }
        if (!fraud && (!pattern.isEmpty() || !campaignId.isEmpty() || role != Role.NONE)) {
            throw new IllegalArgumentException("a genuine label has no pattern, campaign or role");
        }
    }

    /** A fraud label. */
    public static GroundTruth fraud(String pattern, String campaignId, Role role) {
        return new GroundTruth(true, pattern, campaignId, role);
    }
}
