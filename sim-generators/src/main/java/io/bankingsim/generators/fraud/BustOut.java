package io.bankingsim.generators.fraud;

import io.bankingsim.core.event.Channel;
import io.bankingsim.core.event.GroundTruth;
import io.bankingsim.core.event.Role;
import io.bankingsim.core.event.TransactionType;
import io.bankingsim.core.spi.World.Customer;

/**
 * {@code bust_out}: an established customer maxes out their credit and vanishes: within a day,
 * 4-8 card-present purchases at electronics, jewellery, department stores and DIY stores in their
 * city that together spend 90-110% of the card's credit limit (the limit the bank gave them, from
 * {@code World.accountOpening}; 500-3,000 each when it has none), then 1-2 cash withdrawals, then
 * silence: the customer's everyday activity stops ({@code World.silence}). Counts scale with
 * intensity. Stateless and thread-safe.
 */
public final class BustOut extends BurstPattern {

    private static final Count PURCHASES = new Count(4, 8, 1);
    private static final Count CASH = new Count(1, 2, 1);
    private static final String[] STORES = {"5732", "5944", "5311", "5310", "5200"};

    public BustOut() {
        super("bust_out", 0, PURCHASES, CASH);
    }

    @Override
    void play(CampaignBuilder b) {
        Customer fraudster = b.someone();
        String card = CampaignBuilder.card(fraudster);
        long limit = creditLimit(b, fraudster, card);
        int purchases = b.count(PURCHASES);
        double[] shares = new double[purchases];
        double total = 0;
        for (int i = 0; i < purchases; i++) {
            shares[i] = 0.5 + b.random().nextDouble();
            total += shares[i];
        }
        long spend = Math.round(limit * (0.9 + 0.2 * b.random().nextDouble()));
        double hours = 4 + 20 * b.random().nextDouble();
        long[] times = b.spread(purchases, hours * 60);
        for (int i = 0; i < purchases; i++) {
            b.at(times[i]);
            long amount = limit > 0 ? Math.max(b.minorPerMajor(), Math.round(spend * shares[i] / total) + b.amount(0, 1))
                    : b.amount(500, 3_000);
            b.purchase(fraudster, card, amount, Channel.CARD_PRESENT, b.storeAt(fraudster.home(), STORES), null,
                    Role.FRAUDSTER);
        }
        for (int i = b.count(CASH); i > 0; i--) {
            b.waitMinutes(20, 180);
            b.transaction(TransactionType.ATM_WITHDRAWAL, fraudster, card, null,
                    (1 + b.random().nextInt(40)) * 20 * b.minorPerMajor(), Channel.ATM,
                    b.world().merchantAt("6011", fraudster.home(), b.random()), null, Role.CASH_OUT);
        }
        b.waitMinutes(1, 30);
        b.silenceAtCursor(fraudster);
    }

    /** The credit limit the bank gave the account, in minor units (0 when it could not be told). */
    private static long creditLimit(CampaignBuilder b, Customer who, String account) {
        try {
            return b.world().accountOpening("limit", b.campaign().start(), who, account, GroundTruth.GENUINE)
                    .creditLimit().minorUnits();
        } catch (UnsupportedOperationException e) {
            return 0;
        }
    }
}
