package io.bankingsim.generators.standard;

import io.bankingsim.core.clock.VirtualClock;
import io.bankingsim.core.event.AccountOpened;
import io.bankingsim.core.event.Channel;
import io.bankingsim.core.event.CustomerOnboarded.KycCheck;
import io.bankingsim.core.event.Event;
import io.bankingsim.core.event.GroundTruth;
import io.bankingsim.core.traffic.PoissonArrivals;
import io.bankingsim.core.traffic.RandomStreams;
import io.bankingsim.generators.activity.Segment;
import io.bankingsim.generators.internal.KycModel;

import java.util.SplittableRandom;

/**
 * New customers applying during the run ({@code new_customers_per_day}), arriving as a Poisson
 * process with the shape of the transaction rate. Each applicant gets the next customer index,
 * a profile and identity like everyone's, and the identity checks of a genuine applicant
 * ({@link KycModel#genuine}). A verified applicant's accounts open a few minutes later; a
 * pending one goes to manual review and, three times in four, its accounts open 2 to 48 hours
 * later; a rejected one never gets an account. Once its first account is open, the new customer
 * takes part in everyday traffic. Not thread-safe (engine thread).
 */
final class ApplicantSource extends ArrivalSource {

    private static final long MINUTE = 60_000_000_000L;

    private final Population population;
    private final Onboarding onboarding;
    private final SplittableRandom random;

    ApplicantSource(Population population, Onboarding onboarding, PoissonArrivals arrivals, SplittableRandom random) {
        super(arrivals, 0, "applicant");
        this.population = population;
        this.onboarding = onboarding;
        this.random = random;
    }

    @Override
    void handingOut(Event event) {
        if (pending.activates() != EventQueue.NOBODY) {
            population.activate(pending.activates());
        }
    }

    @Override
    void arrive(long t) {
        int k = population.admitNext(false);
        SplittableRandom r = RandomStreams.of(population.seed(), "kyc", k);
        boolean young = population.segment(k) == Segment.STUDENT;
        double u = r.nextDouble();
        Channel channel = u < 0.3 ? Channel.BRANCH : u < 0.75 && population.hasPhone(k) ? Channel.MOBILE
                : population.hasComputer(k) || population.hasPhone(k) ? Channel.ONLINE : Channel.BRANCH;
        var onboarded = onboarding.onboarded(RandomStreams.uuid(random), VirtualClock.fromNanos(t), k,
                max -> KycModel.genuine(r, young, max), channel, GroundTruth.GENUINE);
        KycCheck kyc = onboarded.kyc();
        pending.add(t, onboarded);
        long opening;
        switch (kyc.status()) {
            case "verified" -> opening = t + r.nextLong(MINUTE, 10 * MINUTE);
            case "pending" -> {
                if (r.nextDouble() >= KycModel.PENDING_APPROVED) {
                    return;
                }
                opening = t + r.nextLong(120 * MINUTE, 48 * 60 * MINUTE);
            }
            default -> {
                return;
            }
        }
        for (int j = 0; j < population.accounts(); j++) {
            AccountOpened account = onboarding.accountOpened(RandomStreams.uuid(random),
                    VirtualClock.fromNanos(opening + j * r.nextLong(1_000_000_000L, 20_000_000_000L)), k, j,
                    GroundTruth.GENUINE);
            pending.add(VirtualClock.toNanos(account.time()), account, j == 0 ? k : EventQueue.NOBODY);
        }
    }
}
