package io.bankingsim.generators.fraud;

import io.bankingsim.core.event.Device;
import io.bankingsim.core.event.ProfileChange;
import io.bankingsim.core.event.Role;
import io.bankingsim.core.event.TransactionType;
import io.bankingsim.core.outcome.Outcome;
import io.bankingsim.core.spi.World.Customer;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code account_takeover}: someone logs in with a customer's stolen credentials from a new device
 * in a place the customer never goes (another city or abroad), locks the owner out by changing
 * the password and then the phone and/or e-mail, and moves 1-3 transfers of 1,000-5,000 from the
 * main account to accounts the customer never paid before (mules), minutes apart. The attacker
 * stops at the first declined transfer. Transfer count scales with intensity. Stateless and
 * thread-safe.
 */
public final class AccountTakeover extends AdaptivePattern {

    private static final Count TRANSFERS = new Count(1, 3, 1);

    public AccountTakeover() {
        super("account_takeover", 0, TRANSFERS);
    }

    @Override
    Script script(CampaignBuilder b) {
        Customer victim = b.someone();
        Device device = b.strangerDevice(victim);
        int transfers = b.count(TRANSFERS);
        List<Customer> payees = new ArrayList<>();
        for (int i = 0; i < transfers; i++) {
            payees.add(b.someone());
        }
        return new Script() {
            private int step = -1;

            @Override
            public boolean next(CampaignBuilder b, List<Outcome> outcomes) {
                if (step >= 0 && !outcomes.isEmpty() && declined(outcomes.getLast())) {
                    return false;
                }
                if (step == -1) {
                    b.session(victim, device, Role.FRAUDSTER);
                    b.waitSeconds(20, 120);
                    b.profileChange(victim, ProfileChange.Change.PASSWORD, device, Role.FRAUDSTER);
                    b.waitSeconds(30, 180);
                    boolean both = b.random().nextDouble() < 0.4;
                    boolean phone = both || b.random().nextBoolean();
                    b.profileChange(victim, phone ? ProfileChange.Change.PHONE : ProfileChange.Change.EMAIL, device,
                            Role.FRAUDSTER);
                    if (both) {
                        b.waitSeconds(20, 120);
                        b.profileChange(victim, ProfileChange.Change.EMAIL, device, Role.FRAUDSTER);
                    }
                    b.waitMinutes(1, 10);
                    step = 0;
                    return true;
                }
                if (step == transfers) {
                    return false;
                }
                if (step > 0) {
                    b.waitMinutes(1, 15);
                }
                b.transfer(TransactionType.TRANSFER_OUT, victim, victim.accountIds().getFirst(),
                        payees.get(step).accountIds().getFirst(), b.amount(1_000, 5_000), device, Role.FRAUDSTER);
                step++;
                return true;
            }
        };
    }
}
