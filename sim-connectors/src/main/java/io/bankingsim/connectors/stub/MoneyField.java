package io.bankingsim.connectors.stub;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * Nexum's money on the wire, {@code {"amount": "123.45", "currency": "USD"}} (the amount a decimal
 * string; a JSON number is accepted too), and the checks of amounts and currency codes.
 * Immutable.
 *
 * @param amount the exact amount, at the currency's scale
 * @param currency the ISO 4217 currency
 */
record MoneyField(BigDecimal amount, Currency currency) {

    /** Reads the money object {@code field} of {@code body}: positive, at most the currency's decimals. */
    static MoneyField read(JsonBody body, String field) {
        JsonBody money = body.object(field, true);
        if (money == null) {
            return null;
        }
        Currency currency = currency(money, "currency");
        BigDecimal amount = money.decimal("amount", true);
        if (amount == null) {
            return null;
        }
        if (amount.signum() <= 0) {
            money.error("amount", "Input should be greater than 0", "greater_than");
            return null;
        }
        return currency == null ? null : new MoneyField(scaled(money, "amount", amount, currency), currency);
    }

    /** A required ISO 4217 currency code. */
    static Currency currency(JsonBody body, String field) {
        String code = body.requiredString(field);
        if (code == null) {
            return null;
        }
        try {
            if (code.length() == 3) {
                return Currency.getInstance(code);
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        body.error(field, "Value error, invalid ISO 4217 currency code: '" + code + "'", "value_error");
        return null;
    }

    /** {@code amount} at the currency's scale, or an error (and null) when it has more decimals. */
    static BigDecimal scaled(JsonBody body, String field, BigDecimal amount, Currency currency) {
        int scale = NexumLedger.scale(currency);
        if (amount.stripTrailingZeros().scale() > scale) {
            body.error(field, "Decimal input should have no more than " + scale + " decimal place"
                    + (scale == 1 ? "" : "s"), "decimal_max_places");
            return null;
        }
        return amount.setScale(scale);
    }

    /** The wire form of an amount at its currency's scale. */
    static ObjectNode json(BigDecimal amount, String currency) {
        return StubJson.object().put("amount", amount.toPlainString()).put("currency", currency);
    }
}
