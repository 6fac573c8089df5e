package io.bankingsim.generators.fraud;

import io.bankingsim.core.clock.VirtualClock;
import io.bankingsim.core.event.Card;
import io.bankingsim.core.event.Channel;
import io.bankingsim.core.event.Device;
import io.bankingsim.core.event.Event;
import io.bankingsim.core.event.Geo;
import io.bankingsim.core.event.GroundTruth;
import io.bankingsim.core.event.Login;
import io.bankingsim.core.event.Merchant;
import io.bankingsim.core.event.Money;
import io.bankingsim.core.event.ProfileChange;
import io.bankingsim.core.event.Role;
import io.bankingsim.core.event.Transaction;
import io.bankingsim.core.event.TransactionType;
import io.bankingsim.core.spi.Campaign;
import io.bankingsim.core.spi.EventSource;
import io.bankingsim.core.spi.World;
import io.bankingsim.core.spi.World.Customer;
import io.bankingsim.core.traffic.RandomStreams;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.BiFunction;

/**
 * The common plumbing of the built-in patterns: a cursor on the campaign's own timeline (offsets
 * from its start), the cast of distinct customers involved, money in minor units, and events
 * labelled with the pattern, the campaign id and a role. Events are kept as drafts until
 * {@link #source()}, which stretches the timeline to a pinned {@code duration_minutes} if the
 * scenario sets one and returns them in time order. Not thread-safe (one campaign).
 */
final class CampaignBuilder {

    private static final long SECOND = 1_000_000_000L;
    private static final long MINUTE = 60 * SECOND;

    private record Draft(long offset, int order, BiFunction<Instant, GroundTruth, Event> make, Role role) {
    }

    private final String pattern;
    private final Campaign campaign;
    private final SplittableRandom random;
    private final Currency currency;
    private final long minorPerMajor;
    private final List<Draft> drafts = new ArrayList<>();
    private final Set<Integer> cast = new HashSet<>();
    private final double timeScale;
    private int branchTurn;
    private long cursor;
    private int taken;

    CampaignBuilder(String pattern, Campaign campaign) {
        this(pattern, campaign, campaign.random(), 1);
    }

    /**
     * A builder drawing from {@code random} whose waits are multiplied by {@code timeScale} (an
     * adaptive campaign stretched to a pinned duration).
     */
    CampaignBuilder(String pattern, Campaign campaign, SplittableRandom random, double timeScale) {
        this.pattern = pattern;
        this.campaign = campaign;
        this.random = random;
        this.timeScale = timeScale;
        this.currency = campaign.scenario().currency();
        this.minorPerMajor = (long) Math.pow(10, Math.max(0, currency.getDefaultFractionDigits()));
    }

    /** Offset of the last drafted event minus that of the first: the campaign's span so far. */
    long span() {
        long first = drafts.stream().mapToLong(Draft::offset).min().orElse(0);
        return drafts.stream().mapToLong(Draft::offset).max().orElse(0) - first;
    }

    SplittableRandom random() {
        return random;
    }

    World world() {
        return campaign.world();
    }

    Campaign campaign() {
        return campaign;
    }

    /** A count drawn at the campaign's intensity. */
    int count(Count count) {
        return count.draw(random, campaign.settings().intensity());
    }

    // --- time -------------------------------------------------------------------------------

    /** Moves the cursor on by a uniform draw between two durations in seconds. */
    void waitSeconds(double lo, double hi) {
        cursor += (long) ((lo + (hi - lo) * random.nextDouble()) * SECOND * timeScale);
    }

    void waitMinutes(double lo, double hi) {
        waitSeconds(lo * 60, hi * 60);
    }

    /** Moves the cursor on by a log-uniform draw between two durations in minutes. */
    void waitLogMinutes(double lo, double hi) {
        cursor += (long) (lo * Math.pow(hi / lo, random.nextDouble()) * MINUTE * timeScale);
    }

    /** {@code n} sorted offsets from the cursor over {@code minutes}, the first at the cursor. */
    long[] spread(int n, double minutes) {
        long[] at = new long[n];
        for (int i = 1; i < n; i++) {
            at[i] = (long) (random.nextDouble() * minutes * MINUTE * timeScale);
        }
        Arrays.sort(at);
        for (int i = 0; i < n; i++) {
            at[i] += cursor;
        }
        return at;
    }

    void at(long offset) {
        cursor = offset;
    }

    // --- people and places ------------------------------------------------------------------

