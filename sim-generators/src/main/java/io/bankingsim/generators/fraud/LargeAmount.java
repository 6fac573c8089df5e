package io.bankingsim.generators.fraud;

import io.bankingsim.core.event.Role;
import io.bankingsim.core.event.TransactionType;
import io.bankingsim.core.spi.World.Customer;

/**
 * {@code large_amount}: a customer talked into paying a fraudster (authorised push payment) logs
 * in from their usual device and sends one transfer far above their own payments (60-130% of
 * their checking account's opening balance, 8,000 to 60,000) to another customer's account.
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
        long size = size(b, victim);
        b.session(victim, victim.device(), Role.VICTIM);
        for (int i = b.count(TRANSFERS); i > 0; i--) {
            b.transfer(TransactionType.TRANSFER_OUT, victim, victim.accountIds().get(0), payee.accountIds().get(0),
                    size + b.amount(0, 99), victim.device(), Role.VICTIM);
            b.waitMinutes(2, 30);
        }
    }

    /**
     * A sum far above the victim's own payments: 60-130% of what the account was opened with (their
     * savings, as the scammer urges), at least 8,000, at most 60,000; 8,000-25,000 when the world
     * cannot tell.
     */
    private static long size(CampaignBuilder b, Customer victim) {
        long major = b.minorPerMajor();
        try {
            long opening = b.world().accountOpening("size", b.campaign().start(), victim, victim.accountIds().get(0),
                    io.bankingsim.core.event.GroundTruth.GENUINE).openingBalance().minorUnits();
            long wanted = Math.round(opening * (0.6 + 0.7 * b.random().nextDouble()));
            return Math.min(60_000 * major, Math.max(8_000 * major, wanted));
        } catch (UnsupportedOperationException e) {
            return b.amount(8_000, 25_000);
        }
    }
}
