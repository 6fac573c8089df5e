package io.bankingsim.generators.fraud;

import io.bankingsim.core.scenario.PatternSettings;
import io.bankingsim.core.spi.Campaign;
import io.bankingsim.core.spi.EventSource;
import io.bankingsim.core.spi.FraudPattern;

/**
 * Base of the built-in patterns: a campaign is a short burst of events played by
 * {@link #play(CampaignBuilder)}. A pattern declares how many transactions it makes (a fixed
 * number plus {@link Count}s it draws), which gives {@link #expectedTransactions} exactly.
 * Stateless and thread-safe.
 */
abstract class BurstPattern implements FraudPattern {

    private final String type;
    private final int fixedTransactions;
    private final Count[] drawnTransactions;

    /**
     * @param type the pattern's registered name
     * @param fixedTransactions transactions every campaign makes whatever its intensity
     * @param drawnTransactions the counts of the other transactions, each drawn exactly once per campaign
     */
    BurstPattern(String type, int fixedTransactions, Count... drawnTransactions) {
        this.type = type;
        this.fixedTransactions = fixedTransactions;
        this.drawnTransactions = drawnTransactions.clone();
    }

    @Override
    public final String type() {
        return type;
    }

    @Override
    public double expectedTransactions(PatternSettings settings) {
        double mean = fixedTransactions;
        for (Count count : drawnTransactions) {
            mean += count.mean(settings.intensity());
        }
        return mean;
    }

    @Override
    public EventSource campaign(Campaign campaign) {
        CampaignBuilder builder = new CampaignBuilder(type, campaign);
        play(builder);
        return builder.source();
    }

    /** Makes the campaign's events, starting at the cursor. */
    abstract void play(CampaignBuilder b);
}
