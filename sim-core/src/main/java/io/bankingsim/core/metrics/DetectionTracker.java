package io.bankingsim.core.metrics;

import io.bankingsim.core.clock.VirtualClock;
import io.bankingsim.core.event.Event;
import io.bankingsim.core.event.GroundTruth;
import io.bankingsim.core.event.Transaction;
import io.bankingsim.core.outcome.Decision;
import io.bankingsim.core.outcome.Outcome;
import io.bankingsim.core.outcome.Status;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Detection quality against ground truth: the confusion matrix, per-pattern counts, fraud amounts
 * and campaign detection delays. Genuine events cost a few branches and counter increments; a
 * fraud event adds two hash lookups (its pattern and its campaign), allocating only for a pattern
 * or campaign not seen before. Single writer, not thread-safe.
 */
final class DetectionTracker {

    private static final class PatternCounts {
        long flagged;
        long missed;
        long unscored;
    }

    private static final class Campaign {
        final String pattern;
        long firstEventNanos;
        long outcomesUntilDetection;
        long outcomes;
        long delayNanos = -1;
        boolean detected;

        Campaign(String pattern, long firstEventNanos) {
            this.pattern = pattern;
            this.firstEventNanos = firstEventNanos;
        }
    }

    private long truePositives;
    private long falsePositives;
    private long trueNegatives;
    private long falseNegatives;
    private long unscored;

    private final Map<String, PatternCounts> patterns = new HashMap<>();
    private final Map<String, Campaign> campaigns = new HashMap<>();
    private long campaignsDetected;
    private long delaySumNanos;
    private long delayMaxNanos;
    private long eventsToDetectionSum;

    private final CurrencyTotals fraudPrevented = new CurrencyTotals();
    private final CurrencyTotals fraudLost = new CurrencyTotals();
    private final CurrencyTotals fraudUnresolved = new CurrencyTotals();

    void onReleased(Event event) {
        GroundTruth truth = event.truth();
        if (truth.fraud()) {
            campaign(truth.campaignId(), truth.pattern(), VirtualClock.toNanos(event.time()));
        }
    }

    void onOutcome(Event event, Outcome outcome) {
        GroundTruth truth = event.truth();
        Decision decision = outcome.decision();
        boolean scored = decision != Decision.NONE;
        boolean flagged = decision.flagged();
        if (!scored) {
            unscored++;
        } else if (truth.fraud()) {
            if (flagged) {
                truePositives++;
            } else {
                falseNegatives++;
            }
        } else if (flagged) {
            falsePositives++;
        } else {
            trueNegatives++;
        }
        if (truth.fraud()) {
            onFraudOutcome(event, truth, outcome, scored, flagged);
        }
    }

    private void onFraudOutcome(Event event, GroundTruth truth, Outcome outcome, boolean scored, boolean flagged) {
        PatternCounts counts = patterns.get(truth.pattern());
        if (counts == null) {
            counts = new PatternCounts();
            patterns.put(truth.pattern(), counts);
        }
        if (!scored) {
            counts.unscored++;
        } else if (flagged) {
            counts.flagged++;
        } else {
            counts.missed++;
        }
        if (event instanceof Transaction transaction) {
            amountsFor(outcome).add(transaction.amount());
        }
        long eventNanos = VirtualClock.toNanos(event.time());
        Campaign campaign = campaign(truth.campaignId(), truth.pattern(), eventNanos);
        campaign.outcomes++;
        if (!campaign.detected) {
            campaign.outcomesUntilDetection++;
            if (flagged) {
                campaign.detected = true;
                campaignsDetected++;
                long delay = Math.max(0, eventNanos - campaign.firstEventNanos);
                campaign.delayNanos = delay;
                delaySumNanos += delay;
                delayMaxNanos = Math.max(delayMaxNanos, delay);
                eventsToDetectionSum += campaign.outcomesUntilDetection;
            }
        }
    }

    /** Where a fraudulent transaction's money went: see {@link FraudAmounts}. */
    private CurrencyTotals amountsFor(Outcome outcome) {
        Decision decision = outcome.decision();
        Status status = outcome.status();
        if (outcome.posted() || (status == Status.OK && decision != Decision.DECLINE)) {
            return fraudLost;
        }
        if (decision == Decision.DECLINE || status == Status.REJECTED) {
            return fraudPrevented;
        }
        return fraudUnresolved;
    }

    /** Every campaign seen so far, by first event. Allocates: for the end of a run, not per snapshot. */
    java.util.List<CampaignResult> campaignResults() {
        java.util.List<CampaignResult> all = new java.util.ArrayList<>(campaigns.size());
        campaigns.forEach((id, c) -> all.add(new CampaignResult(id, c.pattern, VirtualClock.fromNanos(c.firstEventNanos),
                c.outcomes, c.detected, c.detected ? c.delayNanos / 1e9 : Double.NaN,
                c.detected ? c.outcomesUntilDetection : 0)));
        all.sort(java.util.Comparator.comparing(CampaignResult::firstEvent).thenComparing(CampaignResult::campaignId));
        return all;
    }

    private Campaign campaign(String id, String pattern, long eventNanos) {
        Campaign campaign = campaigns.get(id);
        if (campaign == null) {
            campaign = new Campaign(pattern, eventNanos);
            campaigns.put(id, campaign);
        } else if (!campaign.detected && eventNanos < campaign.firstEventNanos) {
            campaign.firstEventNanos = eventNanos;
        }
        return campaign;
    }

    ConfusionMatrix matrix() {
        return ConfusionMatrix.of(truePositives, falsePositives, trueNegatives, falseNegatives, unscored);
    }

    /** Per pattern, sorted by name. */
    List<PatternDetection> byPattern() {
        List<PatternDetection> list = new ArrayList<>(patterns.size());
        patterns.forEach((name, c) -> list.add(PatternDetection.of(name, c.flagged, c.missed, c.unscored,
                falsePositives)));
        list.sort(Comparator.comparing(PatternDetection::pattern));
        return List.copyOf(list);
    }

    FraudAmounts amounts() {
        CurrencyTotals total = new CurrencyTotals();
        total.addAll(fraudPrevented);
        total.addAll(fraudLost);
        total.addAll(fraudUnresolved);
        return new FraudAmounts(total.totals(), fraudPrevented.totals(), fraudLost.totals(), fraudUnresolved.totals());
    }

    CampaignDetection campaigns() {
        double nanosPerSecond = 1e9;
        return new CampaignDetection(campaigns.size(), campaignsDetected,
                Ratios.of(delaySumNanos / nanosPerSecond, campaignsDetected),
                campaignsDetected == 0 ? Double.NaN : delayMaxNanos / nanosPerSecond,
                Ratios.of(eventsToDetectionSum, campaignsDetected));
    }
}
