package io.bankingsim.connectors.file;

import io.bankingsim.core.event.AccountOpened;
import io.bankingsim.core.event.Card;
import io.bankingsim.core.event.Channel;
import io.bankingsim.core.event.CreditLimitChange;
import io.bankingsim.core.event.CustomerOnboarded;
import io.bankingsim.core.event.Device;
import io.bankingsim.core.event.Event;
import io.bankingsim.core.event.EventJson;
import io.bankingsim.core.event.Geo;
import io.bankingsim.core.event.GroundTruth;
import io.bankingsim.core.event.Login;
import io.bankingsim.core.event.Merchant;
import io.bankingsim.core.event.Money;
import io.bankingsim.core.event.ProfileChange;
import io.bankingsim.core.event.Transaction;
import io.bankingsim.core.outcome.Outcome;

import java.util.List;

/**
 * The labelled data set's row: one event with its ground truth and its outcome, every field of
 * every kind of event flattened into one fixed set of {@link #COLUMNS}. A column is named after
 * the event log's field ({@link io.bankingsim.core.event.EventJson}), nested names joined with
 * {@code _} ({@code merchant.mcc} is {@code merchant_mcc}), and holds the same value as the
 * event log, but for {@code event_id} (the event's {@code id}) and {@code rule_hits} (joined with
 * {@code ;}). A field the event does not have is an empty cell. Stateless.
 */
final class EventCsv {

    private static final List<String> PLACE = List.of("city", "country", "lat", "lon");

    /** The columns, in order. */
    static final List<String> COLUMNS = columns();

    private EventCsv() {
    }

    private static List<String> columns() {
        List<String> c = new java.util.ArrayList<>(List.of("event_id", "time", "kind", "customer_id", "type",
                "account_id", "counterparty_account_id", "amount", "currency", "channel", "change",
                "merchant_id", "merchant_name", "merchant_mcc"));
        PLACE.forEach(p -> c.add("merchant_" + p));
        addDevice(c, "device_");
        c.addAll(List.of("card_number", "card_expiry", "card_network", "product", "opening_balance",
                "credit_limit", "account_number", "first_name", "last_name", "email", "phone", "date_of_birth",
                "national_id", "address_line1", "address_city", "address_state", "address_postal_code",
                "address_country", "address_lat", "address_lon", "kyc_document_check_passed",
                "kyc_identity_consistent", "kyc_email_age_days", "kyc_phone_age_days", "kyc_address_match",
                "kyc_status", "application_channel"));
        addDevice(c, "application_device_");
        c.addAll(List.of("application_segment", "application_monthly_income", "fraud", "pattern", "campaign_id",
                "role", "status", "decision", "risk_score", "rule_hits", "posted", "service_ms", "response_ms",
                "detail"));
        return List.copyOf(c);
    }

    private static void addDevice(List<String> columns, String prefix) {
        columns.add(prefix + "fingerprint");
        columns.add(prefix + "os");
        columns.add(prefix + "ip");
        PLACE.forEach(p -> columns.add(prefix + p));
    }

    /** Writes the header line's fields into {@code line}. */
    static void header(CsvLine line) {
        for (String column : COLUMNS) {
            line.text(column);
        }
    }

    /** Writes one row's fields into {@code line}, in the order of {@link #COLUMNS}. */
    static void row(CsvLine line, Event event, Outcome outcome, long responseNanos) {
        String type = null, accountId = null, counterparty = null, change = null, product = null, number = null;
        Money amount = null, opening = null, creditLimit = null;
        Channel channel = null;
        Merchant merchant = null;
        Device device = null;
        Card card = null;
        CustomerOnboarded onboarded = null;
        switch (event) {
            case Transaction t -> {
                type = t.type().id();
                accountId = t.accountId();
                counterparty = t.counterpartyAccountId();
                amount = t.amount();
                channel = t.channel();
                merchant = t.merchant();
                device = t.device();
                card = t.card();
            }
            case Login l -> {
                channel = l.channel();
                device = l.device();
            }
            case ProfileChange p -> {
                change = p.change().id();
                channel = p.channel();
                device = p.device();
            }
            case AccountOpened a -> {
                accountId = a.accountId();
                product = a.product().id();
                opening = a.openingBalance();
                creditLimit = a.creditLimit();
                number = a.accountNumber();
                card = a.card();
            }
            case CreditLimitChange c -> {
                accountId = c.accountId();
                creditLimit = c.creditLimit();
            }
            case CustomerOnboarded c -> onboarded = c;
        }
        Money money = amount != null ? amount : creditLimit;
        line.text(event.id()).instant(event.time()).text(event.kind()).text(event.customerId())
                .text(type).text(accountId).text(counterparty).amount(amount)
                .text(money == null ? null : money.currency().getCurrencyCode())
                .text(channel == null ? null : channel.id()).text(change);
        merchant(line, merchant);
        device(line, device);
        if (card == null) {
            line.empty(3);
        } else {
            line.text(card.number()).text(card.expiry().toString()).text(card.network());
        }
        line.text(product).amount(opening).amount(creditLimit).text(number);
        onboarding(line, onboarded);
        GroundTruth truth = event.truth();
        line.bool(truth.fraud()).text(truth.pattern()).text(truth.campaignId()).text(truth.role().id());
        outcome(line, outcome, responseNanos);
    }

    private static void merchant(CsvLine line, Merchant m) {
        if (m == null) {
            line.empty(3 + PLACE.size());
            return;
        }
        line.text(m.id()).text(m.name()).text(m.mcc());
        place(line, m.location());
    }

    private static void device(CsvLine line, Device d) {
        if (d == null) {
            line.empty(3 + PLACE.size());
            return;
        }
        line.text(d.fingerprint()).text(d.os()).text(d.ip());
        place(line, d.geo());
    }

    private static void place(CsvLine line, Geo geo) {
        line.text(geo.city()).text(geo.country()).number(geo.latitude()).number(geo.longitude());
    }

    /** The 29 onboarding columns, from {@code first_name} to {@code application_monthly_income}. */
    private static void onboarding(CsvLine line, CustomerOnboarded c) {
        if (c == null) {
            line.empty(29);
            return;
        }
        CustomerOnboarded.Identity who = c.identity();
        CustomerOnboarded.Address address = who.address();
        line.text(who.firstName()).text(who.lastName()).text(who.email()).text(who.phone())
                .text(who.dateOfBirth().toString()).text(who.nationalId())
                .text(address.line1()).text(address.city()).text(address.state()).text(address.postalCode())
                .text(address.geo().country()).number(address.geo().latitude()).number(address.geo().longitude());
        CustomerOnboarded.KycCheck kyc = c.kyc();
        line.bool(kyc.documentCheckPassed()).bool(kyc.identityConsistent()).number(kyc.emailAgeDays())
                .number(kyc.phoneAgeDays()).bool(kyc.addressMatch()).text(kyc.status());
        CustomerOnboarded.Application application = c.application();
        if (application == null) {
            line.empty(1 + 3 + PLACE.size() + 2);
            return;
        }
        line.text(application.channel().id());
        device(line, application.device());
        line.text(application.segment()).amount(application.monthlyIncome());
    }

    private static void outcome(CsvLine line, Outcome o, long responseNanos) {
        line.text(o.status().id()).text(o.decision().id());
        if (o.riskScore() == -1) {
            line.empty();
        } else {
            line.number(o.riskScore());
        }
        line.joined(o.ruleHits(), ';').bool(o.posted()).number(EventJson.millis(o.serviceNanos())).number(EventJson.millis(responseNanos))
                .text(o.detail());
    }
}
