package io.bankingsim.connectors.mock;

import io.bankingsim.core.event.Channel;
import io.bankingsim.core.event.Device;
import io.bankingsim.core.event.Login;
import io.bankingsim.core.event.ProfileChange;
import io.bankingsim.core.event.Money;
import io.bankingsim.core.event.Transaction;
import io.bankingsim.core.event.TransactionType;

import java.time.Instant;
import java.util.Objects;

/**
 * What a fraud detector is told about one event: the fields of a Bastion {@code /score} request
 * and its metadata, and nothing more. In particular no ground truth (no fraud flag, pattern,
 * campaign or role) ever enters a request, so a detector scoring only this must earn its score.
 * Immutable and thread-safe.
 *
 * @param eventId the event's id (Bastion's {@code transaction_id})
 * @param eventType {@code "transaction"} or {@code "login"} (Bastion's {@code metadata.event_type})
 * @param transactionType the kind of money movement; {@code null} for a login
 * @param customerId the customer (Bastion's {@code cif_id})
 * @param accountId the account concerned; {@code null} for a login
 * @param amount the amount; {@code null} for a login
 * @param merchantId the merchant's id, or {@code null}
 * @param mcc the merchant category code, or {@code null}
 * @param channel how the customer reached the bank
 * @param country where the event happened: the device's IP country for online and mobile use,
 *     else the merchant's country; {@code null} when neither is known
 * @param timestamp the event's virtual instant (never the wall clock)
 * @param deviceFingerprint the device's fingerprint, or {@code null}
 * @param ip the device's IP address, or {@code null}
 * @param ipCountry where that IP address is located, or {@code null}
 */
public record ScoringRequest(String eventId, String eventType, TransactionType transactionType, String customerId,
                             String accountId, Money amount, String merchantId, String mcc, Channel channel,
                             String country, Instant timestamp, String deviceFingerprint, String ip,
                             String ipCountry) {

    public ScoringRequest {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(timestamp, "timestamp");
    }

    /** The request for a transaction. */
    public static ScoringRequest of(Transaction tx) {
        Device device = tx.device();
        String country = device != null ? device.geo().country()
                : tx.merchant() != null ? tx.merchant().location().country() : null;
        return new ScoringRequest(tx.id(), "transaction", tx.type(), tx.customerId(), tx.accountId(), tx.amount(),
                tx.merchant() == null ? null : tx.merchant().id(), tx.merchant() == null ? null : tx.merchant().mcc(),
                tx.channel(), country, tx.time(), device == null ? null : device.fingerprint(),
                device == null ? null : device.ip(), device == null ? null : device.geo().country());
    }

    /** The request for a login. */
    public static ScoringRequest of(Login login) {
        Device device = login.device();
        return new ScoringRequest(login.id(), "login", null, login.customerId(), null, null, null, null,
                login.channel(), device.geo().country(), login.time(), device.fingerprint(), device.ip(),
                device.geo().country());
    }

    /** The request for a change of credentials or contact details (scored like a login). */
    public static ScoringRequest of(ProfileChange change) {
        Device device = change.device();
        return new ScoringRequest(change.id(), "profile_change", null, change.customerId(), null, null, null, null,
                change.channel(), device.geo().country(), change.time(), device.fingerprint(), device.ip(),
                device.geo().country());
    }

    /** True for a login or a profile change, false for a transaction. */
    public boolean isLogin() {
        return transactionType == null;
    }
}
