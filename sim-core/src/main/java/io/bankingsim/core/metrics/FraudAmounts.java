package io.bankingsim.core.metrics;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;

/**
 * Money in fraudulent transactions with an outcome, per currency, split by what became of it.
 * {@code total} = {@code prevented} + {@code lost} + {@code unresolved}. Immutable and thread-safe.
 *
 * @param total every fraudulent transaction with an outcome
 * @param prevented not posted, and stopped by the systems under test: the detector declined it or
 *                  the core-banking system rejected it
 * @param lost posted, or delivered and not declined where nothing posts (flow {@code score_only}:
 *             the money would have moved)
 * @param unresolved not posted because delivery failed, was throttled, its answer was lost, or it
 *                   was never sent: no credit to the systems under test either way
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record FraudAmounts(List<MoneyTotal> total, List<MoneyTotal> prevented, List<MoneyTotal> lost,
                           List<MoneyTotal> unresolved) {

    public FraudAmounts {
        total = List.copyOf(total);
        prevented = List.copyOf(prevented);
        lost = List.copyOf(lost);
        unresolved = List.copyOf(unresolved);
    }
}
