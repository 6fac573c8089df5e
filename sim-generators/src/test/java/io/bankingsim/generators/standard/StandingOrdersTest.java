package io.bankingsim.generators.standard;

import io.bankingsim.core.event.Channel;
import io.bankingsim.core.event.CustomerOnboarded;
import io.bankingsim.core.event.Event;
import io.bankingsim.core.event.Transaction;
import io.bankingsim.core.event.TransactionType;
import io.bankingsim.core.scenario.Scenario;
import io.bankingsim.core.spi.TrafficGenerator.GeneratedWorld;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.bankingsim.generators.Fixtures.drain;
import static io.bankingsim.generators.Fixtures.generate;
import static io.bankingsim.generators.Fixtures.scenario;
import static io.bankingsim.generators.Fixtures.variant;
import static org.assertj.core.api.Assertions.assertThat;

/** Salaries, pensions, rent and subscriptions are standing orders: every holder pays on their days. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StandingOrdersTest {

    /** January and February 2026 in UTC, customers rich enough that nothing bounces. */
    private final Scenario scenario = variant(scenario(1_500, 13)).accounts(3).initialBalance("200000").build()
            .toBuilder().start(java.time.Instant.parse("2026-01-01T00:00:00Z")).duration(Duration.ofDays(59)).build();
    private final Map<String, String> segment = new HashMap<>();
    private List<Transaction> orders;

    @BeforeAll
    void generateTwoMonths() {
        GeneratedWorld world = generate(scenario);
        for (Event e : drain(world.sources().get(0))) {
            if (e instanceof CustomerOnboarded c) {
                segment.put(c.customerId(), c.application().segment());
            }
        }
        orders = drain(world.sources().get(2)).stream().filter(Transaction.class::isInstance)
                .map(Transaction.class::cast).toList();
    }

    private static LocalDate day(Transaction t) {
        return t.time().atZone(ZoneOffset.UTC).toLocalDate();
    }

    private Map<String, List<Transaction>> bySalaried(TransactionType type) {
        return orders.stream().filter(t -> t.type() == type && segment.get(t.customerId()).equals("salaried"))
                .collect(Collectors.groupingBy(Transaction::customerId));
    }

    @Test
    void everySalariedCustomerIsPaidTheSameSalaryOnTheFifteenthAndTheLastDayOfEachMonth() {
        Map<String, List<Transaction>> salaries = bySalaried(TransactionType.DEPOSIT);
        long salaried = segment.values().stream().filter("salaried"::equals).count();

        assertThat(salaries).hasSize((int) salaried);
        assertThat(salaries.values()).allSatisfy(paid -> {
            assertThat(paid.stream().map(StandingOrdersTest::day)).containsExactly(LocalDate.of(2026, 1, 15),
                    LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 15), LocalDate.of(2026, 2, 28));
            assertThat(paid.stream().map(t -> t.amount().minorUnits()).distinct()).hasSize(1);
            assertThat(paid).allSatisfy(t -> {
                assertThat(t.channel()).isEqualTo(Channel.SYSTEM);
                assertThat(t.time().atZone(ZoneOffset.UTC).getHour()).isBetween(1, 6);
            });
        });
    }

    @Test
    void retireesGetTheirPensionOnTheThird() {
        Map<String, List<Transaction>> pensions = orders.stream()
                .filter(t -> t.type() == TransactionType.DEPOSIT && segment.get(t.customerId()).equals("retiree"))
                .collect(Collectors.groupingBy(Transaction::customerId));

        assertThat(pensions).hasSize((int) segment.values().stream().filter("retiree"::equals).count());
        assertThat(pensions.values()).allSatisfy(paid -> assertThat(paid.stream().map(StandingOrdersTest::day))
                .containsExactly(LocalDate.of(2026, 1, 3), LocalDate.of(2026, 2, 3)));
    }

    @Test
    void rentIsPaidOnceAMonthOnTheCustomersOwnDayAndAmount() {
        Map<String, List<Transaction>> rents = bySalaried(TransactionType.TRANSFER_OUT).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().stream()
                        .filter(t -> t.counterpartyAccountId() == null).toList()));

        assertThat(rents.values()).allSatisfy(paid -> {
            assertThat(paid).hasSize(2);
            assertThat(day(paid.get(0)).getDayOfMonth()).isBetween(1, 3).isEqualTo(day(paid.get(1)).getDayOfMonth());
            assertThat(paid.get(0).amount()).isEqualTo(paid.get(1).amount());
        });
        assertThat(rents.values().stream().map(p -> day(p.getFirst()).getDayOfMonth()).distinct()).hasSize(3);
    }

    @Test
    void subscriptionsAreChargedOnTheSameDayEachMonthWithoutADevice() {
        // one group per subscription: customer, merchant, price and the day of the month it is due
        Map<String, List<Transaction>> bySubscription = orders.stream()
                .filter(t -> t.type() == TransactionType.CARD_PURCHASE)
                .collect(Collectors.groupingBy(t -> t.customerId() + " " + t.merchant().id() + " " + t.amount() + " "
                        + day(t).getDayOfMonth()));

        assertThat(bySubscription).hasSizeGreaterThan(1_000);
        assertThat(bySubscription.values()).allSatisfy(charges -> {
            assertThat(charges).allSatisfy(t -> assertThat(t.device()).isNull());
            assertThat(charges).as("once in January and once in February").hasSize(2)
                    .extracting(t -> day(t).getMonthValue()).containsExactly(1, 2);
        });
    }

    @Test
    void theBankRaisesSomeCreditCardLimitsByAQuarterDuringOfficeHours() {
        GeneratedWorld world = generate(scenario);
        Map<String, Long> opened = new HashMap<>();
        Map<String, String> products = new HashMap<>();
        for (Event e : drain(world.sources().get(0))) {
            if (e instanceof io.bankingsim.core.event.AccountOpened a) {
                opened.put(a.accountId(), a.creditLimit().minorUnits());
                products.put(a.accountId(), a.product().id());
            }
        }
        List<io.bankingsim.core.event.CreditLimitChange> raises = drain(world.sources().get(2)).stream()
                .filter(io.bankingsim.core.event.CreditLimitChange.class::isInstance)
                .map(io.bankingsim.core.event.CreditLimitChange.class::cast).toList();

        // about one raise a customer a year: 1,500 customers holding cards over 59 days
        assertThat(raises).hasSizeBetween(120, 330).allSatisfy(r -> {
            assertThat(products.get(r.accountId())).isEqualTo("credit_card");
            assertThat(r.time().atZone(ZoneOffset.UTC).getHour()).isBetween(9, 16);
            assertThat(r.creditLimit().minorUnits() * 4).isGreaterThanOrEqualTo(opened.get(r.accountId()) * 5);
        });
    }

    @Test
    void standingOrdersGrowWithTheNumberOfCustomers() {
        Scenario twice = scenario.withCustomers(3_000).withDuration(Duration.ofDays(20));
        long small = drain(generate(scenario.withDuration(Duration.ofDays(20))).sources().get(2)).size();
        long large = drain(generate(twice).sources().get(2)).size();

        assertThat((double) large / small).isBetween(1.8, 2.2);
    }
}
