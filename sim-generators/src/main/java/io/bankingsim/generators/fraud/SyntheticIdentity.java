package io.bankingsim.generators.fraud;

import io.bankingsim.core.event.AccountOpened;
import io.bankingsim.core.event.Channel;
import io.bankingsim.core.event.CustomerOnboarded;
import io.bankingsim.core.event.CustomerOnboarded.Identity;
import io.bankingsim.core.event.CustomerOnboarded.KycCheck;
import io.bankingsim.core.event.ProductType;
import io.bankingsim.core.event.Role;
import io.bankingsim.core.spi.World;
import io.bankingsim.core.spi.World.Customer;
import io.bankingsim.core.traffic.RandomStreams;
import io.bankingsim.generators.internal.Identities;
import io.bankingsim.generators.internal.Ids;
import io.bankingsim.generators.internal.Places;

import java.util.List;

/**
 * {@code synthetic_identity}: a made-up person opens a relationship: onboarding with subtly off
 * identity signals (young e-mail and phone, address or identity not quite matching), a checking
 * account with a small opening balance, a few small purchases over the next days to look normal,
 * then 3-5 purchases of 600-2,500 in a few hours. The new customer's index lies above the
 * population ({@code customerCount + campaign number}), in the same id format as everyone's.
 * Purchase counts scale with intensity. Stateless and thread-safe.
 */
public final class SyntheticIdentity extends BurstPattern {

    private static final Count SMALL = new Count(2, 4, 0);
    private static final Count LARGE = new Count(3, 5, 1);
    private static final String[] EVERYDAY = {"5411", "5814", "5541", "5912"};
    private static final String[] VALUABLE = {"5732", "5944", "5311"};

    public SyntheticIdentity() {
        super("synthetic_identity", 0, SMALL, LARGE);
    }

    @Override
    void play(CampaignBuilder b) {
        World world = b.world();
        int index = newCustomerIndex(world.customerCount(), b.campaign().id());
        int place = Places.indexOf(world.customer(b.random().nextInt(world.customerCount())).home());
        Identity identity = Identities.identity(b.random(), place >= 0 && place < Places.US_CITIES ? place
                : b.random().nextInt(Places.US_CITIES));
        Customer fake = new Customer(index, Ids.customer(index), List.of(Ids.account(index, 0)),
                identity.address().geo(), world.newDevice(identity.address().geo(), b.random()));
        KycCheck kyc = offKyc(b);
        String onboardingId = b.newEventId();
        b.add((t, truth) -> new CustomerOnboarded(onboardingId, t, fake.customerId(), identity, kyc, truth),
                Role.FRAUDSTER);
        b.waitMinutes(1, 10);
        String accountEventId = b.newEventId();
        var opening = b.money(b.amount(50, 600));
        var overdraft = b.money(500 * b.minorPerMajor());
        b.add((t, truth) -> new AccountOpened(accountEventId, t, fake.customerId(), fake.accountIds().get(0),
                ProductType.CHECKING, opening, overdraft, truth), Role.FRAUDSTER);
        String account = fake.accountIds().get(0);
        for (int i = b.count(SMALL); i > 0; i--) {
            b.waitMinutes(6 * 60, 48 * 60);
            b.purchase(fake, account, b.amount(8, 90), Channel.CARD_PRESENT, b.storeAt(fake.home(), EVERYDAY), null,
                    Role.FRAUDSTER);
        }
        b.waitMinutes(2 * 60, 12 * 60);
        for (int i = b.count(LARGE); i > 0; i--) {
            b.purchase(fake, account, b.amount(600, 2_500), Channel.CARD_PRESENT, b.storeAt(fake.home(), VALUABLE),
                    null, Role.CASH_OUT);
            b.waitMinutes(10, 90);
        }
    }

    /** Signals that pass at a glance but are off: new e-mail and phone, some checks failing. */
    private static KycCheck offKyc(CampaignBuilder b) {
        var r = b.random();
        boolean document = r.nextDouble() < 0.9;
        boolean consistent = r.nextDouble() < 0.6;
        boolean address = r.nextDouble() < 0.5;
        return new KycCheck(document, consistent, r.nextInt(3, 120), r.nextInt(5, 200), address,
                document && consistent ? "verified" : "pending");
    }

    /**
     * An index above the population: population size plus the campaign number (the digits ending
     * the campaign id, e.g. {@code synthetic_identity-00003}), or a number derived from the id.
     */
    static int newCustomerIndex(int customerCount, String campaignId) {
        int end = campaignId.length();
        int digits = end;
        while (digits > 0 && Character.isDigit(campaignId.charAt(digits - 1)) && end - digits < 9) {
            digits--;
        }
        long number = digits < end ? Long.parseLong(campaignId.substring(digits))
                : Math.floorMod(RandomStreams.mix(0, campaignId, 0), 1_000_000L);
        long room = (long) Ids.MAX_CUSTOMER_INDEX - customerCount + 1;
        if (room <= 0) {
            throw new IllegalStateException("no customer index left above " + customerCount);
        }
        return (int) (customerCount + Math.floorMod(number, room));
    }
}
