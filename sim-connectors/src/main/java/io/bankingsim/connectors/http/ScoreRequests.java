package io.bankingsim.connectors.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bankingsim.connectors.mock.ScoringRequest;
import io.bankingsim.core.event.Card;
import io.bankingsim.core.event.Login;
import io.bankingsim.core.event.ProfileChange;
import io.bankingsim.core.event.Transaction;
import io.bankingsim.core.scenario.Connections;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Currency;
import java.util.HexFormat;

/**
 * Builds Bastion's {@code /score} requests. They are made from a {@link ScoringRequest}, which
 * holds only what a real detector is told, plus a few more features of the event (card token,
 * merchant name, counterparty), so no ground truth can reach Bastion: no fraud flag, pattern,
 * campaign or role, in any field or in {@code metadata}. Thread-safe.
 */
final class ScoreRequests {

    private final Connections settings;
    private final Currency bankCurrency;
    private final IdMap ids;

    ScoreRequests(Connections settings, Currency bankCurrency, IdMap ids) {
        this.settings = settings;
        this.bankCurrency = bankCurrency;
        this.ids = ids;
    }

    /** The request for a transaction. */
    ObjectNode of(Transaction tx) {
        ScoringRequest r = ScoringRequest.of(tx);
        ObjectNode body = common(r);
        ObjectNode metadata = (ObjectNode) body.get("metadata");
        metadata.put("transaction_type", tx.type().id());
        metadata.put("account_id", ids.account(tx.accountId()));
        if (tx.counterpartyAccountId() != null) {
            metadata.put("counterparty_account_id", ids.account(tx.counterpartyAccountId()));
        }
        if (tx.merchant() != null) {
            metadata.put("merchant_name", tx.merchant().name());
            metadata.put("merchant_city", tx.merchant().location().city());
        }
        Card card = tx.card();
        if (card != null) {
            metadata.put("card_token", token(card.number()));
            metadata.put("card_last4", card.number().substring(card.number().length() - 4));
            metadata.put("card_network", card.network());
        }
        return body;
    }

    /** The request for a login: amount 0 in the bank's currency, {@code metadata.event_type = login}. */
    ObjectNode of(Login login) {
        return common(ScoringRequest.of(login));
    }

    /** The request for a profile change, scored like a login, with the kind of change. */
    ObjectNode of(ProfileChange change) {
        ObjectNode body = common(ScoringRequest.of(change));
        ((ObjectNode) body.get("metadata")).put("change", change.change().name().toLowerCase(java.util.Locale.ROOT));
        return body;
    }

    private ObjectNode common(ScoringRequest r) {
        ObjectNode body = Caller.JSON.createObjectNode();
        body.put("transaction_id", r.eventId());
        body.put("cif_id", ids.customer(r.customerId()));
        if (r.amount() != null) {
            body.put("amount", r.amount().amount());
            body.put("currency", r.amount().currency().getCurrencyCode());
        } else {
            body.put("amount", 0);
            body.put("currency", bankCurrency.getCurrencyCode());
        }
        body.put("merchant_id", r.merchantId());
        body.put("merchant_category", r.mcc());
        body.put("channel", settings.channels().get(r.channel().id()));
        body.put("country", r.country());
        body.put("timestamp", r.timestamp().getEpochSecond());
        ObjectNode metadata = body.putObject("metadata");
        metadata.put("event_type", r.eventType());
        metadata.put("channel_detail", r.channel().id());
        if (r.deviceFingerprint() != null) {
            metadata.put("device_id", r.deviceFingerprint());
        }
        if (r.ip() != null) {
            metadata.put("ip", r.ip());
        }
        if (r.ipCountry() != null) {
            metadata.put("ip_country", r.ipCountry());
        }
        return body;
    }

    /** A stable token for a card number (what a processor sends instead of the number). */
    static String token(String cardNumber) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(cardNumber.getBytes(StandardCharsets.US_ASCII));
            return "tok_" + HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
