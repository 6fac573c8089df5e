package io.bankingsim.connectors.file;

import io.bankingsim.connectors.EventFixtures;
import io.bankingsim.core.clock.ManualTicker;
import io.bankingsim.core.clock.VirtualClock;
import io.bankingsim.core.event.AccountOpened;
import io.bankingsim.core.event.Card;
import io.bankingsim.core.event.Channel;
import io.bankingsim.core.event.CreditLimitChange;
import io.bankingsim.core.event.CustomerOnboarded;
import io.bankingsim.core.event.Event;
import io.bankingsim.core.event.EventJson;
import io.bankingsim.core.event.GroundTruth;
import io.bankingsim.core.event.Merchant;
import io.bankingsim.core.event.Money;
import io.bankingsim.core.event.ProductType;
import io.bankingsim.core.event.ProfileChange;
import io.bankingsim.core.event.Role;
import io.bankingsim.core.event.Transaction;
import io.bankingsim.core.event.TransactionType;
import io.bankingsim.core.outcome.Decision;
import io.bankingsim.core.outcome.Outcome;
import io.bankingsim.core.outcome.Status;
import io.bankingsim.core.scenario.Scenario;
import io.bankingsim.core.spi.ObserverProvider;
import io.bankingsim.core.spi.PluginRegistry;
import io.bankingsim.core.spi.RunContext;
import io.bankingsim.core.spi.SimulationObserver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** events.csv: one row per outcome, every column named and valued as in the event log, RFC 4180. */
class EventCsvObserverTest {

    private static final Instant T = EventFixtures.NOON;
    private static final GroundTruth TAKEOVER = GroundTruth.fraud("account_takeover", "camp-7", Role.FRAUDSTER);

    @TempDir
    Path temp;

    private static RunContext context(Path output) {
        Scenario scenario = Scenario.defaults("test");
        return new RunContext(scenario, VirtualClock.start(scenario.start(), scenario.speed(), new ManualTicker()),
                output);
    }

    /** One event of every kind, with every optional part set, and a few without them. */
    private static List<Event> everyKind() {
        EventFixtures f = new EventFixtures();
        List<Event> events = new ArrayList<>();
        CustomerOnboarded plain = f.onboard("C1");
        events.add(plain);
        events.add(new CustomerOnboarded("e-onb-app", T, "C2", plain.identity(), plain.kyc(),
                new CustomerOnboarded.Application(Channel.MOBILE, EventFixtures.device("fp-9", "NG"), "student",
                        Money.of("900", "USD")),
                GroundTruth.fraud("synthetic_identity", "camp-3", Role.FRAUDSTER)));
        events.add(new CustomerOnboarded("e-onb-branch", T, "C3", plain.identity(), plain.kyc(),
                new CustomerOnboarded.Application(Channel.BRANCH, null, "retiree", Money.of("2600", "USD")),
                GroundTruth.GENUINE));
        events.add(f.open("C1", "A1", "100.00", "0"));
        events.add(new AccountOpened("e-open-card", T, "C1", "A2", ProductType.CREDIT_CARD, Money.of("0", "USD"),
                Money.of("5000", "USD"), "DE89370400440532013000",
                new Card("4111111111111111", YearMonth.of(2029, 4), "visa"), GroundTruth.GENUINE));
        events.add(new CreditLimitChange("e-limit", T, "C1", "A2", Money.of("7500.5", "USD"), GroundTruth.GENUINE));
        events.add(f.login("C1", EventFixtures.device("fp-1", "US")));
        events.add(new ProfileChange("e-profile", T, "C1", ProfileChange.Change.PASSWORD, Channel.ONLINE,
                EventFixtures.device("fp-2", "NG"), TAKEOVER));
        events.add(f.purchase("C1", "A1", "12.05").build());
        events.add(new Transaction("e-card", T, TransactionType.CARD_PURCHASE, "C1", "A2", null,
                Money.of("0.99", "USD"), Channel.ONLINE,
                new Merchant("M1", "Smith, Jones & \"Co\"", "5999", EventFixtures.place("US")),
                EventFixtures.device("fp-2", "NG"), new Card("4111111111111111", YearMonth.of(2029, 4), "visa"),
                TAKEOVER));
        events.add(f.tx(TransactionType.TRANSFER_OUT, "C1", "A1", "250.00").to("A9").build());
        return events;
    }

