package io.bankingsim.core.metrics;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * How soon fraud campaigns were caught. A campaign is detected when the first of its events is
 * flagged; its detection delay is the virtual time from the campaign's first event to that
 * flagged event. Immutable and thread-safe.
 *
 * @param campaignsSeen campaigns with at least one event released
 * @param campaignsDetected campaigns with at least one flagged event
 * @param meanDelaySeconds mean detection delay in virtual seconds over detected campaigns;
 *                         {@code NaN} (JSON {@code null}) while none is detected
 * @param maxDelaySeconds the longest detection delay in virtual seconds; {@code NaN} while none
 * @param meanEventsToDetection mean number of a detected campaign's events whose outcome arrived up
 *                              to and including the first flagged one (1 = caught at once);
 *                              {@code NaN} while none is detected
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CampaignDetection(long campaignsSeen, long campaignsDetected,
                                @JsonSerialize(using = UndefinedAsNullSerializer.class) double meanDelaySeconds,
                                @JsonSerialize(using = UndefinedAsNullSerializer.class) double maxDelaySeconds,
                                @JsonSerialize(using = UndefinedAsNullSerializer.class)
                                double meanEventsToDetection) {

    public CampaignDetection {
        if (campaignsSeen < 0 || campaignsDetected < 0 || campaignsDetected > campaignsSeen) {
            throw new IllegalArgumentException("need 0 <= detected <= seen: " + campaignsDetected + "/" + campaignsSeen);
        }
    }

    /** campaignsDetected / campaignsSeen; {@code NaN} before any campaign. */
    public double detectedFraction() {
        return Ratios.of(campaignsDetected, campaignsSeen);
    }
}
