package io.bankingsim.generators.fraud;

import io.bankingsim.core.event.Channel;
import io.bankingsim.core.event.Device;
import io.bankingsim.core.event.Role;
import io.bankingsim.core.spi.World.Customer;

/**
 * {@code velocity_attack}: a compromised card is drained with 50-60 online purchases of 5-250 at
 * many merchants within five minutes, from a new device. Purchase count scales with intensity.
 * Stateless and thread-safe.
 */
public final class VelocityAttack extends BurstPattern {

    private static final Count PURCHASES = new Count(50, 60, 1);

    public VelocityAttack() {
        super("velocity_attack", 0, PURCHASES);
    }

    @Override
    void play(CampaignBuilder b) {
        Customer victim = b.someone();
        String card = CampaignBuilder.card(victim);
        Device device = b.strangerDevice(victim);
        for (long at : b.spread(b.count(PURCHASES), 5)) {
            b.at(at);
            b.purchase(victim, card, b.amount(5, 250), Channel.ONLINE, b.world().merchant(b.random()), device,
                    Role.FRAUDSTER);
        }
    }
}