    private static Outcome approved(Event event) {
        return new Outcome(event.id(), Status.OK, Decision.APPROVE, 0.125, List.of("velocity", "geo"), true, 1_500,
                "");
    }

    /** Runs the observer the way the engine does: every event released, then the outcomes in the given order. */
    private static void run(Path output, List<Event> events, List<Outcome> outcomes) throws Exception {
        SimulationObserver observer = new EventCsvObserverProvider().create(context(output)).orElseThrow();
        observer.onStart(context(output));
        events.forEach(observer::onEvent);
        for (Outcome outcome : outcomes) {
            Event event = events.stream().filter(e -> e.id().equals(outcome.eventId())).findFirst().orElseThrow();
            observer.onOutcome(event, outcome, 2_000_000);
        }
        observer.onFinish(null);
    }

    @Test
    void eventCsvIsFoundByServiceLoader() {
        PluginRegistry<ObserverProvider> registry = PluginRegistry.load(ObserverProvider.class, ObserverProvider::name);

        assertThat(registry.require("event-csv")).isInstanceOf(EventCsvObserverProvider.class);
    }

    @Test
    void noOutputFolderMeansNoObserver() throws Exception {
        assertThat(new EventCsvObserverProvider().create(context(null))).isEmpty();
    }

    @Test
    void headerNamesEveryColumnOnceFromIdToDetail() throws Exception {
        run(temp, List.of(), List.of());

        List<String> header = CsvFile.header(temp.resolve("events.csv"));
        assertThat(header).isEqualTo(EventCsvObserver.COLUMNS);
        assertThat(new HashSet<>(header)).hasSameSizeAs(header);
        assertThat(header).startsWith("event_id", "time", "kind", "customer_id")
                .endsWith("fraud", "pattern", "campaign_id", "role", "status", "decision", "risk_score", "rule_hits",
                        "posted", "service_ms", "response_ms", "detail");
    }

    @Test
    void everyKindGivesARowWithEveryFieldOfTheEventLogUnderItsFlattenedName() throws Exception {
        List<Event> events = everyKind();
        List<Outcome> outcomes = events.stream().map(EventCsvObserverTest::approved).toList();

        run(temp, events, outcomes);

        List<Map<String, String>> rows = CsvFile.rows(temp.resolve("events.csv"));
        assertThat(rows).hasSameSizeAs(events);
        for (int i = 0; i < events.size(); i++) {
            Map<String, String> expected = CsvFile.expectedRow(EventJson.eventToJson(events.get(i)),
                    EventJson.outcomeToJson(outcomes.get(i), 2_000_000));
            assertThat(rows.get(i)).as(events.get(i).kind() + " " + events.get(i).id())
                    .hasSize(EventCsvObserver.COLUMNS.size()).containsExactlyEntriesOf(expected);
        }
        assertThat(rows).extracting(r -> r.get("kind")).contains("customer_onboarded", "account_opened",
                "credit_limit_change", "login", "profile_change", "transaction");
    }

