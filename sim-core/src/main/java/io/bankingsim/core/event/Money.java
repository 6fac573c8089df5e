package io.bankingsim.core.event;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in minor units (cents) of one currency. Never a {@code double}.
 *
 * <p>Immutable and thread-safe. The amount may be zero but not negative: direction is carried by
 * the transaction type, not by the sign.
 *
 * @param minorUnits the amount in the currency's minor units (e.g. cents); zero or more
 * @param currency the ISO 4217 currency
 */
public record Money(long minorUnits, Currency currency) implements Comparable<Money> {

    public Money {
        Objects.requireNonNull(currency, "currency");
        if (minorUnits < 0) {
            throw new IllegalArgumentException("money cannot be negative: " + minorUnits + " minor units");
        }
    }

    /** {@code Money.of("12.50", "USD")}; more decimals than the currency has is an error. */
    public static Money of(String amount, String currencyCode) {
        return of(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    /** An exact decimal amount; more decimals than the currency has is an error. */
    public static Money of(BigDecimal amount, Currency currency) {
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        BigDecimal scaled = amount.setScale(digits, RoundingMode.UNNECESSARY);
        return new Money(scaled.unscaledValue().longValueExact(), currency);
    }

    /** The amount in minor units of {@code currency}. */
    public static Money ofMinor(long minorUnits, Currency currency) {
        return new Money(minorUnits, currency);
    }

    /** The amount as an exact decimal, e.g. {@code 12.50}. */
    public BigDecimal amount() {
        return BigDecimal.valueOf(minorUnits, Math.max(0, currency.getDefaultFractionDigits()));
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(minorUnits, other.minorUnits), currency);
    }

    /** The difference; fails if it would be negative. */
    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.subtractExact(minorUnits, other.minorUnits), currency);
    }

    public boolean isZero() {
        return minorUnits == 0;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return Long.compare(minorUnits, other.minorUnits);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("currency mismatch: " + currency + " vs " + other.currency);
        }
    }

    /** The decimal amount and currency, e.g. {@code "12.50 USD"}. */
    @Override
    public String toString() {
        return amount().toPlainString() + " " + currency.getCurrencyCode();
    }
}
