package io.bankingsim.core.event;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import io.bankingsim.core.outcome.Outcome;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Writes events and outcomes as one-line JSON objects (the JSON Lines event log), with Jackson's
 * streaming generator: no reflection, fields in a fixed order, so the same event always gives
 * the same bytes.
 *
 * <p>Event fields, in this order (names snake_case, absent parts omitted):
 * <pre>
 * id, kind, time (ISO-8601 instant, Instant.toString()), customer_id,
 *   transaction:        type, account_id, counterparty_account_id (only when set), amount, currency, channel,
 *                       merchant {id, name, mcc, city, country, lat, lon} (only when set),
 *                       device {fingerprint, os, ip, city, country, lat, lon} (only when set),
 *                       card {number, expiry (yyyy-MM), network} (only when set)
 *   login:              channel, device {...}
 *   profile_change:     change (password, phone, email, address), channel, device {...}
 *   credit_limit_change: account_id, credit_limit, currency
 *   account_opened:     account_id, product, opening_balance, credit_limit, currency,
 *                       account_number (only when set), card {...} (only when set)
 *   customer_onboarded: first_name, last_name, email, phone, date_of_birth, national_id,
 *                       address {line1, city, state, postal_code, country, lat, lon},
 *                       kyc {document_check_passed, identity_consistent, email_age_days, phone_age_days,
 *                            address_match, status},
 *                       application {channel, device {...} (only when set), segment, monthly_income}
 *                       (only when set)
 * fraud, pattern, campaign_id, role
 * </pre>
 * Amounts are decimal strings with the currency's digits ({@code "12.50"}); enums are their
 * lower-case ids; coordinates are JSON numbers as Java prints doubles.
 *
 * <p>Outcome fields, in this order: {@code event_id, status, decision, risk_score} (null when the
 * outcome has none), {@code rule_hits} (array), {@code posted, service_ms, response_ms} (doubles,
 * milliseconds to the microsecond) and {@code detail}.
 *
 * <p>The write methods append one JSON value and no line break; {@link #generator(OutputStream)}
 * makes a generator that writes no separator between root values, so callers end each line with
 * {@code writeRaw('\n')}. Stateless and thread-safe; a {@link JsonGenerator} itself is not.
 */
public final class EventJson {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private static final SerializableString ID = name("id"), KIND = name("kind"), TIME = name("time"),
            CUSTOMER_ID = name("customer_id"), TYPE = name("type"), ACCOUNT_ID = name("account_id"),
            COUNTERPARTY = name("counterparty_account_id"), AMOUNT = name("amount"), CURRENCY = name("currency"),
            CHANNEL = name("channel"), MERCHANT = name("merchant"), DEVICE = name("device"), NAME = name("name"),
            MCC = name("mcc"), CITY = name("city"), COUNTRY = name("country"), LAT = name("lat"), LON = name("lon"),
            FINGERPRINT = name("fingerprint"), OS = name("os"), IP = name("ip"), PRODUCT = name("product"),
            OPENING_BALANCE = name("opening_balance"), CREDIT_LIMIT = name("credit_limit"),
            FIRST_NAME = name("first_name"), LAST_NAME = name("last_name"), EMAIL = name("email"),
            PHONE = name("phone"), DATE_OF_BIRTH = name("date_of_birth"), NATIONAL_ID = name("national_id"),
            ADDRESS = name("address"), LINE1 = name("line1"), STATE = name("state"),
            POSTAL_CODE = name("postal_code"), KYC = name("kyc"), DOCUMENT_CHECK = name("document_check_passed"),
            IDENTITY_CONSISTENT = name("identity_consistent"), EMAIL_AGE = name("email_age_days"),
            PHONE_AGE = name("phone_age_days"), ADDRESS_MATCH = name("address_match"), STATUS = name("status"),
            FRAUD = name("fraud"), PATTERN = name("pattern"), CAMPAIGN_ID = name("campaign_id"), ROLE = name("role"),
            EVENT_ID = name("event_id"), DECISION = name("decision"), RISK_SCORE = name("risk_score"),
            RULE_HITS = name("rule_hits"), POSTED = name("posted"), SERVICE_MS = name("service_ms"),
            RESPONSE_MS = name("response_ms"), DETAIL = name("detail"), CARD = name("card"),
            NUMBER = name("number"), EXPIRY = name("expiry"), NETWORK = name("network"),
            ACCOUNT_NUMBER = name("account_number"), APPLICATION = name("application"), SEGMENT = name("segment"),
            MONTHLY_INCOME = name("monthly_income"), CHANGE = name("change");

    private EventJson() {
    }

    private static SerializableString name(String name) {
        return new SerializedString(name);
    }

    /**
     * A UTF-8 generator on {@code out} that writes no separator between root values and does not
     * close {@code out} when it is closed. The caller buffers {@code out} and ends lines itself.
     */
    public static JsonGenerator generator(OutputStream out) throws IOException {
        JsonGenerator generator = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        generator.setRootValueSeparator(null);
        generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return generator;
    }

    /** The event as one line of JSON, without a line break. */
    public static String eventToJson(Event event) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            writeEvent(generator, event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The outcome as one line of JSON, without a line break. */
    public static String outcomeToJson(Outcome outcome, long responseNanos) {
        StringWriter out = new StringWriter(160);
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            writeOutcome(generator, outcome, responseNanos);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Writes one event as a JSON object, fields in the documented order. */
    public static void writeEvent(JsonGenerator g, Event event) throws IOException {
        g.writeStartObject();
        string(g, ID, event.id());
        string(g, KIND, event.kind());
        string(g, TIME, event.time().toString());
        string(g, CUSTOMER_ID, event.customerId());
        switch (event) {
            case Transaction t -> writeTransaction(g, t);
            case Login l -> {
                string(g, CHANNEL, l.channel().id());
                writeDevice(g, l.device());
            }
            case ProfileChange p -> {
                string(g, CHANGE, p.change().id());
                string(g, CHANNEL, p.channel().id());
                writeDevice(g, p.device());
            }
            case AccountOpened a -> writeAccountOpened(g, a);
            case CreditLimitChange c -> {
                string(g, ACCOUNT_ID, c.accountId());
                string(g, CREDIT_LIMIT, decimal(c.creditLimit()));
                string(g, CURRENCY, c.creditLimit().currency().getCurrencyCode());
            }
            case CustomerOnboarded c -> writeOnboarding(g, c);
        }
        GroundTruth truth = event.truth();
        g.writeFieldName(FRAUD);
        g.writeBoolean(truth.fraud());
        string(g, PATTERN, truth.pattern());
        string(g, CAMPAIGN_ID, truth.campaignId());
        string(g, ROLE, truth.role().id());
        g.writeEndObject();
    }

    /**
     * Writes one outcome as a JSON object; {@code responseNanos} is the time from the event's due
     * instant to the outcome's arrival.
     */
    public static void writeOutcome(JsonGenerator g, Outcome outcome, long responseNanos) throws IOException {
        g.writeStartObject();
        string(g, EVENT_ID, outcome.eventId());
        string(g, STATUS, outcome.status().id());
        string(g, DECISION, outcome.decision().id());
        g.writeFieldName(RISK_SCORE);
        if (outcome.riskScore() == -1) {
            g.writeNull();
        } else {
            g.writeNumber(outcome.riskScore());
        }
        g.writeFieldName(RULE_HITS);
        g.writeStartArray();
        for (String hit : outcome.ruleHits()) {
            g.writeString(hit);
        }
        g.writeEndArray();
        g.writeFieldName(POSTED);
        g.writeBoolean(outcome.posted());
        g.writeFieldName(SERVICE_MS);
        g.writeNumber(millis(outcome.serviceNanos()));
        g.writeFieldName(RESPONSE_MS);
        g.writeNumber(millis(responseNanos));
        string(g, DETAIL, outcome.detail());
        g.writeEndObject();
    }

    private static void writeTransaction(JsonGenerator g, Transaction t) throws IOException {
        string(g, TYPE, t.type().id());
        string(g, ACCOUNT_ID, t.accountId());
        if (t.counterpartyAccountId() != null) {
            string(g, COUNTERPARTY, t.counterpartyAccountId());
        }
        string(g, AMOUNT, decimal(t.amount()));
        string(g, CURRENCY, t.amount().currency().getCurrencyCode());
        string(g, CHANNEL, t.channel().id());
        Merchant m = t.merchant();
        if (m != null) {
            g.writeFieldName(MERCHANT);
            g.writeStartObject();
            string(g, ID, m.id());
            string(g, NAME, m.name());
            string(g, MCC, m.mcc());
            writePlace(g, m.location());
            g.writeEndObject();
        }
        if (t.device() != null) {
            writeDevice(g, t.device());
        }
        if (t.card() != null) {
            writeCard(g, t.card());
        }
    }

    private static void writeCard(JsonGenerator g, Card card) throws IOException {
        g.writeFieldName(CARD);
        g.writeStartObject();
        string(g, NUMBER, card.number());
        string(g, EXPIRY, card.expiry().toString());
        string(g, NETWORK, card.network());
        g.writeEndObject();
    }

    private static void writeDevice(JsonGenerator g, Device d) throws IOException {
        g.writeFieldName(DEVICE);
        g.writeStartObject();
        string(g, FINGERPRINT, d.fingerprint());
        string(g, OS, d.os());
        string(g, IP, d.ip());
        writePlace(g, d.geo());
        g.writeEndObject();
    }

    private static void writeAccountOpened(JsonGenerator g, AccountOpened a) throws IOException {
        string(g, ACCOUNT_ID, a.accountId());
        string(g, PRODUCT, a.product().id());
        string(g, OPENING_BALANCE, decimal(a.openingBalance()));
        string(g, CREDIT_LIMIT, decimal(a.creditLimit()));
        string(g, CURRENCY, a.openingBalance().currency().getCurrencyCode());
        if (a.accountNumber() != null) {
            string(g, ACCOUNT_NUMBER, a.accountNumber());
        }
        if (a.card() != null) {
            writeCard(g, a.card());
        }
    }

    private static void writeOnboarding(JsonGenerator g, CustomerOnboarded c) throws IOException {
        CustomerOnboarded.Identity who = c.identity();
        string(g, FIRST_NAME, who.firstName());
        string(g, LAST_NAME, who.lastName());
        string(g, EMAIL, who.email());
        string(g, PHONE, who.phone());
        string(g, DATE_OF_BIRTH, who.dateOfBirth().toString());
        string(g, NATIONAL_ID, who.nationalId());
        CustomerOnboarded.Address address = who.address();
        g.writeFieldName(ADDRESS);
        g.writeStartObject();
        string(g, LINE1, address.line1());
        string(g, CITY, address.city());
        string(g, STATE, address.state());
        string(g, POSTAL_CODE, address.postalCode());
        string(g, COUNTRY, address.geo().country());
        writeCoordinates(g, address.geo());
        g.writeEndObject();
        CustomerOnboarded.KycCheck kyc = c.kyc();
        g.writeFieldName(KYC);
        g.writeStartObject();
        g.writeFieldName(DOCUMENT_CHECK);
        g.writeBoolean(kyc.documentCheckPassed());
        g.writeFieldName(IDENTITY_CONSISTENT);
        g.writeBoolean(kyc.identityConsistent());
        g.writeFieldName(EMAIL_AGE);
        g.writeNumber(kyc.emailAgeDays());
        g.writeFieldName(PHONE_AGE);
        g.writeNumber(kyc.phoneAgeDays());
        g.writeFieldName(ADDRESS_MATCH);
        g.writeBoolean(kyc.addressMatch());
        string(g, STATUS, kyc.status());
        g.writeEndObject();
        CustomerOnboarded.Application application = c.application();
        if (application != null) {
            g.writeFieldName(APPLICATION);
            g.writeStartObject();
            string(g, CHANNEL, application.channel().id());
            if (application.device() != null) {
                writeDevice(g, application.device());
            }
            string(g, SEGMENT, application.segment());
            string(g, MONTHLY_INCOME, decimal(application.monthlyIncome()));
            g.writeEndObject();
        }
    }

    /** city, country, lat, lon: the tail shared by merchant, device and address. */
    private static void writePlace(JsonGenerator g, Geo geo) throws IOException {
        string(g, CITY, geo.city());
        string(g, COUNTRY, geo.country());
        writeCoordinates(g, geo);
    }

    private static void writeCoordinates(JsonGenerator g, Geo geo) throws IOException {
        g.writeFieldName(LAT);
        g.writeNumber(geo.latitude());
        g.writeFieldName(LON);
        g.writeNumber(geo.longitude());
    }

    private static void string(JsonGenerator g, SerializableString field, String value) throws IOException {
        g.writeFieldName(field);
        g.writeString(value);
    }

    /** Nanoseconds as milliseconds, truncated to the microsecond (the logs' {@code service_ms}, {@code response_ms}). */
    public static double millis(long nanos) {
        return (nanos / 1_000L) / 1_000.0;
    }

    /** The amount as a plain decimal with the currency's digits, e.g. {@code "12.50"}. */
    static String decimal(Money money) {
        return appendDecimal(new StringBuilder(20), money).toString();
    }

    /**
     * Appends the amount as a plain decimal with the currency's digits, e.g. {@code 12.50}, the
     * logs' format, without allocating. Returns {@code out}.
     */
    public static StringBuilder appendDecimal(StringBuilder out, Money money) {
        int digits = Math.max(0, money.currency().getDefaultFractionDigits());
        long units = money.minorUnits();
        if (digits == 0) {
            return out.append(units);
        }
        long scale = 1;
        for (int i = 0; i < digits; i++) {
            scale *= 10;
        }
        long fraction = units % scale;
        out.append(units / scale).append('.');
        for (long f = scale / 10; f > 1 && fraction < f; f /= 10) {
            out.append('0');
        }
        return out.append(fraction);
    }
}