    @Test
    void aTransactionRowReadsAsAnAnalystExpects() throws Exception {
        Event card = everyKind().get(9);

        run(temp, List.of(card), List.of(approved(card)));

        Map<String, String> row = CsvFile.rows(temp.resolve("events.csv")).getFirst();
        assertThat(row).containsEntry("event_id", "e-card").containsEntry("time", "2026-01-05T12:00:00Z")
                .containsEntry("kind", "transaction").containsEntry("type", "card_purchase")
                .containsEntry("amount", "0.99").containsEntry("currency", "USD").containsEntry("channel", "online")
                .containsEntry("merchant_mcc", "5999").containsEntry("device_country", "NG")
                .containsEntry("card_number", "4111111111111111").containsEntry("card_expiry", "2029-04")
                .containsEntry("fraud", "true").containsEntry("pattern", "account_takeover")
                .containsEntry("campaign_id", "camp-7").containsEntry("role", "fraudster")
                .containsEntry("status", "ok").containsEntry("decision", "approve")
                .containsEntry("risk_score", "0.125").containsEntry("rule_hits", "velocity;geo")
                .containsEntry("posted", "true").containsEntry("service_ms", "0.001")
                .containsEntry("response_ms", "2.0");
    }

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuotedWithQuotesDoubled() throws Exception {
        Event card = everyKind().get(9);
        Outcome declined = new Outcome(card.id(), Status.REJECTED, Decision.DECLINE, 0.97, List.of("a,b", "c"), false,
                0, "Blocked by fraud detection, \"high risk\"\nsecond line");

        run(temp, List.of(card), List.of(declined));

        String text = Files.readString(temp.resolve("events.csv"), StandardCharsets.UTF_8);
        assertThat(text).contains(",\"Smith, Jones & \"\"Co\"\"\",", ",\"a,b;c\",",
                ",\"Blocked by fraud detection, \"\"high risk\"\"\nsecond line\"\n");
        Map<String, String> row = CsvFile.rows(temp.resolve("events.csv")).getFirst();
        assertThat(row).containsEntry("merchant_name", "Smith, Jones & \"Co\"").containsEntry("rule_hits", "a,b;c")
                .containsEntry("detail", "Blocked by fraud detection, \"high risk\"\nsecond line");
    }

    @Test
    void aValueTheEventDoesNotHaveIsAnEmptyCell() throws Exception {
        EventFixtures f = new EventFixtures();
        Event login = f.login("C1", EventFixtures.device("fp-1", "US"));

        run(temp, List.of(login), List.of(Outcome.notDelivered(login.id(), "stopped")));

        String line = Files.readAllLines(temp.resolve("events.csv")).get(1);
        assertThat(line.split(",", -1)).hasSize(EventCsvObserver.COLUMNS.size());
        Map<String, String> row = CsvFile.rows(temp.resolve("events.csv")).getFirst();
        assertThat(row).containsEntry("amount", "").containsEntry("merchant_name", "").containsEntry("card_number", "")
                .containsEntry("kyc_status", "").containsEntry("pattern", "").containsEntry("campaign_id", "")
                .containsEntry("risk_score", "").containsEntry("rule_hits", "").containsEntry("decision", "none")
                .containsEntry("fraud", "false").containsEntry("role", "none").containsEntry("device_ip", "198.51.100.9")
                .containsEntry("detail", "stopped");
    }

    @Test
    void aRowIsWrittenPerOutcomeInOutcomeOrder() throws Exception {
        List<Event> events = everyKind().subList(0, 4);
        List<Outcome> outcomes = List.of(approved(events.get(2)), approved(events.get(0)), approved(events.get(3)));

        run(temp, events, outcomes);

        assertThat(CsvFile.rows(temp.resolve("events.csv"))).extracting(r -> r.get("event_id"))
                .containsExactly(events.get(2).id(), events.get(0).id(), events.get(3).id());
    }

    @Test
    void aFailedWriteFailsTheRunStopsWritingAndFailsTheFinishToo() {
        int[] writes = {0};
        Writer full = new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                writes[0]++;
                throw new IOException("No space left on device");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        EventCsvObserver observer = new EventCsvObserver(temp.resolve("events.csv"), full);
        List<Event> events = everyKind();

        assertThatThrownBy(() -> observer.onOutcome(events.get(0), approved(events.get(0)), 0))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("events.csv")
                .hasMessageContaining("No space left on device");
        observer.onOutcome(events.get(1), approved(events.get(1)), 0);

        assertThat(writes[0]).as("no write after the failure").isEqualTo(1);
        assertThatThrownBy(() -> observer.onFinish(null)).isInstanceOf(IOException.class)
                .hasMessageContaining("No space left on device");
    }
}
