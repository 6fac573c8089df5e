package io.bankingsim.generators.fraud;

import io.bankingsim.core.outcome.Decision;
import io.bankingsim.core.outcome.Outcome;
import io.bankingsim.core.outcome.Status;
import io.bankingsim.core.spi.Campaign;
import io.bankingsim.core.spi.EventSource;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Base of the patterns whose attackers react to what happens to their own events: a campaign
 * drafts a round of events, waits for their outcomes, and decides the next round from them (a
 * card tester moves to another card after two declines; a takeover stops at the first decline).
 * The stream is a function of the seed and the outcomes alone: rounds are drafted on the
 * campaign's own timeline, never from the wall clock or from when an answer arrived.
 * {@link #expectedTransactions} counts a campaign that meets no decline. A pinned
 * {@code duration_minutes} does not stretch adaptive campaigns. Stateless and thread-safe.
 */
abstract class AdaptivePattern extends BurstPattern {

    /** Decides a campaign's next round. One instance per campaign; not thread-safe. */
    interface Script {

        /**
         * Drafts the next round on {@code b} after the outcomes of the previous round (in the
         * order the events were made), and returns whether the campaign goes on after it.
         */
        boolean next(CampaignBuilder b, List<Outcome> previous);
    }

    /** Rounds a campaign may take when played ahead for its span (a guard against endless scripts). */
    private static final int MAX_ROUNDS = 100_000;

    AdaptivePattern(String type, int fixedTransactions, Count... drawnTransactions) {
        super(type, fixedTransactions, drawnTransactions);
    }

    /**
     * The campaign's source. With a pinned {@code duration_minutes}, the campaign is first played
     * on a copy of its random stream with every event approved, and its waits are then scaled so
     * that such a campaign spans exactly the pinned minutes (one with declines spans what its
     * rounds take at that scale).
     */
    @Override
    public final EventSource campaign(Campaign campaign) {
        long seed = campaign.random().nextLong();
        double scale = 1;
        var pinned = campaign.settings().pinnedDurationMinutes();
        if (pinned.isPresent()) {
            CampaignBuilder dry = new CampaignBuilder(type(), campaign, new SplittableRandom(seed), 1);
            Script script = script(dry);
            List<Outcome> approved = List.of();
            for (int round = 0; round < MAX_ROUNDS && script.next(dry, approved); round++) {
                approved = dry.takeDrafted().stream().map(AdaptivePattern::approve).toList();
            }
            long span = dry.span();
            if (span > 0) {
                // a hair under, so that rounding each scaled wait down cannot overshoot the pin
                scale = pinned.getAsInt() * 60e9 / span * (1 - 1e-9);
            }
        }
        CampaignBuilder b = new CampaignBuilder(type(), campaign, new SplittableRandom(seed), scale);
        return new AdaptiveSource(b, script(b));
    }

    private static Outcome approve(io.bankingsim.core.event.Event e) {
        return new Outcome(e.id(), Status.OK, Decision.APPROVE, 0, List.of(), true, 0, "");
    }

    /** A new campaign's script; its first round is drafted by its first {@link Script#next} call. */
    abstract Script script(CampaignBuilder b);

    @Override
    final void play(CampaignBuilder b) {
        throw new UnsupportedOperationException("adaptive patterns play in rounds");
    }

    /** Whether an outcome stopped the attacker's event: declined by the detector or refused by the bank. */
    static boolean declined(Outcome outcome) {
        return outcome.decision() == Decision.DECLINE || outcome.status() == Status.REJECTED;
    }
}
