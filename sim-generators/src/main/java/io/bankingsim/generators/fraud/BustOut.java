package io.bankingsim.generators.fraud;

import io.bankingsim.core.event.Channel;
import io.bankingsim.core.event.Role;
import io.bankingsim.core.spi.World.Customer;

/**
 * {@code bust_out}: a customer who built up credit maxes out their card within a day: 4-8
 * card-present purchases of 500-3,000 at electronics, jewellery and department stores in their
 * city, on the credit card account (the main account when they have none). Purchase count scales
 * with intensity. Stateless and thread-safe.
 */
public final class BustOut extends BurstPattern {

    private static final Count PURCHASES = new Count(4, 8, 1);
    private static final String[] STORES = {"5732", "5944", "5311", "5310", "5200"};

    public BustOut() {
        super("bust_out", 0, PURCHASES);
    }

    @Override
    void play(CampaignBuilder b) {
        Customer fraudster = b.someone();
        String card = CampaignBuilder.card(fraudster);
        double hours = 4 + 20 * b.random().nextDouble();
        for (long at : b.spread(b.count(PURCHASES), hours * 60)) {
            b.at(at);
            b.purchase(fraudster, card, b.amount(500, 3_000), Channel.CARD_PRESENT, b.storeAt(fraudster.home(), STORES),
                    null, Role.FRAUDSTER);
        }
    }
}
