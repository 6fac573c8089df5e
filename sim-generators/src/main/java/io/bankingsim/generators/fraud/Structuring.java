package io.bankingsim.generators.fraud;

import io.bankingsim.core.event.Channel;
import io.bankingsim.core.event.Role;
import io.bankingsim.core.scenario.PatternSettings;
import io.bankingsim.core.spi.World.Customer;

/**
 * {@code structuring}: cash is paid into one account in 4-8 deposits of 90% to 99.5% of the
 * reporting threshold ({@code params.threshold}, default 10,000: deposits of 9,000-9,950), each
 * just under it, over one to three days, at branches and ATMs. Deposit count scales with
 * intensity. Stateless and thread-safe.
 */
public final class Structuring extends BurstPattern {

    private static final Count DEPOSITS = new Count(4, 8, 1);

    public Structuring() {
        super("structuring", 0, DEPOSITS);
    }

    @Override
    public void check(PatternSettings settings) {
        threshold(settings);
    }

    @Override
    void play(CampaignBuilder b) {
        Customer launderer = b.someone();
        double threshold = threshold(b.campaign().settings());
        double days = 1 + 2 * b.random().nextDouble();
        for (long at : b.spread(b.count(DEPOSITS), days * 24 * 60)) {
            b.at(at);
            Channel channel = b.random().nextDouble() < 0.7 ? Channel.BRANCH : Channel.ATM;
            long amount = Math.min(b.amount(threshold * 0.90, threshold * 0.995),
                    Math.round(threshold * b.minorPerMajor()) - 1);
            b.deposit(launderer, launderer.accountIds().get(0), amount, channel, Role.PLACEMENT);
        }
    }

    /** The reporting threshold, {@code params.threshold} (default 10,000 in the scenario's currency). */
    static double threshold(PatternSettings settings) {
        Object value = settings.params().getOrDefault("threshold", 10_000L);
        if (!(value instanceof Number n) || !(n.doubleValue() >= 100) || Double.isInfinite(n.doubleValue())) {
            throw new IllegalArgumentException("params.threshold must be a number at least 100 (the cash reporting"
                    + " threshold in the scenario's currency, default 10000), got " + value);
        }
        return n.doubleValue();
    }
}
