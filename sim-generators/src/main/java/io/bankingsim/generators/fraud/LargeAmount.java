package io.bankingsim.generators.fraud;

import io.bankingsim.core.event.Role;
import io.bankingsim.core.event.TransactionType;
import io.bankingsim.core.spi.World.Customer;

/**
 * {@code large_amount}: a customer talked into paying a fraudster (authorised push payment) logs
 * in from their usual device and sends one transfer of 8,000-25,000 to another customer's account.
 * At intensities other than 1 the number of such transfers scales (at least one). Stateless and
 * thread-safe.
 */
public final class LargeAmount extends BurstPattern {

    private static final Count TRANSFERS = new Count(1, 1, 1);

    public LargeAmount() {
        super("large_amount", 0, TRANSFERS);
    }

    @Override
    void play(CampaignBuilder b) {
        Customer victim = b.someone();
        Customer payee = b.someone();
        b.session(victim, victim.device(), Role.VICTIM);
        for (int i = b.count(TRANSFERS); i > 0; i--) {
            b.transfer(TransactionType.TRANSFER_OUT, victim, victim.accountIds().get(0), payee.accountIds().get(0),
                    b.amount(8_000, 25_000), victim.device(), Role.VICTIM);
            b.waitMinutes(2, 30);
        }
    }
}
