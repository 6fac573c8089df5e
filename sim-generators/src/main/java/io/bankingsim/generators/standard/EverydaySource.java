package io.bankingsim.generators.standard;

import io.bankingsim.core.clock.VirtualClock;
import io.bankingsim.core.event.Channel;
import io.bankingsim.core.event.GroundTruth;
import io.bankingsim.core.event.Login;
import io.bankingsim.core.event.ProfileChange;
import io.bankingsim.core.event.Transaction;
import io.bankingsim.core.event.TransactionType;
import io.bankingsim.core.traffic.PoissonArrivals;
import io.bankingsim.core.traffic.RandomStreams;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

/**
 * Everyday genuine traffic: one transaction per arrival of a Poisson process, by a customer drawn
 * by activity, made by the {@link SpendingModel}. Online and mobile banking (transfers, P2P,
 * bills, mobile deposits) is preceded by a login on the same device a few seconds to minutes
 * earlier (and, in one session in a hundred, a change of password, phone, e-mail or address); after some card payments the customer opens the app to look at the balance (a login
 * without a transaction). A small queue holds what is generated ahead so that events leave in
 * time order. Not thread-safe (one owner: the engine loop).
 */
final class EverydaySource extends ArrivalSource {

    private static final long MIN_LEAD = 5_000_000_000L;
    private static final long MAX_LEAD = 300_000_000_000L;
    private static final double BALANCE_CHECK = 0.12;
    /** Share of banking sessions in which the customer also changes a credential or contact detail. */
    private static final double PROFILE_CHANGE = 0.01;

    private final Population population;
    private final SpendingModel model;
    private final Customers customers;
    private final TemplateMix mix;
    private final SplittableRandom random;
    private final ZoneId zone;
    private final long startNanos;
    private final long endNanos;
    private long hourStart = Long.MAX_VALUE;
    private long hourEnd = Long.MIN_VALUE;
    private long epochDay;

    /**
     * @param arrivals when transactions happen
     * @param random the stream for everything else: customers, templates, amounts, event ids
     */
    EverydaySource(Population population, SpendingModel model, Customers customers, TemplateMix mix,
                   PoissonArrivals arrivals, SplittableRandom random, ZoneId zone, long startNanos, long endNanos) {
        super(arrivals, MAX_LEAD, "everyday");
        this.population = population;
        this.model = model;
        this.customers = customers;
        this.mix = mix;
        this.random = random;
        this.zone = zone;
        this.startNanos = startNanos;
        this.endNanos = endNanos;
    }

    @Override
    void arrive(long t) {
        moveTo(t);
        int k = population.sampleActive(random, t);
        Transaction tx = model.make(RandomStreams.uuid(random), VirtualClock.fromNanos(t), epochDay, k, random);
        if (tx.device() != null && isBanking(tx)) {
            long at = Math.max(startNanos, t - random.nextLong(MIN_LEAD, MAX_LEAD + 1));
            pending.add(at, login(at, tx));
            if (random.nextDouble() < PROFILE_CHANGE && t - at > MIN_LEAD) {
                long when = at + random.nextLong(1_000_000_000L, t - at);
                pending.add(when, new ProfileChange(RandomStreams.uuid(random),
                        VirtualClock.fromNanos(when), tx.customerId(), change(random), tx.channel(), tx.device(),
                        GroundTruth.GENUINE));
            }
        } else if (tx.type() == TransactionType.CARD_PURCHASE && population.hasPhone(k)
                && random.nextDouble() < BALANCE_CHECK && t + 4 * MAX_LEAD < endNanos) {
            long at = t + random.nextLong(MIN_LEAD, 4 * MAX_LEAD);
            var device = customers.device(k, true, epochDay);
            pending.add(at, new Login(RandomStreams.uuid(random), VirtualClock.fromNanos(at),
                    tx.customerId(), Channel.MOBILE, device, GroundTruth.GENUINE));
        }
        pending.add(t, tx);
    }

    /** What a customer changes: mostly the password, sometimes the phone, e-mail or address. */
    private static ProfileChange.Change change(SplittableRandom random) {
        double u = random.nextDouble();
        return u < 0.6 ? ProfileChange.Change.PASSWORD : u < 0.75 ? ProfileChange.Change.PHONE
                : u < 0.9 ? ProfileChange.Change.EMAIL : ProfileChange.Change.ADDRESS;
    }

    private Login login(long at, Transaction tx) {
        return new Login(RandomStreams.uuid(random), VirtualClock.fromNanos(at), tx.customerId(), tx.channel(),
                tx.device(), GroundTruth.GENUINE);
    }

    /** Banking done in the app or on the web (card payments online go through the merchant, not a login). */
    private static boolean isBanking(Transaction tx) {
        return tx.type() != TransactionType.CARD_PURCHASE
                && (tx.channel() == Channel.ONLINE || tx.channel() == Channel.MOBILE);
    }

    /** Moves the template mix to the local hour of an instant, recomputed only when the hour changes. */
    private void moveTo(long nanos) {
        if (nanos < hourStart || nanos >= hourEnd) {
            ZonedDateTime local = VirtualClock.fromNanos(nanos).atZone(zone);
            ZonedDateTime top = local.truncatedTo(ChronoUnit.HOURS);
            hourStart = VirtualClock.toNanos(top.toInstant());
            hourEnd = VirtualClock.toNanos(top.plusHours(1).toInstant());
            LocalDate day = local.toLocalDate();
            epochDay = day.toEpochDay();
            mix.at(day, local.getHour());
            model.hour(local.getHour());
        }
    }
}
