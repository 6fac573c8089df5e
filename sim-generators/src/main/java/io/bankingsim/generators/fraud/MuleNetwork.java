package io.bankingsim.generators.fraud;

import io.bankingsim.core.event.Role;
import io.bankingsim.core.event.TransactionType;
import io.bankingsim.core.spi.World.Customer;

/**
 * {@code mule_network}: 4-8 customers send 500-3,000 each to one money mule (fan-in, role
 * placement); an hour or so later the mule forwards what came in, less a 4-10% cut, in 2-4
 * transfers to other accounts (fan-out, role mule). Both counts scale with intensity.
 * Stateless and thread-safe.
 */
public final class MuleNetwork extends BurstPattern {

    private static final Count FAN_IN = new Count(4, 8, 1);
    private static final Count FAN_OUT = new Count(2, 4, 1);

    public MuleNetwork() {
        super("mule_network", 0, FAN_IN, FAN_OUT);
    }

    @Override
    void play(CampaignBuilder b) {
        Customer mule = b.someone();
        String muleAccount = mule.accountIds().get(0);
        long received = 0;
        for (int i = b.count(FAN_IN); i > 0; i--) {
            Customer sender = b.someone();
            long amount = b.amount(500, 3_000);
            received += amount;
            b.session(sender, sender.device(), Role.PLACEMENT);
            b.transfer(TransactionType.TRANSFER_OUT, sender, sender.accountIds().get(0), muleAccount, amount,
                    sender.device(), Role.PLACEMENT);
            b.waitMinutes(5, 60);
        }
        b.waitMinutes(30, 180);
        int outs = b.count(FAN_OUT);
        double[] shares = new double[outs];
        double total = 0;
        for (int i = 0; i < outs; i++) {
            shares[i] = 0.5 + b.random().nextDouble();
            total += shares[i];
        }
        long forwarded = Math.round(received * (0.90 + 0.06 * b.random().nextDouble()));
        for (int i = 0; i < outs; i++) {
            Customer next = b.someone();
            long amount = Math.max(1, Math.round(forwarded * shares[i] / total));
            b.session(mule, mule.device(), Role.MULE);
            b.transfer(TransactionType.TRANSFER_OUT, mule, muleAccount, next.accountIds().get(0), amount,
                    mule.device(), Role.MULE);
            b.waitMinutes(2, 20);
        }
    }
}
