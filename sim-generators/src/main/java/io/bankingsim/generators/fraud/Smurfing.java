package io.bankingsim.generators.fraud;

import io.bankingsim.core.event.Role;
import io.bankingsim.core.event.TransactionType;
import io.bankingsim.core.spi.World.Customer;

/**
 * {@code smurfing}: 5-10 different customers (smurfs) each pay 300-2,000 into one collecting
 * account by P2P payment from their own device, 10-90 minutes apart. Payment count scales with
 * intensity. Stateless and thread-safe.
 */
public final class Smurfing extends BurstPattern {

    private static final Count PAYMENTS = new Count(5, 10, 1);

    public Smurfing() {
        super("smurfing", 0, PAYMENTS);
    }

    @Override
    void play(CampaignBuilder b) {
        Customer collector = b.someone();
        for (int i = b.count(PAYMENTS); i > 0; i--) {
            Customer smurf = b.someone();
            b.session(smurf, smurf.device(), Role.PLACEMENT);
            b.transfer(TransactionType.P2P, smurf, smurf.accountIds().get(0), collector.accountIds().get(0),
                    b.amount(300, 2_000), smurf.device(), Role.PLACEMENT);
            b.waitMinutes(10, 90);
        }
    }
}
