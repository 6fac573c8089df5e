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
import io.bankingsim.generators.internal.KycModel;

/**
 * {@code synthetic_identity}: a made-up person opens a relationship: an online or mobile
 * application with subtly off identity signals ({@link KycModel#synthetic}: younger e-mail and
 * phone on average, identity and address checks failing more often than a genuine applicant's),
 * a checking account with a small opening balance, a few small purchases over the next days to
 * look normal, then 3-5 purchases of 600-2,500 in a few hours. The new customer comes from
 * {@link World#newCustomer}, so its ids, identity, account number and card are made exactly like
 * everyone's. Purchase counts scale with intensity. Stateless and thread-safe.
 */
public final class SyntheticIdentity extends BurstPattern {

    private static final Count SMALL = new Count(2, 4, 0);
    private static final Count LARGE = new Count(3, 5, 1);
    private static final String[] EVERYDAY = {"5411", "5814", "5541", "5912"};
    private static final String[] VALUABLE = {"5732", "5944", "5311"};
    private static final String[] SEGMENTS = {"salaried", "salaried", "salaried", "student", "small_business"};

    public SyntheticIdentity() {
        super("synthetic_identity", 0, SMALL, LARGE);
    }

    @Override
    void play(CampaignBuilder b) {
        World world = b.world();
        Customer fake = world.newCustomer(number(b.campaign().id()));
        Identity identity = world.identity(fake);
        KycCheck kyc = KycModel.synthetic(b.random(), KycModel.maxAgeDays(identity.dateOfBirth(),
                java.time.LocalDate.ofInstant(b.campaign().start(), java.time.ZoneOffset.UTC)));
        Channel channel = CampaignBuilder.channelOf(fake.device());
        var income = b.money(Math.round(RandomStreams.logNormal(b.random(), 4_500, 0.4) / 100) * 100
                * b.minorPerMajor());
        var application = new CustomerOnboarded.Application(channel, fake.device(),
                SEGMENTS[b.random().nextInt(SEGMENTS.length)], income);
        String onboardingId = b.newEventId();
        b.add((t, truth) -> new CustomerOnboarded(onboardingId, t, fake.customerId(), identity, kyc, application,
                truth), Role.FRAUDSTER);
        b.waitMinutes(1, 10);
        String accountEventId = b.newEventId();
        String account = fake.accountIds().get(0);
        var opening = b.money(b.amount(50, 600));
        var overdraft = b.money(500 * b.minorPerMajor());
        String number = world.accountNumber(fake, account);
        var card = fake.cards().get(account);
        b.add((t, truth) -> new AccountOpened(accountEventId, t, fake.customerId(), account, ProductType.CHECKING,
                opening, overdraft, number, card, truth), Role.FRAUDSTER);
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

    /** The campaign's number: the digits ending its id (e.g. {@code synthetic_identity-00003}), or a hash. */
    static long number(String campaignId) {
        int end = campaignId.length();
        int digits = end;
        while (digits > 0 && Character.isDigit(campaignId.charAt(digits - 1)) && end - digits < 9) {
            digits--;
        }
        return digits < end ? Long.parseLong(campaignId.substring(digits))
                : Math.floorMod(RandomStreams.mix(0, campaignId, 0), 1_000_000L);
    }
}
