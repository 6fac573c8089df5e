package io.bankingsim.generators.fraud;

import io.bankingsim.core.event.Channel;
import io.bankingsim.core.event.CreditLimitChange;
import io.bankingsim.core.event.CustomerOnboarded.Identity;
import io.bankingsim.core.event.CustomerOnboarded.KycCheck;
import io.bankingsim.core.event.GroundTruth;
import io.bankingsim.core.event.Role;
import io.bankingsim.core.event.TransactionType;
import io.bankingsim.core.scenario.PatternSettings;
import io.bankingsim.core.spi.World;
import io.bankingsim.core.spi.World.Customer;
import io.bankingsim.core.traffic.RandomStreams;
import io.bankingsim.generators.internal.KycModel;

import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * {@code synthetic_identity}: a made-up person opens a relationship through the bank's normal
 * onboarding ({@link World#onboarding}, {@link World#accountOpening}: the same identity format,
 * segment, declared income, products, limits, numbers and cards as a genuine applicant), with
 * identity checks that are subtly off ({@link KycModel#synthetic}). The status decides, as for
 * everyone: verified accounts open 1-10 minutes later, a pending application is approved after
 * 2-48 hours three times in four, a rejected one never is (the campaign then ends). These delays
 * are the bank's and keep their length when a pinned {@code duration_minutes} compresses the rest. The person
 * then builds a clean history over weeks (4-10 small purchases at everyday stores, days apart),
 * which earns it a raise of its credit limit (1.5 to 2.5 times), and busts out within days: 3-5 purchases of 600-2,500 at electronics, jewellery and department
 * stores and 1-2 cash withdrawals, then silence. Counts scale with intensity. Stateless and
 * thread-safe.
 */
public final class SyntheticIdentity extends BurstPattern {

    private static final Count HISTORY = new Count(4, 10, 1);
    private static final Count LARGE = new Count(3, 5, 1);
    private static final Count CASH = new Count(1, 2, 1);
    private static final String[] EVERYDAY = {"5411", "5814", "5541", "5912"};
    private static final String[] VALUABLE = {"5732", "5944", "5311"};

    public SyntheticIdentity() {
        super("synthetic_identity", 0, HISTORY, LARGE, CASH);
    }

    /** Only applications that end with accounts make transactions. */
    @Override
    public double expectedTransactions(PatternSettings settings) {
        return KycModel.syntheticAccountShare() * super.expectedTransactions(settings);
    }

    @Override
    void play(CampaignBuilder b) {
        World world = b.world();
        Customer fake = world.newCustomer(number(b.campaign().id()));
        Identity identity = world.identity(fake);
        KycCheck kyc = KycModel.synthetic(b.random(), KycModel.maxAgeDays(identity.dateOfBirth(),
                LocalDate.ofInstant(b.campaign().start(), ZoneOffset.UTC)));
        Channel channel = b.random().nextDouble() < 0.2 ? Channel.BRANCH : CampaignBuilder.channelOf(fake.device());
        String applicationId = b.newEventId();
        b.add((t, truth) -> world.onboarding(applicationId, t, fake, kyc, channel, truth), Role.FRAUDSTER);
        switch (kyc.status()) {
            case "verified" -> b.waitMinutesUnstretched(1, 10);
            case "pending" -> {
                if (b.random().nextDouble() >= KycModel.PENDING_APPROVED) {
                    return;
                }
                b.waitMinutesUnstretched(120, 48 * 60);
            }
            default -> {
                return;
            }
        }
        for (String account : fake.accountIds()) {
            String id = b.newEventId();
            b.add((t, truth) -> world.accountOpening(id, t, fake, account, truth), Role.FRAUDSTER);
            b.waitMinutesUnstretched(1 / 60.0, 20 / 60.0);
        }
        String card = CampaignBuilder.card(fake);
        for (int i = b.count(HISTORY); i > 0; i--) {
            b.waitMinutes(2 * 24 * 60, 9 * 24 * 60);
            b.purchase(fake, card, b.amount(8, 90), Channel.CARD_PRESENT, b.storeAt(fake.home(), EVERYDAY), null,
                    Role.FRAUDSTER);
        }
        // the clean history earns a higher limit, which the bust-out then spends
        b.waitMinutes(12 * 60, 3 * 24 * 60);
        long limit = world.accountOpening("limit", b.campaign().start(), fake, card, GroundTruth.GENUINE)
                .creditLimit().minorUnits();
        var raised = b.money(Math.max(limit, 500 * b.minorPerMajor()) * (15 + b.random().nextInt(11)) / 10);
        String raiseId = b.newEventId();
        b.add((t, truth) -> new CreditLimitChange(raiseId, t, fake.customerId(), card, raised, truth), Role.FRAUDSTER);
        b.waitMinutes(24 * 60, 5 * 24 * 60);
        for (int i = b.count(LARGE); i > 0; i--) {
            b.purchase(fake, card, b.amount(600, 2_500), Channel.CARD_PRESENT, b.storeAt(fake.home(), VALUABLE),
                    null, Role.CASH_OUT);
            b.waitMinutes(10, 12 * 60);
        }
        for (int i = b.count(CASH); i > 0; i--) {
            b.transaction(TransactionType.ATM_WITHDRAWAL, fake, card, null, b.amount(200, 800) / 2000 * 2000 + 2000,
                    Channel.ATM, b.world().merchantAt("6011", fake.home(), b.random()), null, Role.CASH_OUT);
            b.waitMinutes(30, 6 * 60);
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
