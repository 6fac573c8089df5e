package io.bankingsim.generators.standard;

import io.bankingsim.core.clock.VirtualClock;
import io.bankingsim.core.event.Event;
import io.bankingsim.core.event.GroundTruth;
import io.bankingsim.core.event.Login;
import io.bankingsim.core.event.Transaction;
import io.bankingsim.core.spi.EventSource;
import io.bankingsim.core.traffic.PoissonArrivals;
import io.bankingsim.core.traffic.RandomStreams;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * Everyday genuine traffic: one transaction per arrival of a Poisson process, by a customer drawn
 * by activity weight, made by the {@link SpendingModel}. An online or mobile transaction is
 * preceded by a login from the customer's usual device, a few seconds to minutes earlier; a
 * small queue holds what is generated ahead so that events leave in time order. Not
 * thread-safe (one owner: the engine loop).
 */
final class EverydaySource implements EventSource {

    private static final long MIN_LEAD = 5_000_000_000L;
    private static final long MAX_LEAD = 300_000_000_000L;

    private record Pending(long time, long order, Event event) {
    }

    private final Population population;
    private final SpendingModel model;
    private final PoissonArrivals arrivals;
    private final SplittableRandom random;
    private final ZoneId zone;
    private final long startNanos;
    private final PriorityQueue<Pending> pending = new PriorityQueue<>((a, b) -> a.time != b.time
            ? Long.compare(a.time, b.time) : Long.compare(a.order, b.order));
    private long nextArrival;
    private long order;
    private long hourStart = Long.MAX_VALUE;
    private long hourEnd = Long.MIN_VALUE;
    private int hour;

    /**
     * @param arrivals when transactions happen
     * @param random the stream for everything else: customers, templates, amounts, event ids
     */
    EverydaySource(Population population, PoissonArrivals arrivals, SplittableRandom random, ZoneId zone,
                   long startNanos) {
        this.population = population;
        this.model = new SpendingModel(population);
        this.arrivals = arrivals;
        this.random = random;
        this.zone = zone;
        this.startNanos = startNanos;
        this.nextArrival = arrivals.next();
    }

    @Override
    public long peekTime() {
        fill();
        Pending head = pending.peek();
        return head == null ? EXHAUSTED : head.time;
    }

    @Override
    public Event next() {
        fill();
        Pending head = pending.poll();
        if (head == null) {
            throw new NoSuchElementException("everyday source is exhausted");
        }
        return head.event;
    }

    /** Generates ahead until no future login can come before the head of the queue. */
    private void fill() {
        while (nextArrival != Long.MAX_VALUE && (pending.isEmpty() || nextArrival - MAX_LEAD <= pending.peek().time)) {
            generate(nextArrival);
            nextArrival = arrivals.next();
        }
    }

    private void generate(long t) {
        int k = population.sampleActive(random);
        Transaction tx = model.make(RandomStreams.uuid(random), VirtualClock.fromNanos(t), k, hourAt(t), random);
        if (tx.device() != null) {
            long at = Math.max(startNanos, t - random.nextLong(MIN_LEAD, MAX_LEAD + 1));
            Login login = new Login(RandomStreams.uuid(random), VirtualClock.fromNanos(at), tx.customerId(),
                    tx.channel(), tx.device(), GroundTruth.GENUINE);
            pending.add(new Pending(at, order++, login));
        }
        pending.add(new Pending(t, order++, tx));
    }

    /** The local hour of day at an instant, recomputed only when the hour changes. */
    private int hourAt(long nanos) {
        if (nanos < hourStart || nanos >= hourEnd) {
            ZonedDateTime local = VirtualClock.fromNanos(nanos).atZone(zone);
            ZonedDateTime top = local.truncatedTo(ChronoUnit.HOURS);
            hourStart = VirtualClock.toNanos(top.toInstant());
            hourEnd = VirtualClock.toNanos(top.plusHours(1).toInstant());
            hour = local.getHour();
        }
        return hour;
    }
}
