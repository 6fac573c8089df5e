package io.bankingsim.core.testkit;

import io.bankingsim.core.clock.VirtualClock;
import io.bankingsim.core.event.Event;
import io.bankingsim.core.event.GroundTruth;
import io.bankingsim.core.event.Role;
import io.bankingsim.core.outcome.Outcome;
import io.bankingsim.core.scenario.PatternSettings;
import io.bankingsim.core.spi.Campaign;
import io.bankingsim.core.spi.EventSource;
import io.bankingsim.core.spi.FraudPattern;
import io.bankingsim.core.spi.World;
import io.bankingsim.core.traffic.RandomStreams;

import java.util.ArrayList;
import java.util.List;

/**
 * A fraud pattern for the core's tests: four small purchases one virtual minute apart on one
 * victim's card; registered as {@code card_testing}. With {@code params.adaptive: true} it waits
 * for each outcome and gives up after the first decline.
 */
public final class TestFraudPattern implements FraudPattern {

    /** Campaigns started, for tests that count them. */
    public static final List<Campaign> STARTED = java.util.Collections.synchronizedList(new ArrayList<>());

    @Override
    public String type() {
        return "card_testing";
    }

    @Override
    public double expectedTransactions(PatternSettings settings) {
        return 4;
    }

    @Override
    public EventSource campaign(Campaign campaign) {
        STARTED.add(campaign);
        boolean adaptive = Boolean.TRUE.equals(campaign.settings().params().get("adaptive"));
        World.Customer victim = campaign.world().customer(campaign.random().nextInt(campaign.world().customerCount()));
        long start = VirtualClock.toNanos(campaign.start());
        return new EventSource() {
            int emitted;
            boolean waiting;
            boolean declined;

            @Override
            public long peekTime() {
                if (emitted >= 4 || declined) {
                    return EXHAUSTED;
                }
                if (waiting) {
                    return AWAITING_OUTCOMES;
                }
                return start + emitted * 60_000_000_000L;
            }

            @Override
            public Event next() {
                Event e = TestTraffic.purchase(RandomStreams.uuid(campaign.random()), peekTime(), victim, 100 + emitted,
                        GroundTruth.fraud(type(), campaign.id(), Role.FRAUDSTER),
                        campaign.world().merchant(campaign.random()));
                emitted++;
                waiting = adaptive;
                return e;
            }

            @Override
            public boolean wantsOutcomes() {
                return adaptive;
            }

            @Override
            public void onOutcome(Event event, Outcome outcome) {
                waiting = false;
                declined = outcome.decision() == io.bankingsim.core.outcome.Decision.DECLINE;
            }
        };
    }
}
