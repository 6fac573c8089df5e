package io.bankingsim.core.event;

import java.time.Instant;
import java.util.Objects;

/**
 * A movement of money on one of the customer's accounts. Immutable.
 *
 * <p>{@code counterpartyAccountId} is set for transfers and P2P payments between accounts of
 * this bank; {@code card} for payments with a card; {@code merchant} for card purchases, bill payments and ATM withdrawals (the ATM's
 * operator); {@code device} for online and mobile transactions. Absent parts are {@code null}.
 *
 * @param id event id
 * @param time virtual instant
 * @param type kind of transaction; {@link TransactionType#isDebit()} gives the direction
 * @param customerId the account holder
 * @param accountId the account debited (or credited, for deposits and incoming transfers)
 * @param counterpartyAccountId the other account of a transfer, or {@code null}
 * @param amount how much, in the account's currency
 * @param channel how it was made
 * @param merchant where, for card and bill payments, or {@code null}
 * @param device device and IP for online/mobile use, or {@code null}
 * @param card the card used, for card purchases and ATM withdrawals, or {@code null}
 * @param truth ground truth
 */
public record Transaction(String id, Instant time, TransactionType type, String customerId, String accountId,
                          String counterpartyAccountId, Money amount, Channel channel, Merchant merchant,
                          Device device, Card card, GroundTruth truth) implements Event {

    public Transaction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(truth, "truth");
        if (amount.isZero()) {
            throw new IllegalArgumentException("a transaction moves a positive amount");
        }
    }

    /** A transaction made without a card (transfers, deposits, bill payments). */
    public Transaction(String id, Instant time, TransactionType type, String customerId, String accountId,
                       String counterpartyAccountId, Money amount, Channel channel, Merchant merchant, Device device,
                       GroundTruth truth) {
        this(id, time, type, customerId, accountId, counterpartyAccountId, amount, channel, merchant, device, null,
                truth);
    }

    @Override
    public String kind() {
        return "transaction";
    }
}
