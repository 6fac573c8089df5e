package io.bankingsim.generators.fraud;

import io.bankingsim.core.event.Channel;
import io.bankingsim.core.event.Device;
import io.bankingsim.core.event.Merchant;
import io.bankingsim.core.event.Role;
import io.bankingsim.core.spi.World.Customer;

/**
 * {@code card_testing}: a stolen card is checked with 8-16 online micro-purchases (0.01-5.00) at
 * different merchants, 10-60 s apart, from a device never seen before; then one purchase of
 * 200-900 cashes it out. Probe count scales with intensity. Stateless and thread-safe.
 */
public final class CardTesting extends BurstPattern {

    private static final Count PROBES = new Count(8, 16, 0);

    public CardTesting() {
        super("card_testing", 1, PROBES);
    }

    @Override
    void play(CampaignBuilder b) {
        Customer victim = b.someone();
        String card = CampaignBuilder.card(victim);
        Device device = b.strangerDevice(victim);
        Merchant previous = null;
        for (int i = b.count(PROBES); i > 0; i--) {
            Merchant merchant = b.world().merchant(b.random());
            while (previous != null && merchant.id().equals(previous.id())) {
                merchant = b.world().merchant(b.random());
            }
            b.purchase(victim, card, b.amount(0.01, 5.00), Channel.ONLINE, merchant, device, Role.PROBE);
            b.waitSeconds(10, 60);
            previous = merchant;
        }
        b.purchase(victim, card, b.amount(200, 900), Channel.ONLINE, b.world().merchant(b.random()), device,
                Role.CASH_OUT);
    }
}
