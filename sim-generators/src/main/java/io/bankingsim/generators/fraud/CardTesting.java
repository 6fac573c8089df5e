package io.bankingsim.generators.fraud;

import io.bankingsim.core.event.Channel;
import io.bankingsim.core.event.Device;
import io.bankingsim.core.event.Merchant;
import io.bankingsim.core.event.Role;
import io.bankingsim.core.outcome.Outcome;
import io.bankingsim.core.spi.World.Customer;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code card_testing}: a tester working through a list of stolen cards checks them with 8-16
 * online micro-purchases (0.01-5.00) at ever different merchants, 10-60 s apart, from a device
 * never seen before, then makes one purchase of 200-900 (the cash-out) on the last card that went
 * through. It ignores a decline, but a card declined twice is dropped for the next card of the list
 * (the list is long: a tester does not run out). So declines change which cards are hit, not how
 * many probes are made; only a tester whose every probe was declined has nothing to cash out.
 * Probe count scales with intensity. Stateless and thread-safe.
 */
public final class CardTesting extends AdaptivePattern {

    private static final Count PROBES = new Count(8, 16, 0);

    public CardTesting() {
        super("card_testing", 1, PROBES);
    }

    @Override
    Script script(CampaignBuilder b) {
        List<Customer> victims = new ArrayList<>();
        victims.add(b.someone());
        Device device = b.strangerDevice(victims.getFirst());
        int probes = b.count(PROBES);
        return new Script() {
            private int card;
            private int declines;
            private int probed;
            private int working = -1;
            private Merchant previous;

            @Override
            public boolean next(CampaignBuilder b, List<Outcome> outcomes) {
                if (!outcomes.isEmpty()) {
                    if (!declined(outcomes.getLast())) {
                        working = card;
                    } else if (++declines >= 2) {
                        card++;
                        declines = 0;
                        victims.add(b.someone());
                    }
                }
                if (probed == probes) {
                    if (working < 0) {
                        return false; // no card went through: nothing to cash out
                    }
                    Customer owner = victims.get(working);
                    b.waitSeconds(30, 300);
                    b.purchase(owner, CampaignBuilder.card(owner), b.amount(200, 900), Channel.ONLINE,
                            b.world().merchant(b.random()), device, Role.CASH_OUT);
                    return false;
                }
                Customer victim = victims.get(card);
                String account = CampaignBuilder.card(victim);
                Merchant merchant = b.world().merchant(b.random());
                while (previous != null && merchant.id().equals(previous.id())) {
                    merchant = b.world().merchant(b.random());
                }
                if (probed > 0) {
                    b.waitSeconds(10, 60);
                }
                b.purchase(victim, account, b.amount(0.01, 5.00), Channel.ONLINE, merchant, device, Role.PROBE);
                previous = merchant;
                probed++;
                return true;
            }
        };
    }
}
