package io.bankingsim.generators.standard;

import io.bankingsim.core.event.Channel;
import io.bankingsim.core.event.Event;
import io.bankingsim.core.event.Login;
import io.bankingsim.core.event.Transaction;
import io.bankingsim.core.event.TransactionType;
import io.bankingsim.core.scenario.HourWindow;
import io.bankingsim.core.scenario.Scenario;
import io.bankingsim.core.scenario.TransactionRate;
import io.bankingsim.core.spi.GenerationContext;
import io.bankingsim.core.spi.TrafficGenerator.GeneratedWorld;
import io.bankingsim.core.spi.World;
import io.bankingsim.core.traffic.ArrivalIntensity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static io.bankingsim.generators.Fixtures.drain;
import static io.bankingsim.generators.Fixtures.scenario;
import static io.bankingsim.generators.Fixtures.variant;
import static org.assertj.core.api.Assertions.assertThat;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EverydayTrafficTest {

    private static final double GENUINE_SHARE = 0.99;

    private final Scenario scenario = variant(scenario(1_000, 5)).accounts(3).build()
            .withTransactionRate(new TransactionRate(50, 10, new HourWindow(8, 18), 0.3, 100));
    private GeneratedWorld generated;
    private List<Event> events;
    private List<Transaction> transactions;

    @BeforeAll
    void generateOneDay() {
        generated = new StandardTrafficGenerator().generate(new GenerationContext(scenario, GENUINE_SHARE));
        events = drain(generated.sources().get(1));
        transactions = events.stream().filter(Transaction.class::isInstance).map(Transaction.class::cast).toList();
    }

    @Test
    void transactionsOverADayMatchTheScenarioIntensityTimesTheGenuineShare() {
        double expected = ArrivalIntensity.of(scenario).expectedTotal() * GENUINE_SHARE;

        assertThat(scenario.duration()).isEqualTo(Duration.ofHours(24));
        assertThat((double) transactions.size()).isBetween(expected * 0.97, expected * 1.03);
    }

    @Test
    void everyEventLiesWithinTheScenario() {
        assertThat(events).allSatisfy(e -> {
            assertThat(e.time()).isAfterOrEqualTo(scenario.start());
            assertThat(e.time()).isBefore(scenario.end());
        });
    }

    @Test
    void onlineAndMobileTransactionsFollowALoginFromTheUsualDeviceWithinFiveMinutes() {
        World world = generated.world();
        Map<String, Login> lastLogin = new HashMap<>();
        for (Event e : events) {
            if (e instanceof Login login) {
                lastLogin.put(login.customerId(), login);
            } else if (e instanceof Transaction tx && (tx.channel() == Channel.ONLINE || tx.channel() == Channel.MOBILE)) {
                Login login = lastLogin.get(tx.customerId());
                World.Customer customer = world.customer(Integer.parseInt(tx.customerId().substring(1)));
                assertThat(login).as("login before %s", tx).isNotNull();
                assertThat(Duration.between(login.time(), tx.time())).isBetween(Duration.ZERO, Duration.ofMinutes(5));
                assertThat(login.device()).isEqualTo(customer.device()).isEqualTo(tx.device());
                assertThat(login.channel()).isEqualTo(tx.channel());
            }
        }
        assertThat(events).filteredOn(Login.class::isInstance).isNotEmpty();
    }

    @Test
    void transfersAndP2pPaymentsGoToAnotherCustomersCheckingAccount() {
        List<Transaction> transfers = transactions.stream()
                .filter(t -> t.type() == TransactionType.TRANSFER_OUT || t.type() == TransactionType.P2P).toList();

        assertThat(transfers).isNotEmpty().allSatisfy(t -> {
            assertThat(t.counterpartyAccountId()).matches("A\\d{9}");
            long counterparty = Long.parseLong(t.counterpartyAccountId().substring(1));
            assertThat(counterparty % 4).as("checking slot").isZero();
            assertThat(counterparty / 4).isNotEqualTo(Long.parseLong(t.customerId().substring(1)));
            assertThat(t.channel()).isIn(Channel.ONLINE, Channel.MOBILE);
        });
    }

    @Test
    void cardPurchasesBillPaymentsAndAtmWithdrawalsCarryAMerchant() {
        assertThat(transactions).filteredOn(t -> t.type() == TransactionType.CARD_PURCHASE
                        || t.type() == TransactionType.BILL_PAYMENT || t.type() == TransactionType.ATM_WITHDRAWAL)
                .isNotEmpty().allSatisfy(t -> assertThat(t.merchant()).isNotNull());
        assertThat(transactions).filteredOn(t -> t.type() == TransactionType.ATM_WITHDRAWAL)
                .allSatisfy(t -> assertThat(t.merchant().mcc()).isEqualTo("6011"));
    }

    @Test
    void cardPurchasesAreTheMostCommonTransactionByDay() {
        Map<TransactionType, Long> daytime = transactions.stream()
                .filter(t -> t.time().atOffset(ZoneOffset.UTC).getHour() >= 9 && t.time().atOffset(ZoneOffset.UTC).getHour() < 18)
                .collect(Collectors.groupingBy(Transaction::type, Collectors.counting()));

        long purchases = daytime.get(TransactionType.CARD_PURCHASE);
        assertThat(daytime).allSatisfy((type, n) -> assertThat(n).isLessThanOrEqualTo(purchases));
        assertThat(purchases).isGreaterThan(daytime.values().stream().mapToLong(Long::longValue).sum() / 2);
        assertThat(daytime.keySet()).contains(TransactionType.ATM_WITHDRAWAL, TransactionType.BILL_PAYMENT,
                TransactionType.P2P, TransactionType.TRANSFER_OUT, TransactionType.DEPOSIT);
    }

    @Test
    void atmWithdrawalsAreMultiplesOfTwentyAndPurchasesHaveAMedianNearThirtyFive() {
        assertThat(transactions).filteredOn(t -> t.type() == TransactionType.ATM_WITHDRAWAL)
                .allSatisfy(t -> assertThat(t.amount().minorUnits() % 2_000).isZero());
        double[] purchases = transactions.stream().filter(t -> t.type() == TransactionType.CARD_PURCHASE)
                .mapToDouble(t -> t.amount().amount().doubleValue()).sorted().toArray();
        assertThat(purchases[purchases.length / 2]).isBetween(28.0, 40.0);
    }

    @Test
    void eventIdsAreUniqueUuids() {
        Set<String> ids = new HashSet<>();
        assertThat(events).allSatisfy(e -> {
            assertThat(e.id()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
            assertThat(ids.add(e.id())).isTrue();
        });
    }
}
