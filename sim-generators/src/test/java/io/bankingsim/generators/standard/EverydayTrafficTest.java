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
    void onlineAndMobileBankingFollowsALoginFromTheSameDeviceWithinFiveMinutes() {
        Map<String, List<Login>> logins = new HashMap<>();
        int banking = 0;
        for (Event e : events) {
            if (e instanceof Login login) {
                logins.computeIfAbsent(login.customerId(), c -> new java.util.ArrayList<>()).add(login);
            } else if (e instanceof Transaction tx && tx.device() != null && tx.type() != TransactionType.CARD_PURCHASE) {
                banking++;
                assertThat(logins.getOrDefault(tx.customerId(), List.of())).as("login before %s", tx)
                        .anySatisfy(login -> {
                            assertThat(Duration.between(login.time(), tx.time()))
                                    .isBetween(Duration.ZERO, Duration.ofMinutes(5));
                            assertThat(login.device()).isEqualTo(tx.device());
                            assertThat(login.channel()).isEqualTo(tx.channel());
                        });
            }
        }
        assertThat(banking).isGreaterThan(100);
    }

    @Test
    void devicesConnectFromAddressesOfTheCountrysOwnProviders() {
        Set<Integer> usBlocks = Set.of(73, 98, 99, 71, 172, 174);
        List<String> ips = events.stream().map(e -> e instanceof Login l ? l.device()
                : e instanceof Transaction t ? t.device() : null).filter(java.util.Objects::nonNull)
                .map(d -> d.ip()).toList();
        long domestic = ips.stream().filter(ip -> usBlocks.contains(Integer.parseInt(ip.substring(0, ip.indexOf('.')))))
                .count();

        assertThat(ips).hasSizeGreaterThan(1_000);
        assertThat((double) domestic / ips.size()).as("IPs of US providers (the rest: travellers)").isGreaterThan(0.9);
    }

    @Test
    void customersUseAtMostTheirPhoneAndTheirComputer() {
        Map<String, Set<String>> fingerprints = new HashMap<>();
        for (Event e : events) {
            if (e instanceof Login login) {
                fingerprints.computeIfAbsent(login.customerId(), c -> new HashSet<>()).add(login.device().fingerprint());
            } else if (e instanceof Transaction tx && tx.device() != null) {
                fingerprints.computeIfAbsent(tx.customerId(), c -> new HashSet<>()).add(tx.device().fingerprint());
            }
        }
        assertThat(fingerprints.values()).allSatisfy(f -> assertThat(f).hasSizeBetween(1, 2));
        assertThat(fingerprints.values()).anySatisfy(f -> assertThat(f).hasSize(2));
    }

    @Test
    void p2pPaysAnotherCustomersCheckingAccountAndTransfersWithACounterpartyStayWithTheCustomer() {
        World world = generated.world();
        Map<String, World.Customer> byId = new HashMap<>();
        Set<String> checking = new HashSet<>();
        for (int k = 0; k < world.customerCount(); k++) {
            World.Customer c = world.customer(k);
            byId.put(c.customerId(), c);
            checking.add(c.accountIds().getFirst());
        }
        List<Transaction> p2p = transactions.stream().filter(t -> t.type() == TransactionType.P2P).toList();
        List<Transaction> internal = transactions.stream()
                .filter(t -> t.type() == TransactionType.TRANSFER_OUT && t.counterpartyAccountId() != null).toList();

        assertThat(p2p).isNotEmpty().allSatisfy(t -> {
            assertThat(checking).contains(t.counterpartyAccountId());
            assertThat(byId.get(t.customerId()).accountIds()).doesNotContain(t.counterpartyAccountId());
        });
        assertThat(internal).isNotEmpty().allSatisfy(t -> assertThat(byId.get(t.customerId()).accountIds())
                .contains(t.accountId(), t.counterpartyAccountId()));
    }

    @Test
    void friendsPayEachOtherAgainAndAgain() {
        Map<String, Set<String>> paid = new HashMap<>();
        long payments = transactions.stream().filter(t -> t.type() == TransactionType.P2P)
                .peek(t -> paid.computeIfAbsent(t.customerId(), c -> new HashSet<>()).add(t.counterpartyAccountId()))
                .count();
        assertThat(paid.values()).allSatisfy(accounts -> assertThat(accounts).hasSizeLessThanOrEqualTo(7));
        assertThat(payments).isGreaterThan(paid.values().stream().mapToLong(Set::size).sum());
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
    void branchBusinessIsDoneAtTheCustomersOwnBranchInTheirCity() {
        World world = generated.world();
        Map<String, io.bankingsim.core.event.Geo> homes = new HashMap<>();
        for (int k = 0; k < world.customerCount(); k++) {
            homes.put(world.customer(k).customerId(), world.customer(k).home());
        }
        Map<String, Set<String>> branches = new HashMap<>();
        List<Transaction> atBranch = transactions.stream().filter(t -> t.channel() == Channel.BRANCH
                && t.type() != TransactionType.BILL_PAYMENT).toList();
        assertThat(atBranch).isNotEmpty().allSatisfy(t -> {
            assertThat(t.merchant().mcc()).isEqualTo("6010");
            assertThat(t.merchant().location()).isEqualTo(homes.get(t.customerId()));
            branches.computeIfAbsent(t.customerId(), c -> new HashSet<>()).add(t.merchant().id());
        });
        assertThat(branches.values()).allSatisfy(b -> assertThat(b).hasSize(1));
    }

    @Test
    void cardPaymentsCarryTheCardOfTheAccountTheyDrawOn() {
        World world = generated.world();
        Map<String, io.bankingsim.core.event.Card> cards = new HashMap<>();
        for (int k = 0; k < world.customerCount(); k++) {
            cards.putAll(world.customer(k).cards());
        }
        assertThat(transactions).filteredOn(t -> t.type() == TransactionType.CARD_PURCHASE
                        || t.type() == TransactionType.ATM_WITHDRAWAL)
                .isNotEmpty().allSatisfy(t -> assertThat(t.card()).isEqualTo(cards.get(t.accountId())));
        assertThat(transactions).filteredOn(t -> t.type() == TransactionType.BILL_PAYMENT
                || t.type() == TransactionType.P2P).allSatisfy(t -> assertThat(t.card()).isNull());
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
