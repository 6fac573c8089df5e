package io.bankingsim.connectors.mock;

import io.bankingsim.core.event.TransactionType;
import io.bankingsim.core.outcome.Decision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * A rules-based fraud detector for dry runs: it scores {@link ScoringRequest}s, which carry
 * only what a real detector is sent, so it never sees ground truth and must earn its score.
 *
 * <p>The rules ({@link DetectorRule}) keep state per account and per customer over virtual time
 * (the events' timestamps, never the wall clock): recent transaction and micro-amount times in
 * small ring buffers, the running mean amount, the first country seen and the devices seen.
 * Weights of the rules hit combine into a risk score 0..1, rounded to four decimals; the decision
 * is {@link Decision#DECLINE} from {@value #DECLINE_AT}, {@link Decision#REVIEW} from
 * {@value #REVIEW_AT}, else {@link Decision#APPROVE}. Thresholds in money are in major units of
 * the request's currency. The same requests in the same order always give the same answers.
 *
 * <p>Not thread-safe: the dry-run connector calls it from the engine thread only.
 */
public final class MockFraudDetector {

    /** Risk score from which a request is declined. */
    public static final double DECLINE_AT = 0.8;
    /** Risk score from which a request is sent to review. */
    public static final double REVIEW_AT = 0.5;

    static final int VELOCITY_COUNT = 8;
    static final int VELOCITY_WINDOW_SECONDS = 10 * 60;
    static final int MICRO_COUNT = 3;
    static final int MICRO_WINDOW_SECONDS = 60 * 60;
    static final long MICRO_MAX = 5;
    static final int SPIKE_MIN_HISTORY = 3;
    static final long SPIKE_FACTOR = 10;
    static final long SPIKE_MIN = 1_000;
    static final int NEW_DEVICE_WINDOW_SECONDS = 24 * 60 * 60;
    static final int NIGHT_END_HOUR = 5;
    static final long STRUCTURING_FROM = 9_000;
    static final long STRUCTURING_BELOW = 10_000;
    private static final int DEVICE_SLOTS = 4;
    private static final DetectorRule[] RULES = DetectorRule.values();

    /** The answer for every combination of rule hits, indexed by a bit mask of rule ordinals. */
    private static final FraudScore[] VERDICTS = verdicts();

    private final AccountActivity accounts = new AccountActivity(VELOCITY_COUNT, MICRO_COUNT);
    private final CustomerProfile customers = new CustomerProfile(DEVICE_SLOTS);
    private long baseSecond = Long.MIN_VALUE;

    /** Scores one request and remembers it for the requests that follow. */
    public FraudScore score(ScoringRequest request) {
        int second = secondOf(request.timestamp());
        int customer = customers.customer(request.customerId());
        int hits = 0;
        if (customers.foreign(customer, request.country())) {
            hits |= bit(DetectorRule.FOREIGN_COUNTRY);
        }
        int deviceSince = request.deviceFingerprint() == null ? CustomerProfile.NOT_NEW
                : customers.newDeviceSince(customer, request.deviceFingerprint(), second);
        if (!request.isLogin()) {
            hits |= transactionHits(request, second, deviceSince);
        }
        return VERDICTS[hits];
    }

    private int transactionHits(ScoringRequest request, int second, int deviceSince) {
        int account = accounts.account(request.accountId());
        long unit = unit(request.amount().currency());
        long amount = request.amount().minorUnits();
        TransactionType type = request.transactionType();
        int hits = 0;
        int oldest = accounts.recordTransaction(account, second);
        if (oldest != AccountActivity.EMPTY && second - oldest < VELOCITY_WINDOW_SECONDS) {
            hits |= bit(DetectorRule.VELOCITY);
        }
        if (amount <= MICRO_MAX * unit) {
            int oldestMicro = accounts.recordMicro(account, second);
            if (oldestMicro != AccountActivity.EMPTY && second - oldestMicro < MICRO_WINDOW_SECONDS) {
                hits |= bit(DetectorRule.MICRO_AMOUNTS);
            }
        }
        if (type.isDebit() && amount > SPIKE_MIN * unit && accounts.amountCount(account) >= SPIKE_MIN_HISTORY
                && amount > SPIKE_FACTOR * accounts.meanAmount(account)) {
            hits |= bit(DetectorRule.AMOUNT_SPIKE);
        }
        accounts.recordAmount(account, amount);
        if ((type == TransactionType.TRANSFER_OUT || type == TransactionType.P2P)
                && deviceSince != CustomerProfile.NOT_NEW && second - deviceSince < NEW_DEVICE_WINDOW_SECONDS) {
            hits |= bit(DetectorRule.NEW_DEVICE_TRANSFER);
        }
        if (type == TransactionType.ATM_WITHDRAWAL
                && Math.floorMod(request.timestamp().getEpochSecond(), 86_400L) < NIGHT_END_HOUR * 3_600L) {
            hits |= bit(DetectorRule.NIGHT_ATM);
        }
        if (amount >= STRUCTURING_FROM * unit && amount < STRUCTURING_BELOW * unit) {
            hits |= bit(DetectorRule.STRUCTURING);
        }
        return hits;
    }

    /** Virtual seconds since the first request this detector saw, so state fits in an int. */
    private int secondOf(Instant time) {
        long epochSecond = time.getEpochSecond();
        if (baseSecond == Long.MIN_VALUE) {
            baseSecond = epochSecond;
        }
        return Math.toIntExact(epochSecond - baseSecond);
    }

    private static long unit(Currency currency) {
        long unit = 1;
        for (int i = currency.getDefaultFractionDigits(); i > 0; i--) {
            unit *= 10;
        }
        return unit;
    }

    private static int bit(DetectorRule rule) {
        return 1 << rule.ordinal();
    }

    private static FraudScore[] verdicts() {
        FraudScore[] verdicts = new FraudScore[1 << RULES.length];
        verdicts[0] = FraudScore.CLEAN;
        for (int mask = 1; mask < verdicts.length; mask++) {
            double clean = 1;
            List<String> hits = new ArrayList<>();
            for (DetectorRule rule : RULES) {
                if ((mask & bit(rule)) != 0) {
                    clean *= 1 - rule.weight();
                    hits.add(rule.id());
                }
            }
            double risk = Math.round((1 - clean) * 10_000) / 10_000.0;
            Decision decision = risk >= DECLINE_AT ? Decision.DECLINE
                    : risk >= REVIEW_AT ? Decision.REVIEW : Decision.APPROVE;
            verdicts[mask] = new FraudScore(risk, decision, hits);
        }
        return verdicts;
    }
}
