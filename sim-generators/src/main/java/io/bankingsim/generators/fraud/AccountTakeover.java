package io.bankingsim.generators.fraud;

import io.bankingsim.core.event.Device;
import io.bankingsim.core.event.Role;
import io.bankingsim.core.event.TransactionType;
import io.bankingsim.core.spi.World.Customer;

/**
 * {@code account_takeover}: someone logs in with a customer's credentials from abroad on a new
 * device, then moves 1-3 transfers of 1,000-5,000 out of the main account to another customer's
 * account (a mule), minutes apart. Transfer count scales with intensity. Stateless and thread-safe.
 */
public final class AccountTakeover extends BurstPattern {

    private static final Count TRANSFERS = new Count(1, 3, 1);

    public AccountTakeover() {
        super("account_takeover", 0, TRANSFERS);
    }

    @Override
    void play(CampaignBuilder b) {
        Customer victim = b.someone();
        Customer mule = b.someone();
        Device device = b.world().newDevice(b.world().foreignPlace(victim.home(), b.random()), b.random());
        b.session(victim, device, Role.FRAUDSTER);
        b.waitSeconds(30, 300);
        for (int i = b.count(TRANSFERS); i > 0; i--) {
            b.transfer(TransactionType.TRANSFER_OUT, victim, victim.accountIds().get(0), mule.accountIds().get(0),
                    b.amount(1_000, 5_000), device, Role.FRAUDSTER);
            b.waitMinutes(1, 15);
        }
    }
}
