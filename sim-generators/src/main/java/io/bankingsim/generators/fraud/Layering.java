package io.bankingsim.generators.fraud;

import io.bankingsim.core.event.Role;
import io.bankingsim.core.event.TransactionType;
import io.bankingsim.core.spi.World.Customer;

/**
 * {@code layering}: dirty money hops along a chain of mule accounts, 3-10 transfers between
 * distinct customers' accounts, each passing on the amount less 1-5% and each made online after a
 * login, held for minutes to hours (role layering); the last account of the chain moves what is
 * left out of the bank (the exit, role integration). The first transfer moves 5,000-40,000. Hop
 * count scales with intensity. Stateless and thread-safe.
 */
public final class Layering extends BurstPattern {

    private static final Count HOPS = new Count(3, 10, 2);

    public Layering() {
        super("layering", 1, HOPS);
    }

    @Override
    void play(CampaignBuilder b) {
        Customer holder = b.someone();
        long amount = b.amount(5_000, 40_000);
        for (int hop = b.count(HOPS); hop > 0; hop--) {
            Customer next = b.someone();
            b.session(holder, holder.device(), Role.LAYERING);
            b.transfer(TransactionType.TRANSFER_OUT, holder, holder.accountIds().get(0), next.accountIds().get(0),
                    amount, holder.device(), Role.LAYERING);
            b.waitLogMinutes(5, 180);
            amount = Math.max(1, amount - Math.round(amount * (0.01 + 0.04 * b.random().nextDouble())));
            holder = next;
        }
        b.session(holder, holder.device(), Role.INTEGRATION);
        b.transfer(TransactionType.TRANSFER_OUT, holder, holder.accountIds().get(0), null, amount, holder.device(),
                Role.INTEGRATION);
    }
}
