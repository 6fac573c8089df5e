package io.bankingsim.core.engine;

import io.bankingsim.core.clock.VirtualClock;
import io.bankingsim.core.scenario.Fraud;
import io.bankingsim.core.scenario.PatternSettings;
import io.bankingsim.core.scenario.Scenario;
import io.bankingsim.core.spi.Campaign;
import io.bankingsim.core.spi.EventSource;
import io.bankingsim.core.spi.FraudPattern;
import io.bankingsim.core.spi.World;
import io.bankingsim.core.traffic.ArrivalIntensity;
import io.bankingsim.core.traffic.RandomStreams;

import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * Decides when fraud campaigns start, from {@code fraud.rate}, the patterns' weights, counts and
 * the attack window, and opens each campaign's event source when its start is due.
 *
 * <p>The fraud budget is {@code rate} x the expected number of transactions of the run. Patterns
 * with a {@code count} run exactly that many campaigns; the budget left after their expected
 * transactions is shared among the other patterns by weight, each running the whole number of
 * campaigns nearest its share (rounded up or down at random, so the mean is exact). Campaign
 * starts are drawn from the shape of the transaction intensity (inside the attack window, if any).
 * Each campaign draws from its own stream, derived from (seed, pattern, campaign number).
 * Not thread-safe: owned by the engine loop.
 */
final class CampaignPlanner {

    /** A pattern's plan: its campaign starts, in time order, and its running campaign number. */
    private static final class Plan {
        final FraudPattern pattern;
        final PatternSettings settings;
        final long[] starts;
        int campaigns;

        Plan(FraudPattern pattern, PatternSettings settings, long[] starts) {
            this.pattern = pattern;
            this.settings = settings;
            this.starts = starts;
        }

        long nextStart() {
            return campaigns < starts.length ? starts[campaigns] : Long.MAX_VALUE;
        }
    }

    private final Scenario scenario;
    private final World world;
    private final PriorityQueue<Plan> plans = new PriorityQueue<>((a, b) -> {
        int c = Long.compare(a.nextStart(), b.nextStart());
        return c != 0 ? c : a.pattern.type().compareTo(b.pattern.type());
    });
    private final double expectedFraudTransactions;

    CampaignPlanner(Scenario scenario, World world, List<PatternSettings> patterns, List<FraudPattern> impls) {
        this(scenario, world, patterns, impls, 0);
    }

    /**
     * @param scheduled genuine transactions expected on top of the arrival intensity (standing
     *     orders); fraud is budgeted so that it is {@code rate} of all transactions, those included
     */
    CampaignPlanner(Scenario scenario, World world, List<PatternSettings> patterns, List<FraudPattern> impls,
                    double scheduled) {
        this.scenario = scenario;
        this.world = world;
        Fraud fraud = scenario.fraud();
        ArrivalIntensity all = ArrivalIntensity.of(scenario);
        ArrivalIntensity shape = fraud.window().isPresent()
                ? ArrivalIntensity.of(scenario.transactionRate(), scenario.timeZone(), scenario.start(),
                        scenario.end(), fraud.attackWindow())
                : all;
        double budget = fraud.rate() * all.expectedTotal()
                + (fraud.rate() < 1 ? fraud.rate() / (1 - fraud.rate()) * scheduled : 0);
        double pinned = 0;
        double weights = 0;
        for (int i = 0; i < patterns.size(); i++) {
            PatternSettings p = patterns.get(i);
            if (p.pinnedCount().isPresent()) {
                pinned += p.count() * impls.get(i).expectedTransactions(p);
            } else {
                weights += p.weight();
            }
        }
        double free = Math.max(0, budget - pinned);
        double expected = pinned;
        for (int i = 0; i < patterns.size(); i++) {
            PatternSettings p = patterns.get(i);
            FraudPattern impl = impls.get(i);
            SplittableRandom random = RandomStreams.of(scenario.seed(), "campaign-starts:" + p.type(), 0);
            if (p.pinnedCount().isPresent()) {
                plans.add(new Plan(impl, p, pinnedStarts(shape, p.count(), random)));
            } else if (weights > 0 && free > 0 && shape.expectedTotal() > 0 && p.weight() > 0) {
                double campaigns = free * p.weight() / weights / impl.expectedTransactions(p);
                expected += free * p.weight() / weights;
                plans.add(new Plan(impl, p, pinnedStarts(shape, roundRandomly(campaigns, random), random)));
            }
        }
        this.expectedFraudTransactions = expected;
    }

    /**
     * A whole number of campaigns whose mean is exactly {@code mean}: its floor, plus one with the
     * probability of its fraction. Unlike a Poisson count this adds almost no variance, so a run's
     * fraud fraction stays close to {@code fraud.rate} even when campaigns are few.
     */
    private static int roundRandomly(double mean, SplittableRandom random) {
        double floor = Math.floor(mean);
        if (floor >= Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too many campaigns: " + mean);
        }
        return (int) floor + (random.nextDouble() < mean - floor ? 1 : 0);
    }

    /** Exactly {@code count} starts drawn from the intensity's shape, in time order. */
    private static long[] pinnedStarts(ArrivalIntensity shape, int count, SplittableRandom random) {
        long[] starts = new long[count];
        double total = shape.expectedTotal();
        for (int i = 0; i < count; i++) {
            starts[i] = total > 0
                    ? shape.instantAtCumulative(random.nextDouble() * total)
                    : shape.startNanos() + (long) (random.nextDouble() * (shape.endNanos() - shape.startNanos()));
        }
        java.util.Arrays.sort(starts);
        return starts;
    }

    /** The expected number of fraudulent transactions the plan makes over the whole run. */
    double expectedFraudTransactions() {
        return expectedFraudTransactions;
    }

    /** Start (epoch nanos) of the next campaign, or {@link Long#MAX_VALUE}. */
    long nextStart() {
        Plan head = plans.peek();
        return head == null ? Long.MAX_VALUE : head.nextStart();
    }

    /** Opens the next campaign (its start is due) and returns its event source. */
    EventSource launch() {
        Plan plan = plans.poll();
        if (plan == null || plan.nextStart() == Long.MAX_VALUE) {
            throw new IllegalStateException("no campaign is due");
        }
        long start = plan.nextStart();
        int number = plan.campaigns++;
        String type = plan.pattern.type();
        String id = String.format(Locale.ROOT, "%s-%05d", type, number);
        Campaign campaign = new Campaign(id, VirtualClock.fromNanos(start), plan.settings, scenario, world,
                RandomStreams.of(scenario.seed(), "campaign:" + type, number));
        EventSource source = plan.pattern.campaign(campaign);
        if (plan.nextStart() != Long.MAX_VALUE) {
            plans.add(plan);
        }
        return source;
    }
}