    /** A customer not yet involved in this campaign (any customer once all are involved). */
    Customer someone() {
        World world = world();
        int n = world.customerCount();
        for (int attempt = 0; attempt < 32; attempt++) {
            int k = random.nextInt(n);
            if (cast.add(k) || cast.size() >= n) {
                return world.customer(k);
            }
        }
        return world.customer(random.nextInt(n));
    }

    /**
     * The account a stolen card draws on: the last account with a card (a credit card comes after
     * the debit card of checking), else the main account.
     */
    static String card(Customer customer) {
        String account = customer.accountIds().get(0);
        for (String withCard : customer.cards().keySet()) {
            account = withCard;
        }
        return account;
    }

    /** The digital channel a device banks through: {@code MOBILE} for phones, else {@code ONLINE}. */
    static Channel channelOf(Device device) {
        String os = device.os();
        return os.startsWith("iOS") || os.startsWith("Android") ? Channel.MOBILE : Channel.ONLINE;
    }

    /** A fraudster's device: never seen before, abroad or in another city than the victim's. */
    Device strangerDevice(Customer victim) {
        Geo where = world().foreignPlace(victim.home(), random);
        if (random.nextBoolean()) {
            for (int attempt = 0; attempt < 16; attempt++) {
                Geo other = world().customer(random.nextInt(world().customerCount())).home();
                if (!other.equals(victim.home())) {
                    where = other;
                    break;
                }
            }
        }
        return world().newDevice(where, random);
    }

    /** A store of one of the categories, located at {@code place}. */
    Merchant storeAt(Geo place, String... mccs) {
        return world().merchantAt(mccs[random.nextInt(mccs.length)], place, random);
    }

    // --- money ------------------------------------------------------------------------------

    /** A uniform amount in minor units between two amounts in major units, cents included. */
    long amount(double lo, double hi) {
        long from = Math.round(lo * minorPerMajor);
        long to = Math.round(hi * minorPerMajor);
        return Math.max(1, from + random.nextLong(to - from + 1));
    }

    Money money(long minorUnits) {
        return Money.ofMinor(minorUnits, currency);
    }

    long minorPerMajor() {
        return minorPerMajor;
    }

    // --- events -----------------------------------------------------------------------------

    /** A login at the cursor, then a short pause (seconds to a minute and a half). */
    void session(Customer who, Device device, Role role) {
        String id = RandomStreams.uuid(random);
        add((t, truth) -> new Login(id, t, who.customerId(), channelOf(device), device, truth), role);
        waitSeconds(5, 90);
    }

    /** A change of credentials or contact details at the cursor, from the device, then a short pause. */
    void profileChange(Customer who, ProfileChange.Change change, Device device, Role role) {
        String id = RandomStreams.uuid(random);
        add((t, truth) -> new ProfileChange(id, t, who.customerId(), change, channelOf(device), device, truth), role);
    }

    void purchase(Customer who, String account, long amount, Channel channel, Merchant merchant, Device device,
                  Role role) {
        transaction(TransactionType.CARD_PURCHASE, who, account, null, amount, channel, merchant, device, role);
    }

    /** A transfer between accounts of the bank, made online or in the app of {@code device}. */
    void transfer(TransactionType type, Customer who, String from, String to, long amount, Device device, Role role) {
        transaction(type, who, from, to, amount, channelOf(device), null, device, role);
    }

    /**
     * Cash paid in at a branch or an ATM. At a branch: one of the bank's branches in the
     * customer's city, each deposit of the campaign at the next branch in turn; outside branch
     * opening hours (9:00-17:00 local) the cash goes into an ATM instead, as anyone's would.
     */
    void deposit(Customer who, String account, long amount, Channel channel, Role role) {
        String id = RandomStreams.uuid(random);
        Money money = money(amount);
        Merchant branch = channel == Channel.BRANCH ? world().branch(who.home(), branchTurn++) : null;
        java.time.ZoneId zone = campaign.scenario().timeZone();
        add((t, truth) -> {
            int hour = t.atZone(zone).getHour();
            boolean open = branch != null && hour >= 9 && hour < 17;
            return new Transaction(id, t, TransactionType.DEPOSIT, who.customerId(), account, null, money,
                    open ? Channel.BRANCH : channel == Channel.BRANCH ? Channel.ATM : channel, open ? branch : null,
                    null, truth);
        }, role);
    }

