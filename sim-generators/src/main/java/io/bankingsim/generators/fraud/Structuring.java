package io.bankingsim.generators.fraud;

import io.bankingsim.core.event.Channel;
import io.bankingsim.core.event.Role;
import io.bankingsim.core.spi.World.Customer;

/**
 * {@code structuring}: cash is paid into one account in 4-8 deposits of 9,000-9,950, each just
 * under the 10,000 reporting threshold, over one to three days, at branches and ATMs. Deposit
 * count scales with intensity. Stateless and thread-safe.
 */
public final class Structuring extends BurstPattern {

    private static final Count DEPOSITS = new Count(4, 8, 1);

    public Structuring() {
        super("structuring", 0, DEPOSITS);
    }

    @Override
    void play(CampaignBuilder b) {
        Customer launderer = b.someone();
        double days = 1 + 2 * b.random().nextDouble();
        for (long at : b.spread(b.count(DEPOSITS), days * 24 * 60)) {
            b.at(at);
            Channel channel = b.random().nextDouble() < 0.7 ? Channel.BRANCH : Channel.ATM;
            b.deposit(launderer, launderer.accountIds().get(0), b.amount(9_000, 9_950), channel, Role.PLACEMENT);
        }
    }
}
