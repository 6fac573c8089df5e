package io.bankingsim.connectors.stub;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bankingsim.core.scenario.Connections;

import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Nexum's postings: deposit, withdraw and transfer. A posting is validated (422), its accounts
 * and currency checked (404, 400), then, when Nexum is given Bastion's URL, scored by Bastion
 * ({@code 400 "Blocked by fraud detection"} on DECLINE or BLOCK), then posted atomically
 * ({@code 400 "Insufficient funds"} when balance plus credit limit does not cover a debit).
 * Thread-safe.
 */
final class NexumPostings {

    static final List<String> CHANNELS = Connections.NEXUM_CHANNELS;

    private enum Kind {
        DEPOSIT("Deposit completed"), WITHDRAWAL("Withdrawal completed"), TRANSFER("Transfer completed");

        final String message;

        Kind(String message) {
            this.message = message;
        }
    }

    private final NexumLedger ledger;
    private final BastionScoreClient bastion;
    private final InstantSource clock;

    /** Postings on {@code ledger}; {@code bastion} is null when Nexum does not call Bastion. */
    NexumPostings(NexumLedger ledger, BastionScoreClient bastion, InstantSource clock) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.bastion = bastion;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    Reply deposit(Call call) {
        return post(call, Kind.DEPOSIT);
    }

    Reply withdraw(Call call) {
        return post(call, Kind.WITHDRAWAL);
    }

    Reply transfer(Call call) {
        return post(call, Kind.TRANSFER);
    }

    private Reply post(Call call, Kind kind) {
        JsonBody body = call.json();
        String account = body.requiredString(kind == Kind.TRANSFER ? "from_account_id" : "account_id");
        String to = kind == Kind.TRANSFER ? body.requiredString("to_account_id") : null;
        MoneyField money = MoneyField.read(body, "amount");
        String description = body.requiredString("description", true);
        String channel = body.requiredEnum("channel", CHANNELS);
        String reference = body.optionalString("reference");
        body.check();
        if (account.equals(to)) {
            throw Rejection.detail(400, "Cannot transfer to the same account");
        }
        String currency = money.currency().getCurrencyCode();
        String customer = ledger.check(account, to, currency);
        String txId = ledger.newId();
        Instant now = clock.instant();
        if (bastion != null) {
            String action = bastion.action(scoreRequest(kind, txId, customer, account, money, channel, now));
            if (action.equals("DECLINE") || action.equals("BLOCK")) {
                throw Rejection.detail(400, "Blocked by fraud detection");
            }
        }
        switch (kind) {
            case DEPOSIT -> ledger.deposit(txId, account, money.amount(), description, channel, reference, now);
            case WITHDRAWAL -> ledger.withdraw(txId, account, money.amount(), description, channel, reference, now);
            case TRANSFER -> ledger.transfer(txId, account, to, money.amount(), description, channel, reference, now);
        }
        return Reply.of(201, StubJson.object().put("transaction_id", txId).put("state", "completed")
                .put("message", kind.message));
    }

    /** What Nexum tells Bastion about a posting: what it knows, stamped with its own clock. */
    private static ObjectNode scoreRequest(Kind kind, String txId, String customer, String account, MoneyField money,
                                           String channel, Instant now) {
        String type = switch (kind) {
            case DEPOSIT -> "deposit";
            case WITHDRAWAL -> channel.equals("atm") ? "atm_withdrawal" : "card_purchase";
            case TRANSFER -> "transfer_out";
        };
        ObjectNode request = StubJson.object().put("transaction_id", txId).put("cif_id", customer)
                .put("amount", money.amount()).put("currency", money.currency().getCurrencyCode())
                .putNull("merchant_id").putNull("merchant_category").put("channel", channel).putNull("country")
                .put("timestamp", now.getEpochSecond());
        request.putObject("metadata").put("event_type", "transaction").put("transaction_type", type)
                .put("account_id", account).put("source", "nexum-" + kind.name().toLowerCase(Locale.ROOT));
        return request;
    }
}
