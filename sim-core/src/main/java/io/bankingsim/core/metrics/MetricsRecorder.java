package io.bankingsim.core.metrics;

import io.bankingsim.core.clock.Speed;
import io.bankingsim.core.clock.Ticker;
import io.bankingsim.core.clock.VirtualClock;
import io.bankingsim.core.event.AccountOpened;
import io.bankingsim.core.event.CustomerOnboarded;
import io.bankingsim.core.event.Event;
import io.bankingsim.core.event.CreditLimitChange;
import io.bankingsim.core.event.Login;
import io.bankingsim.core.event.ProfileChange;
import io.bankingsim.core.event.Transaction;
import io.bankingsim.core.event.TransactionType;
import io.bankingsim.core.outcome.Decision;
import io.bankingsim.core.outcome.Outcome;
import io.bankingsim.core.outcome.Status;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Counts a run as it happens and makes {@link MetricsSnapshot}s of it.
 *
 * <p><b>Single writer, not thread-safe.</b> One thread, the engine loop, calls every method,
 * {@link #snapshot} included; other threads read only the immutable snapshots it returns.
 *
 * <p>Recording is allocation-free for genuine events and cheap for all: primitive counters,
 * arrays indexed by enum ordinal and two HdrHistograms. A fraud event adds two hash lookups (its
 * pattern and its campaign) and allocates only for a pattern or campaign not seen before
 * (measured: about 40 ns per event and outcome, no allocation after warm-up). A snapshot costs
 * about 0.1 ms, mostly histogram percentiles: take one per tick, not per event.
 *
 * <p>Units: nanoseconds in (wall nanoseconds from the {@link Ticker}, virtual epoch nanoseconds),
 * microseconds for latency out; see {@link MetricsSnapshot}.
 */
public final class MetricsRecorder {

    /** Event kinds in the order of {@link MetricsSnapshot.Counts#releasedByKind()}. */
    private static final String[] KINDS = {"customer_onboarded", "account_opened", "login", "profile_change",
        "credit_limit_change", "transaction"};
    private static final int TRANSACTION = 5;
    private static final TransactionType[] TYPES = TransactionType.values();
    private static final Status[] STATUSES = Status.values();
    private static final Decision[] DECISIONS = Decision.values();
    private static final double NANOS_PER_SECOND = 1e9;

    private final Ticker wallTicker;
    private final long wallStart;
    private final long virtualStartNanos;
    private final long virtualDurationNanos;
    private final Instant virtualStart;

    private long eventsReleased;
    private final long[] releasedByKind = new long[KINDS.length];
    private final long[] transactionsByType = new long[TYPES.length];
    private long outcomes;
    private final long[] outcomesByStatus = new long[STATUSES.length];
    private final long[] outcomesByDecision = new long[DECISIONS.length];
    private final CurrencyTotals moneyMoved = new CurrencyTotals();
    private final CurrencyTotals moneyPosted = new CurrencyTotals();
    private final DetectionTracker detection = new DetectionTracker();
    private final LatencyHistogram serviceLatency = new LatencyHistogram();
    private final LatencyHistogram responseLatency = new LatencyHistogram();

    private long previousWall;
    private long previousVirtualNanos;
    private long previousTransactions;

    /**
     * A recorder for a run over {@code [virtualStart, virtualEnd]}; wall time is measured from now.
     *
     * @param wallTicker wall-clock nanoseconds (the engine's ticker; a {@code ManualTicker} in tests)
     * @param virtualStart the scenario's first virtual instant
     * @param virtualEnd the scenario's last virtual instant, after {@code virtualStart}
     */
    public MetricsRecorder(Ticker wallTicker, Instant virtualStart, Instant virtualEnd) {
        this.wallTicker = Objects.requireNonNull(wallTicker, "wallTicker");
        this.virtualStart = Objects.requireNonNull(virtualStart, "virtualStart");
        Objects.requireNonNull(virtualEnd, "virtualEnd");
        if (!virtualEnd.isAfter(virtualStart)) {
            throw new IllegalArgumentException("the run must end after it starts: " + virtualStart + " .. " + virtualEnd);
        }
        this.wallStart = wallTicker.nanos();
        this.virtualStartNanos = VirtualClock.toNanos(virtualStart);
        this.virtualDurationNanos = VirtualClock.toNanos(virtualEnd) - virtualStartNanos;
        this.previousWall = wallStart;
        this.previousVirtualNanos = virtualStartNanos;
    }

    /** The virtual instant the run starts at. */
    public Instant virtualStart() {
        return virtualStart;
    }

    /** An event was released to the connectors. */
    public void onReleased(Event event) {
        int kind = kindIndex(event);
        eventsReleased++;
        releasedByKind[kind]++;
        if (event instanceof Transaction transaction) {
            transactionsByType[transaction.type().ordinal()]++;
            moneyMoved.add(transaction.amount());
        }
        detection.onReleased(event);
    }

    /**
     * The outcome of an event arrived.
     *
     * @param event the event it answers
     * @param outcome what the systems under test did; its {@code serviceNanos} is the service latency
     * @param responseNanos wall nanoseconds from the instant the event was due to the outcome
     *                      (coordinated-omission-free response latency)
     */
    public void onOutcome(Event event, Outcome outcome, long responseNanos) {
        outcomes++;
        Status status = outcome.status();
        outcomesByStatus[status.ordinal()]++;
        outcomesByDecision[outcome.decision().ordinal()]++;
        if (outcome.posted() && event instanceof Transaction transaction) {
            moneyPosted.add(transaction.amount());
        }
        if (status != Status.NOT_DELIVERED) {
            // A delivery abandoned at a stop has no service time: it must not pull the percentiles to 0.
            if (status != Status.UNKNOWN || outcome.serviceNanos() > 0) {
                serviceLatency.recordNanos(outcome.serviceNanos());
            }
            responseLatency.recordNanos(responseNanos);
        }
        detection.onOutcome(event, outcome);
    }

    /**
     * An immutable copy of the metrics now. Also starts a new interval: the interval rates of the
     * next snapshot count from this call.
     *
     * @param virtualNowEpochNanos the virtual time now, epoch nanoseconds ({@link VirtualClock#epochNanos()})
     * @param state the engine's state, e.g. {@code running}, {@code paused}, {@code stopped}, {@code finished}
     * @param inFlight events released whose outcome has not arrived
     * @param setSpeed the speed currently set
     */
    public MetricsSnapshot snapshot(long virtualNowEpochNanos, String state, int inFlight, Speed setSpeed) {
        return snapshot(virtualNowEpochNanos, state, inFlight, setSpeed, List.of());
    }

    /**
     * The same, with the connector's per-endpoint API statistics.
     *
     * @param api the connector's {@code endpointStats()}
     */
    public MetricsSnapshot snapshot(long virtualNowEpochNanos, String state, int inFlight, Speed setSpeed,
                                    List<EndpointStats> api) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(setSpeed, "setSpeed");
        long wallNow = wallTicker.nanos();
        long wallElapsed = wallNow - wallStart;
        long intervalWall = wallNow - previousWall;
        long virtualElapsed = Math.max(0, virtualNowEpochNanos - virtualStartNanos);
        long intervalVirtual = virtualNowEpochNanos - previousVirtualNanos;
        long transactions = releasedByKind[TRANSACTION];
        long intervalTransactions = transactions - previousTransactions;

        MetricsSnapshot.Run run = new MetricsSnapshot.Run(state, wallElapsed, VirtualClock.fromNanos(virtualNowEpochNanos),
                virtualElapsed, Math.min(1.0, (double) virtualElapsed / virtualDurationNanos), setSpeed.toString(),
                Ratios.of(virtualElapsed, wallElapsed), Ratios.of(intervalVirtual, intervalWall), intervalWall, inFlight);
        MetricsSnapshot.Throughput throughput = new MetricsSnapshot.Throughput(
                Ratios.of(transactions * NANOS_PER_SECOND, wallElapsed),
                Ratios.of(intervalTransactions * NANOS_PER_SECOND, intervalWall),
                Ratios.of(transactions * NANOS_PER_SECOND, virtualElapsed),
                Ratios.of(eventsReleased * NANOS_PER_SECOND, wallElapsed));

        previousWall = wallNow;
        previousVirtualNanos = virtualNowEpochNanos;
        previousTransactions = transactions;
        return new MetricsSnapshot(run, counts(), throughput,
                new MetricsSnapshot.Detection(detection.matrix(), detection.byPattern(), detection.amounts(),
                        detection.campaigns()),
                new MetricsSnapshot.Latency(serviceLatency.stats(), responseLatency.stats()), api);
    }

    /**
     * How each fraud campaign fared so far, by first event (detection delay per campaign).
     * Allocates a list of all campaigns: call it at the end of a run, on the recorder's thread.
     */
    public List<CampaignResult> campaignResults() {
        return detection.campaignResults();
    }

    private MetricsSnapshot.Counts counts() {
        Map<String, Long> kinds = new LinkedHashMap<>();
        for (int i = 0; i < KINDS.length; i++) {
            kinds.put(KINDS[i], releasedByKind[i]);
        }
        Map<String, Long> types = new LinkedHashMap<>();
        for (TransactionType type : TYPES) {
            types.put(type.id(), transactionsByType[type.ordinal()]);
        }
        Map<String, Long> statuses = new LinkedHashMap<>();
        for (Status status : STATUSES) {
            statuses.put(status.id(), outcomesByStatus[status.ordinal()]);
        }
        Map<String, Long> decisions = new LinkedHashMap<>();
        for (Decision decision : DECISIONS) {
            decisions.put(decision.id(), outcomesByDecision[decision.ordinal()]);
        }
        return new MetricsSnapshot.Counts(eventsReleased, kinds, types, outcomes, statuses, decisions,
                moneyMoved.totals(), moneyPosted.totals());
    }

    private static int kindIndex(Event event) {
        return switch (event) {
            case CustomerOnboarded e -> 0;
            case AccountOpened e -> 1;
            case Login e -> 2;
            case ProfileChange e -> 3;
            case CreditLimitChange e -> 4;
            case Transaction e -> TRANSACTION;
        };
    }
}
