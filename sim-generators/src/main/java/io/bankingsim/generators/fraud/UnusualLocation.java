package io.bankingsim.generators.fraud;

import io.bankingsim.core.event.Channel;
import io.bankingsim.core.event.Geo;
import io.bankingsim.core.event.Role;
import io.bankingsim.core.spi.World.Customer;

/**
 * {@code unusual_location}: a cloned card is used in person in a city abroad: 1-3 card-present
 * purchases of 40-1,200 at stores there, minutes apart. Six times in ten the owner has just paid
 * with the real card at home, 5-40 minutes before (impossible travel); that purchase is the
 * owner's own and stays labelled genuine. Purchase count scales with intensity. Stateless and
 * thread-safe.
 */
public final class UnusualLocation extends BurstPattern {

    private static final Count PURCHASES = new Count(1, 3, 1);
    private static final double HOME_FIRST = 0.6;
    private static final String[] EVERYDAY = {"5411", "5814", "5541", "5912"};
    private static final String[] STORES = {"5411", "5812", "5814", "5541", "5732", "5311", "5944"};

    public UnusualLocation() {
        super("unusual_location", 0, PURCHASES);
    }

    @Override
    void play(CampaignBuilder b) {
        Customer victim = b.someone();
        String card = CampaignBuilder.card(victim);
        Geo abroad = b.world().foreignPlace(victim.home(), b.random());
        if (b.random().nextDouble() < HOME_FIRST) {
            // the owner pays at home minutes before the clone is used abroad: impossible travel
            b.purchase(victim, card, b.amount(4, 120), Channel.CARD_PRESENT, b.storeAt(victim.home(), EVERYDAY),
                    null, null);
            b.waitMinutes(5, 40);
        }
        for (int i = b.count(PURCHASES); i > 0; i--) {
            b.purchase(victim, card, b.amount(40, 1_200), Channel.CARD_PRESENT, b.storeAt(abroad, STORES), null,
                    Role.FRAUDSTER);
            b.waitMinutes(3, 45);
        }
    }
}
