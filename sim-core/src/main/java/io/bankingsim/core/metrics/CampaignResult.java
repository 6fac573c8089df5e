package io.bankingsim.core.metrics;

import java.time.Instant;
import java.util.Objects;

/**
 * How one fraud campaign fared against the detector. Immutable.
 *
 * @param campaignId the campaign's id (ground truth)
 * @param pattern its fraud pattern
 * @param firstEvent the virtual instant of its first event
 * @param events its events whose outcome arrived
 * @param detected whether one of them was flagged (review or decline)
 * @param delaySeconds virtual seconds from its first event to its first flagged one; {@code NaN} when not detected
 * @param eventsToDetection outcomes up to and including the first flagged one; 0 when not detected
 */
public record CampaignResult(String campaignId, String pattern, Instant firstEvent, long events, boolean detected,
                             double delaySeconds, long eventsToDetection) {

    public CampaignResult {
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(firstEvent, "firstEvent");
    }
}
