package io.bankingsim.core.metrics;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything known about a run at one moment: what the dashboard shows, the CSV streams and the
 * summary reports. Made by {@link MetricsRecorder#snapshot}. Immutable and thread-safe: safe to
 * hand to any thread.
 *
 * <p>Serialises with any Jackson 2 {@code ObjectMapper} to snake_case JSON without NaN
 * (undefined ratios are {@code null}) and with the virtual instant as an ISO-8601 string. Units
 * are in the component names or their javadoc: nanoseconds, seconds, microseconds, minor units.
 *
 * @param run time, progress, speed and state of the run
 * @param counts events, transactions, outcomes and money
 * @param throughput rates per wall and per virtual second
 * @param detection detection quality against ground truth
 * @param latency service and response latency
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MetricsSnapshot(Run run, Counts counts, Throughput throughput, Detection detection, Latency latency,
                              List<EndpointStats> api) {

    public MetricsSnapshot {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(throughput, "throughput");
        Objects.requireNonNull(detection, "detection");
        Objects.requireNonNull(latency, "latency");
        api = List.copyOf(api);
    }

    /** A snapshot without API statistics (a connector that makes no requests). */
    public MetricsSnapshot(Run run, Counts counts, Throughput throughput, Detection detection, Latency latency) {
        this(run, counts, throughput, detection, latency, List.of());
    }

    /**
     * Time, progress, speed and state.
     *
     * @param state the engine's state, e.g. {@code running}, {@code paused}, {@code stopped}, {@code finished}
     * @param wallElapsedNanos wall time since the recorder was made
     * @param virtualNow the current virtual instant
     * @param virtualElapsedNanos virtual time since the scenario's start (zero or more)
     * @param progress virtual elapsed / scenario duration, 0..1
     * @param setSpeed the speed asked for, e.g. {@code "100"} or {@code "max"}
     * @param effectiveSpeed virtual elapsed / wall elapsed since the start ({@code NaN} at wall time 0)
     * @param intervalEffectiveSpeed the same over the interval since the previous snapshot
     * @param intervalWallNanos wall length of that interval
     * @param inFlight events released whose outcome has not arrived yet
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Run(String state, long wallElapsedNanos,
                      @JsonSerialize(using = ToStringSerializer.class) Instant virtualNow,
                      long virtualElapsedNanos, double progress, String setSpeed,
                      @JsonSerialize(using = UndefinedAsNullSerializer.class) double effectiveSpeed,
                      @JsonSerialize(using = UndefinedAsNullSerializer.class) double intervalEffectiveSpeed,
                      long intervalWallNanos, int inFlight) {
        public Run {
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(virtualNow, "virtualNow");
            Objects.requireNonNull(setSpeed, "setSpeed");
            if (!(progress >= 0 && progress <= 1)) {
                throw new IllegalArgumentException("progress must be within 0..1: " + progress);
            }
        }
    }

    /**
     * How many of everything. Maps are immutable, keyed by lower-case ids, and list every kind,
     * type, status and decision (zeros included) in a fixed order.
     *
     * @param eventsReleased events released to the connectors
     * @param releasedByKind per event kind: customer_onboarded, account_opened, login, transaction
     * @param transactionsByType released transactions per transaction type, e.g. card_purchase
     * @param outcomes outcomes received
     * @param outcomesByStatus outcomes per status, e.g. ok, rejected, error
     * @param outcomesByDecision outcomes per detector decision: approve, review, decline, none
     * @param moneyMoved the amounts of all released transactions, per currency
     * @param moneyPosted the amounts of transactions whose outcome says posted, per currency
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Counts(long eventsReleased, Map<String, Long> releasedByKind, Map<String, Long> transactionsByType,
                         long outcomes, Map<String, Long> outcomesByStatus, Map<String, Long> outcomesByDecision,
                         List<MoneyTotal> moneyMoved, List<MoneyTotal> moneyPosted) {
        public Counts {
            releasedByKind = ordered(releasedByKind);
            transactionsByType = ordered(transactionsByType);
            outcomesByStatus = ordered(outcomesByStatus);
            outcomesByDecision = ordered(outcomesByDecision);
            moneyMoved = List.copyOf(moneyMoved);
            moneyPosted = List.copyOf(moneyPosted);
        }

        /** Transactions released: the {@code transaction} entry of {@link #releasedByKind()}. */
        public long transactionsReleased() {
            return releasedByKind.getOrDefault("transaction", 0L);
        }

        private static Map<String, Long> ordered(Map<String, Long> map) {
            return Collections.unmodifiableMap(new LinkedHashMap<>(map));
        }
    }

    /**
     * Rates. Transactions and events count when released to the connectors. A rate is
     * {@code NaN} (JSON {@code null}) while its time base is zero.
     *
     * @param transactionsPerWallSecond since the start
     * @param intervalTransactionsPerWallSecond since the previous snapshot
     * @param transactionsPerVirtualSecond transactions per simulated second since the scenario's start
     * @param eventsPerWallSecond all events, since the start
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Throughput(
            @JsonSerialize(using = UndefinedAsNullSerializer.class) double transactionsPerWallSecond,
            @JsonSerialize(using = UndefinedAsNullSerializer.class) double intervalTransactionsPerWallSecond,
            @JsonSerialize(using = UndefinedAsNullSerializer.class) double transactionsPerVirtualSecond,
            @JsonSerialize(using = UndefinedAsNullSerializer.class) double eventsPerWallSecond) {
    }

    /**
     * Detection quality against ground truth.
     *
     * @param matrix the confusion matrix over scored events, with precision, recall, FPR and F1
     * @param byPattern one entry per fraud pattern seen, sorted by name
     * @param amounts fraud money prevented, lost and unresolved
     * @param campaigns how many campaigns were caught, and how soon
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Detection(ConfusionMatrix matrix, List<PatternDetection> byPattern, FraudAmounts amounts,
                            CampaignDetection campaigns) {
        public Detection {
            Objects.requireNonNull(matrix, "matrix");
            byPattern = List.copyOf(byPattern);
            Objects.requireNonNull(amounts, "amounts");
            Objects.requireNonNull(campaigns, "campaigns");
        }
    }

    /**
     * Latency of delivered outcomes (status other than {@code not_delivered}), in microseconds.
     *
     * @param service from the first request sent to the last answer received ({@code Outcome.serviceNanos})
     * @param response from the wall instant the event was due, free of coordinated omission: a stalled
     *                 backend shows here even when the send rate drops
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Latency(LatencyStats service, LatencyStats response) {
        public Latency {
            Objects.requireNonNull(service, "service");
            Objects.requireNonNull(response, "response");
        }
    }
}
