package io.bankingsim.generators.fraud;

import io.bankingsim.core.event.Channel;
import io.bankingsim.core.event.Geo;
import io.bankingsim.core.event.Role;
import io.bankingsim.core.spi.World.Customer;

/**
 * {@code unusual_location}: a cloned card is used in person in a city abroad: 1-3 card-present
 * purchases of 40-1,200 at stores there, minutes apart. Purchase count scales with intensity.
 * Stateless and thread-safe.
 */
public final class UnusualLocation extends BurstPattern {

    private static final Count PURCHASES = new Count(1, 3, 1);
    private static final String[] STORES = {"5411", "5812", "5814", "5541", "5732", "5311", "5944"};

    public UnusualLocation() {
        super("unusual_location", 0, PURCHASES);
    }

    @Override
    void play(CampaignBuilder b) {
        Customer victim = b.someone();
        String card = CampaignBuilder.card(victim);
        Geo abroad = b.world().foreignPlace(victim.home(), b.random());
        for (int i = b.count(PURCHASES); i > 0; i--) {
            b.purchase(victim, card, b.amount(40, 1_200), Channel.CARD_PRESENT, b.storeAt(abroad, STORES), null,
                    Role.FRAUDSTER);
            b.waitMinutes(3, 45);
        }
    }
}
