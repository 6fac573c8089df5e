package io.bankingsim.core.metrics;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.bankingsim.core.event.Money;

import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A sum of money in one currency, as reported in snapshots. Immutable and thread-safe.
 * In JSON it is {@code {"currency": "USD", "minor_units": 123450, "amount": "1234.50"}}, the
 * amount being an exact decimal string like the backends' money.
 *
 * @param currency ISO 4217 code, e.g. {@code "USD"}
 * @param minorUnits the sum in minor units (cents); zero or more
 * @param amount the same sum as an exact decimal string, e.g. {@code "1234.50"}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MoneyTotal(String currency, long minorUnits, String amount) {

    public MoneyTotal {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(amount, "amount");
        if (minorUnits < 0) {
            throw new IllegalArgumentException("a total cannot be negative: " + minorUnits);
        }
    }

    /** The total of {@code minorUnits} of {@code currency}. */
    public static MoneyTotal of(long minorUnits, Currency currency) {
        return new MoneyTotal(currency.getCurrencyCode(), minorUnits,
                Money.ofMinor(minorUnits, currency).amount().toPlainString());
    }

    /** {@code "1234.50 USD"}. */
    @Override
    public String toString() {
        return amount + " " + currency;
    }

    /**
     * Totals in several currencies on one line, e.g. {@code "1234.50 USD|20.00 EUR"}; empty when
     * there are none. Contains no comma, quote or line break.
     */
    static String join(List<MoneyTotal> totals) {
        return totals.stream().map(MoneyTotal::toString).collect(Collectors.joining("|"));
    }
}
