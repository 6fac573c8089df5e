package io.bankingsim.connectors;

import io.bankingsim.core.event.AccountOpened;
import io.bankingsim.core.event.Channel;
import io.bankingsim.core.event.CustomerOnboarded;
import io.bankingsim.core.event.Device;
import io.bankingsim.core.event.Geo;
import io.bankingsim.core.event.GroundTruth;
import io.bankingsim.core.event.Login;
import io.bankingsim.core.event.Merchant;
import io.bankingsim.core.event.Money;
import io.bankingsim.core.event.ProductType;
import io.bankingsim.core.event.Role;
import io.bankingsim.core.event.Transaction;
import io.bankingsim.core.event.TransactionType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/** Builds events for tests: ids are numbered, time starts at noon UTC and moves only when told. */
public final class EventFixtures {

    public static final Instant NOON = Instant.parse("2026-01-05T12:00:00Z");
    public static final String CURRENCY = "USD";

    private int next;
    private Instant now = NOON;

    public Instant now() {
        return now;
    }

    /** Moves the fixture's clock forward. */
    public EventFixtures advance(Duration duration) {
        now = now.plus(duration);
        return this;
    }

    /** Sets the fixture's clock. */
    public EventFixtures at(Instant instant) {
        now = instant;
        return this;
    }

    private String id() {
        return "e-" + next++;
    }

    public static Geo place(String country) {
        return switch (country) {
            case "US" -> new Geo("New York", "US", 40.7128, -74.006);
            case "NG" -> new Geo("Lagos", "NG", 6.45, 3.39);
            default -> new Geo("Paris", country, 48.8566, 2.3522);
        };
    }

    public static Device device(String fingerprint, String country) {
        return new Device(fingerprint, "Android 15", "198.51.100.9", place(country));
    }

    public CustomerOnboarded onboard(String customer) {
        return new CustomerOnboarded(id(), now, customer,
                new CustomerOnboarded.Identity("Ada", "Lovelace", customer + "@example.com", "+12125550100",
                        LocalDate.of(1990, 1, 1), "123-45-6789",
                        new CustomerOnboarded.Address("1 Main St", "New York", "NY", "10001", place("US"))),
                new CustomerOnboarded.KycCheck(true, true, 900, 900, true, "verified"), GroundTruth.GENUINE);
    }

    public AccountOpened open(String customer, String account, String balance, String creditLimit) {
        return new AccountOpened(id(), now, customer, account, ProductType.CHECKING, Money.of(balance, CURRENCY),
                Money.of(creditLimit, CURRENCY), GroundTruth.GENUINE);
    }

    public Login login(String customer, Device device) {
        return new Login(id(), now, customer, Channel.MOBILE, device, GroundTruth.GENUINE);
    }

    /** A card purchase at a US grocery, card present. */
    public Tx purchase(String customer, String account, String amount) {
        return new Tx(TransactionType.CARD_PURCHASE, customer, account, amount)
                .merchant(new Merchant("m-1", "Grocer", "5411", place("US")));
    }

    public Tx tx(TransactionType type, String customer, String account, String amount) {
        return new Tx(type, customer, account, amount);
    }

    /** A transaction being built; {@link #build()} stamps it with the fixture's id and time. */
    public final class Tx {
        private final TransactionType type;
        private final String customer;
        private final String account;
        private final String amount;
        private String counterparty;
        private Channel channel = Channel.CARD_PRESENT;
        private Merchant merchant;
        private Device device;
        private GroundTruth truth = GroundTruth.GENUINE;

        private Tx(TransactionType type, String customer, String account, String amount) {
            this.type = type;
            this.customer = customer;
            this.account = account;
            this.amount = amount;
        }

        public Tx to(String counterpartyAccount) {
            this.counterparty = counterpartyAccount;
            return this;
        }

        public Tx channel(Channel value) {
            this.channel = value;
            return this;
        }

        public Tx merchant(Merchant value) {
            this.merchant = value;
            return this;
        }

        public Tx from(Device value) {
            this.device = value;
            this.channel = Channel.MOBILE;
            return this;
        }

        public Tx fraud(String pattern) {
            this.truth = GroundTruth.fraud(pattern, "camp-1", Role.FRAUDSTER);
            return this;
        }

        public Transaction build() {
            return new Transaction(id(), now, type, customer, account, counterparty, Money.of(amount, CURRENCY),
                    channel, merchant, device, truth);
        }
    }
}