    void transaction(TransactionType type, Customer who, String account, String counterparty, long amount,
                     Channel channel, Merchant merchant, Device device, Role role) {
        String id = RandomStreams.uuid(random);
        Money money = money(amount);
        Card card = type == TransactionType.CARD_PURCHASE || type == TransactionType.ATM_WITHDRAWAL
                ? who.cards().get(account) : null;
        add((t, truth) -> new Transaction(id, t, type, who.customerId(), account, counterparty, money, channel,
                merchant, device, card, truth), role);
    }

    /**
     * Any event at the cursor, made from its instant and label; a {@code null} role makes a
     * genuine event (a victim's own activity inside the campaign's story).
     */
    void add(BiFunction<Instant, GroundTruth, Event> make, Role role) {
        drafts.add(new Draft(cursor, drafts.size(), make, role));
    }

    private GroundTruth truth(Role role) {
        return role == null ? GroundTruth.GENUINE : GroundTruth.fraud(pattern, campaign.id(), role);
    }

    /**
     * The customer vanishes at the cursor (their everyday activity stops), once the campaign's
     * timeline is known: told to the world when the source is made, at the stretched instant.
     */
    void silenceAtCursor(Customer who) {
        silences.add(new Silence(who, cursor));
    }

    private record Silence(Customer who, long offset) {
    }

    private final List<Silence> silences = new ArrayList<>();

    String newEventId() {
        return RandomStreams.uuid(random);
    }

    /**
     * The campaign's events in time order, the first at the campaign's start, stretched over the
     * pinned duration if there is one.
     */
    /**
     * The events drafted since the last call, in time order and labelled, at the campaign's start
     * plus their offsets (an adaptive campaign's rounds; no stretching to a pinned duration).
     */
    List<Event> takeDrafted() {
        long start = VirtualClock.toNanos(campaign.start());
        List<Draft> ordered = new ArrayList<>(drafts.subList(taken, drafts.size()));
        ordered.sort(Comparator.comparingLong(Draft::offset).thenComparingInt(Draft::order));
        taken = drafts.size();
        List<Event> events = new ArrayList<>(ordered.size());
        for (Draft d : ordered) {
            events.add(d.make().apply(VirtualClock.fromNanos(start + d.offset()), truth(d.role())));
        }
        return events;
    }

    EventSource source() {
        long first = drafts.stream().mapToLong(Draft::offset).min().orElse(0);
        long last = drafts.stream().mapToLong(Draft::offset).max().orElse(0);
        double stretch = 1;
        var pinned = campaign.settings().pinnedDurationMinutes();
        long fixed = fixedBefore(last) - fixedBefore(first);
        if (pinned.isPresent() && last - first > fixed) {
            stretch = Math.max(0, (pinned.getAsInt() * (double) MINUTE - fixed) / (last - first - fixed));
        }
        long start = VirtualClock.toNanos(campaign.start());
        List<Draft> ordered = new ArrayList<>(drafts);
        ordered.sort(Comparator.comparingLong(Draft::offset).thenComparingInt(Draft::order));
        List<Event> events = new ArrayList<>(ordered.size());
        for (Draft d : ordered) {
            Instant t = VirtualClock.fromNanos(start + scaled(d.offset(), first, stretch));
            events.add(d.make().apply(t, truth(d.role())));
        }
        for (Silence s : silences) {
            world().silence(s.who(), VirtualClock.fromNanos(start + scaled(s.offset(), first, stretch)));
        }
        return new CampaignSource(events);
    }

    /**
     * Moves the cursor on like {@link #waitMinutes}, but this wait keeps its length when the
     * campaign is stretched or squeezed to a pinned duration: the bank's own delays (an account
     * opened minutes after a verified application) do not shrink because an attack is compressed.
     */
    void waitMinutesUnstretched(double lo, double hi) {
        long from = cursor;
        waitMinutes(lo, hi);
        fixedGaps.add(new long[] {from, cursor});
    }

    private final List<long[]> fixedGaps = new ArrayList<>();

    /** Total length of unstretched waits below an offset. */
    private long fixedBefore(long offset) {
        long total = 0;
        for (long[] gap : fixedGaps) {
            total += Math.max(0, Math.min(offset, gap[1]) - gap[0]);
        }
        return total;
    }

    /** An offset's distance from the first event once the stretchable waits are stretched. */
    private long scaled(long offset, long first, double stretch) {
        long fixed = fixedBefore(offset) - fixedBefore(first);
        return fixed + (long) ((offset - first - fixed) * stretch);
    }
}
