package io.bankingsim.core.event;

import java.time.YearMonth;
import java.util.Objects;

/**
 * A payment card: the debit card of a checking account or the card of a credit-card account.
 * The simulator's cards are synthetic (valid Luhn check digit, never a real person's card), so
 * the full number is written to the event log. Immutable.
 *
 * @param number the primary account number, 12 to 19 digits
 * @param expiry the last month the card is valid
 * @param network the card scheme, e.g. {@code visa}, {@code mastercard}, {@code amex}
 */
public record Card(String number, YearMonth expiry, String network) {
    public Card {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(expiry, "expiry");
        Objects.requireNonNull(network, "network");
        if (number.length() < 12 || number.length() > 19 || !number.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("a card number has 12 to 19 digits: " + number);
        }
    }
}
