package io.bankingsim.generators.standard;

import io.bankingsim.core.event.Card;
import io.bankingsim.core.event.Channel;
import io.bankingsim.core.event.Device;
import io.bankingsim.core.event.GroundTruth;
import io.bankingsim.core.event.Merchant;
import io.bankingsim.core.event.Money;
import io.bankingsim.core.event.ProductType;
import io.bankingsim.core.event.Transaction;
import io.bankingsim.core.event.TransactionType;
import io.bankingsim.core.traffic.RandomStreams;
import io.bankingsim.generators.activity.Segment;
import io.bankingsim.generators.activity.TransactionTemplate;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * What a customer does when everyday traffic picks them: a template chosen by the
 * {@link TemplateMix}, then its amount (drawn, scaled, rounded, clamped), account, channel (what
 * the customer's devices allow), merchant (in the home city, or where the customer travels),
 * card and counterparty. Money is tracked: a debit never exceeds the balance plus credit limit.
 * When the checking account is short, money is first moved over from savings; when it cannot
 * be, another template is tried, and after a few tries the customer tops the account up from
 * outside instead. Transfers to friends and own accounts credit the receiving account, so the
 * bank's total changes only by money coming in (deposits, incoming transfers) and going out
 * (purchases, bills, cash, transfers to other banks). Not thread-safe (engine thread).
 */
final class SpendingModel {

    private static final int ATTEMPTS = 4;
    private static final int BRANCH_OPENS = 9;
    private static final int BRANCH_CLOSES = 17;

    private final Population population;
    private final TemplateMix mix;
    private final Merchants merchants;
    private final Customers customers;
    private final List<TransactionTemplate> templates;
    private final long seed;
    private final Channel[][] channelOptions;
    private final double[][] channelCumulative;
    private int hour = 12;

    SpendingModel(Population population, TemplateMix mix, Merchants merchants, Customers customers) {
        this.population = population;
        this.mix = mix;
        this.merchants = merchants;
        this.customers = customers;
        this.templates = mix.templates();
        this.seed = population.seed();
        this.channelOptions = new Channel[templates.size()][];
        this.channelCumulative = new double[templates.size()][];
        for (int t = 0; t < templates.size(); t++) {
            Map<Channel, Double> weights = templates.get(t).channels();
            channelOptions[t] = weights.keySet().toArray(Channel[]::new);
            channelCumulative[t] = new double[channelOptions[t].length];
            double sum = 0;
            for (int i = 0; i < channelOptions[t].length; i++) {
                sum += weights.get(channelOptions[t][i]);
                channelCumulative[t][i] = sum;
            }
        }
    }

    /**
     * The bank raises customer k's credit limit (a periodic review of good customers): the credit
     * card's, or the checking account's overdraft for those without a card; {@code null} at the cap.
     */
    io.bankingsim.core.event.CreditLimitChange raiseLimit(String id, Instant time, int k) {
        int card = population.slot(k, ProductType.CREDIT_CARD);
        int j = card >= 0 ? card : 0;
        if (!population.raiseLimit(k)) {
            return null;
        }
        return new io.bankingsim.core.event.CreditLimitChange(id, time, customers.id(k), customers.accountId(k, j),
                money(population.creditLimit(k, j)), GroundTruth.GENUINE);
    }

    /** The local hour everyday transactions are made at (for branch opening hours). */
    void hour(int localHour) {
        this.hour = localHour;
    }

    /** The transaction customer {@code k} makes at {@code time}; the mix must be at that hour. */
    Transaction make(String id, Instant time, long epochDay, int k, SplittableRandom r) {
        Segment segment = population.segment(k);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int t = mix.sample(segment, r);
            if (t < 0) {
                break;
            }
            Transaction tx = attempt(id, time, epochDay, k, t, r, false);
            if (tx != null) {
                return tx;
            }
        }
        return topUp(id, time, k, r);
    }

    /**
     * Customer k's standing order of template t, due at {@code time}: paid by the system (no login,
     * no device), or {@code null} when there is nothing to pay or no money to pay it with (then a
     * transfer from savings may come instead).
     */
    Transaction scheduled(String id, Instant time, long epochDay, int k, int t, SplittableRandom r) {
        return attempt(id, time, epochDay, k, t, r, true);
    }

    /**
     * Template t for customer k, or {@code null} when the customer cannot make it now. A
     * {@code standing} order is made by the bank's systems: no login, no device, no branch.
     */
    private Transaction attempt(String id, Instant time, long epochDay, int k, int t, SplittableRandom r,
                                boolean standing) {
        TransactionTemplate template = templates.get(t);
        int j = Math.max(0, population.slot(k, template.account()));
        long amount = amount(template, t, k, r);
        if (amount <= 0) {
            return null;
        }
        TransactionType type = template.type();
        if (!type.isDebit()) {
            Channel channel = standing ? Channel.SYSTEM : channel(t, k, r);
            if (channel == null) {
                return null;
            }
            population.add(k, j, amount);
            return new Transaction(id, time, type, customers.id(k), customers.accountId(k, j), null, money(amount),
                    channel, channel == Channel.BRANCH ? ownBranch(k) : null, device(channel, k, epochDay),
                    GroundTruth.GENUINE);
        }
        if (type == TransactionType.CARD_PURCHASE) {
            j = paymentCard(k, j, amount, r);
        }
        if (population.available(k, j) < amount) {
            return j == 0 ? sweepFromSavings(id, time, epochDay, k, amount, r) : null;
        }
        Channel channel = channel(t, k, r);
        if (channel == null && !standing) {
            return null;
        }
        if (standing) {
            channel = type == TransactionType.CARD_PURCHASE ? Channel.ONLINE : Channel.SYSTEM;
        }
        if (type == TransactionType.P2P && channel == Channel.BRANCH) {
            return null;
        }
        Merchant merchant = null;
        Card card = null;
        String counterparty = null;
        switch (template.counterparty()) {
            case MERCHANT -> {
                // a recurring payment goes to the same merchant each time (one's own phone company)
                SplittableRandom pick = template.recurring()
                        ? RandomStreams.of(seed, "recurring-merchant", (long) k * 256 + t) : r;
                boolean inPerson = channel == Channel.CARD_PRESENT || channel == Channel.ATM;
                merchant = merchants.pick(template.category(), amount / (double) population.minorPerMajor(),
                        where(k, epochDay, channel), inPerson, pick);
                if (merchant == null && channel == Channel.CARD_PRESENT) {
                    // no premises for this category here (a hotel at home, an airline): booked online
                    channel = Channel.ONLINE;
                    merchant = merchants.pick(template.category(), amount / (double) population.minorPerMajor(),
                            population.cityIndex(k), false, pick);
                }
                if (merchant == null) {
                    return null;
                }
                if (type != TransactionType.BILL_PAYMENT) {
                    card = customers.card(k, j);
                }
            }
            case FRIEND -> {
                int friend = customers.friend(k, r);
                if (friend < 0) {
                    return null;
                }
                counterparty = customers.accountId(friend, 0);
                population.add(friend, 0, amount);
            }
            case OWN_ACCOUNT -> {
                int target = population.slot(k, template.target());
                if (target < 0 || target == j) {
                    return null;
                }
                counterparty = customers.accountId(k, target);
                population.add(k, target, amount);
            }
            case EXTERNAL -> {
            }
        }
        if (channel == Channel.BRANCH && merchant == null) {
            merchant = ownBranch(k);
        }
        population.add(k, j, -amount);
        Device device = standing || type == TransactionType.CARD_PURCHASE && channel == Channel.CARD_PRESENT ? null
                : device(channel, k, epochDay);
        return new Transaction(id, time, type, customers.id(k), customers.accountId(k, j), counterparty,
                money(amount), channel, merchant, device, card, GroundTruth.GENUINE);
    }

    /** The branch of the bank a customer goes to: one of their city's, always the same. */
    private Merchant ownBranch(int k) {
        return merchants.branch(population.cityIndex(k), (int) Math.floorMod(k * 0x9E3779B9L, 3L));
    }

    /** The template's amount in minor units for customer k (0 when nothing is due). */
    long amount(TransactionTemplate template, int t, int k, SplittableRandom r) {
        SplittableRandom draw = template.recurring() ? RandomStreams.of(seed, "recurring", (long) k * 256 + t) : r;
        double major = template.amount().sample(draw);
        double scale = population.currencyScale();
        switch (template.scaling()) {
            case SPENDING -> major *= population.segment(k).spendingFactor();
            case INCOME -> major *= population.monthlyIncome(k);
            case OUTSTANDING -> {
                int target = population.slot(k, template.target());
                long owed = target < 0 ? 0 : -population.balance(k, target);
                if (owed <= 0) {
                    return 0;
                }
                major *= owed / (double) population.minorPerMajor();
                scale = 1;
            }
            case NONE -> {
            }
        }
        major *= scale;
        if (template.roundTo() > 0) {
            major = Math.max(1, Math.round(major / template.roundTo())) * template.roundTo();
        }
        major = Math.min(template.maxAmount() * scale, Math.max(template.minAmount() * scale, major));
        return Math.max(1, Math.round(major * population.minorPerMajor()));
    }

    /** The account a card purchase is paid from: the credit card for some, the debit card otherwise. */
    private int paymentCard(int k, int j, long amount, SplittableRandom r) {
        int credit = population.slot(k, ProductType.CREDIT_CARD);
        if (credit < 0 || j != 0) {
            return j;
        }
        boolean prefersCredit = r.nextDouble() < customers.creditCardShare(k);
        int first = prefersCredit ? credit : j;
        int second = prefersCredit ? j : credit;
        return population.available(k, first) >= amount ? first : second;
    }

    /** Money moved from savings to a short checking account, or {@code null} without enough savings. */
    private Transaction sweepFromSavings(String id, Instant time, long epochDay, int k, long needed,
                                         SplittableRandom r) {
        int savings = population.slot(k, ProductType.SAVINGS);
        if (savings < 0) {
            return null;
        }
        long step = 50 * population.minorPerMajor();
        long amount = ((needed - population.available(k, 0)) / step + 2) * step;
        if (population.balance(k, savings) < amount) {
            return null;
        }
        population.add(k, savings, -amount);
        population.add(k, 0, amount);
        Channel channel = digital(k, r);
        return new Transaction(id, time, TransactionType.TRANSFER_OUT, customers.id(k),
                customers.accountId(k, savings), customers.accountId(k, 0), money(amount), channel, null,
                device(channel, k, epochDay), GroundTruth.GENUINE);
    }

    /** Money brought in from another bank when nothing else fits (a customer short of money). */
    private Transaction topUp(String id, Instant time, int k, SplittableRandom r) {
        double income = population.monthlyIncome(k) * population.currencyScale();
        long amount = Math.max(population.minorPerMajor(),
                Math.round(income * (0.05 + 0.2 * r.nextDouble())) / 10 * 10 * population.minorPerMajor());
        population.add(k, 0, amount);
        return new Transaction(id, time, TransactionType.TRANSFER_IN, customers.id(k), customers.accountId(k, 0), null,
                money(amount), Channel.SYSTEM, null, null, GroundTruth.GENUINE);
    }

    /**
     * The template's channel as the customer can use it: no app without a phone, no web without a
     * device, no branch outside its opening hours; {@code null} when nothing is possible now.
     */
    private Channel channel(int t, int k, SplittableRandom r) {
        TransactionTemplate template = templates.get(t);
        double[] cumulative = channelCumulative[t];
        double u = r.nextDouble() * cumulative[cumulative.length - 1];
        int i = 0;
        while (i < cumulative.length - 1 && u >= cumulative[i]) {
            i++;
        }
        Channel chosen = channelOptions[t][i];
        boolean phone = population.hasPhone(k);
        boolean computer = population.hasComputer(k);
        if (chosen == Channel.BRANCH && (hour < BRANCH_OPENS || hour >= BRANCH_CLOSES)) {
            // branches are closed: cash goes to an ATM, the rest to the app or the web
            chosen = template.type() == TransactionType.DEPOSIT ? Channel.ATM : phone ? Channel.MOBILE : Channel.ONLINE;
        }
        if (chosen == Channel.MOBILE && !phone) {
            chosen = Channel.ONLINE;
        }
        if (chosen == Channel.ONLINE && !phone && !computer && template.type() != TransactionType.CARD_PURCHASE) {
            chosen = template.type().isDebit() ? Channel.BRANCH : Channel.SYSTEM;
        }
        return chosen == Channel.BRANCH && (hour < BRANCH_OPENS || hour >= BRANCH_CLOSES) ? null : chosen;
    }

    private Channel digital(int k, SplittableRandom r) {
        if (population.hasPhone(k) && (!population.hasComputer(k) || r.nextDouble() < 0.7)) {
            return Channel.MOBILE;
        }
        // without a device the bank's overdraft protection moves the money (a system transfer)
        return population.hasComputer(k) ? Channel.ONLINE : Channel.SYSTEM;
    }

    /** Where a payment happens: where the customer is for card-present and ATM use, else at home. */
    private int where(int k, long epochDay, Channel channel) {
        return channel == Channel.CARD_PRESENT || channel == Channel.ATM ? customers.travelling(k, epochDay)
                : population.cityIndex(k);
    }

    /** The device of an online or mobile transaction, or {@code null} for other channels or no device. */
    private Device device(Channel channel, int k, long epochDay) {
        if (channel == Channel.MOBILE) {
            return population.hasPhone(k) ? customers.device(k, true, epochDay) : null;
        }
        if (channel == Channel.ONLINE) {
            if (population.hasComputer(k)) {
                return customers.device(k, false, epochDay);
            }
            return population.hasPhone(k) ? customers.device(k, true, epochDay) : null;
        }
        return null;
    }

    private Money money(long minor) {
        return Money.ofMinor(minor, population.currency());
    }
}
