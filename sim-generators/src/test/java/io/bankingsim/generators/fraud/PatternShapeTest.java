package io.bankingsim.generators.fraud;

import io.bankingsim.generators.Fixtures;
import io.bankingsim.core.event.AccountOpened;
import io.bankingsim.core.event.Channel;
import io.bankingsim.core.event.CustomerOnboarded;
import io.bankingsim.core.event.Event;
import io.bankingsim.core.event.Login;
import io.bankingsim.core.event.Transaction;
import io.bankingsim.core.event.TransactionType;
import io.bankingsim.core.spi.FraudPattern;
import io.bankingsim.core.spi.World;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static io.bankingsim.generators.fraud.Campaigns.events;
import static io.bankingsim.generators.fraud.Campaigns.transactions;
import static org.assertj.core.api.Assertions.assertThat;

/** The defining shape of each built-in pattern, checked over many campaigns. */
class PatternShapeTest {

    private static final int CAMPAIGNS = 100;

    private static void forEachCampaign(String type, java.util.function.Consumer<List<Event>> check) {
        IntStream.range(0, CAMPAIGNS).forEach(n -> check.accept(events(type, n)));
    }

    private static void amountsBetween(List<Transaction> txs, String lo, String hi) {
        assertThat(txs).allSatisfy(t -> assertThat(t.amount().amount()).isBetween(new BigDecimal(lo), new BigDecimal(hi)));
    }

    private static Duration span(List<? extends Event> events) {
        return Duration.between(events.getFirst().time(), events.getLast().time());
    }

    @Test
    void cardTestingProbesWithOnlineMicroAmountsAtChangingMerchantsThenMakesOneLargePurchase() {
        forEachCampaign("card_testing", events -> {
            List<Transaction> txs = transactions(events);
            List<Transaction> probes = txs.subList(0, txs.size() - 1);
            assertThat(probes).hasSizeBetween(8, 16);
            amountsBetween(probes, "0.01", "5.00");
            amountsBetween(List.of(txs.getLast()), "200", "900");
            assertThat(txs).allSatisfy(t -> {
                assertThat(t.type()).isEqualTo(TransactionType.CARD_PURCHASE);
                assertThat(t.channel()).isEqualTo(Channel.ONLINE);
                assertThat(t.device()).isEqualTo(txs.getFirst().device());
            });
            for (int i = 1; i < probes.size(); i++) {
                assertThat(probes.get(i).merchant().id()).isNotEqualTo(probes.get(i - 1).merchant().id());
                assertThat(Duration.between(probes.get(i - 1).time(), probes.get(i).time()))
                        .isBetween(Duration.ofSeconds(10), Duration.ofSeconds(60));
            }
        });
    }

    @Test
    void accountTakeoverLogsInElsewhereOnANewDeviceLocksTheOwnerOutThenTransfersToOthers() {
        forEachCampaign("account_takeover", events -> {
            Login login = (Login) events.getFirst();
            World.Customer victim = Fixtures.customerById(Campaigns.WORLD, login.customerId());
            assertThat(login.device().geo()).isNotEqualTo(victim.home());
            assertThat(login.device().fingerprint()).isNotEqualTo(victim.device().fingerprint());
            List<io.bankingsim.core.event.ProfileChange> changes = events.stream()
                    .filter(io.bankingsim.core.event.ProfileChange.class::isInstance)
                    .map(io.bankingsim.core.event.ProfileChange.class::cast).toList();
            assertThat(changes).hasSizeBetween(2, 3);
            assertThat(changes.getFirst().change()).isEqualTo(io.bankingsim.core.event.ProfileChange.Change.PASSWORD);
            assertThat(changes).allSatisfy(c -> assertThat(c.device()).isEqualTo(login.device()));
            assertThat(events.subList(1, 1 + changes.size())).containsExactlyElementsOf(changes);
            List<Transaction> txs = transactions(events);
            assertThat(txs).hasSizeBetween(1, 3);
            amountsBetween(txs, "1000", "5000");
            assertThat(txs).allSatisfy(t -> {
                assertThat(t.type()).isEqualTo(TransactionType.TRANSFER_OUT);
                assertThat(t.customerId()).isEqualTo(victim.customerId());
                assertThat(t.accountId()).isEqualTo(victim.accountIds().getFirst());
                assertThat(t.counterpartyAccountId()).isNotIn(victim.accountIds());
                assertThat(t.device()).isEqualTo(login.device());
            });
        });
    }

    @Test
    void velocityAttackMakesFiftyToSixtyPurchasesWithinFiveMinutes() {
        forEachCampaign("velocity_attack", events -> {
            List<Transaction> txs = transactions(events);
            assertThat(txs).hasSizeBetween(50, 60);
            assertThat(span(txs)).isLessThanOrEqualTo(Duration.ofMinutes(5));
            assertThat(txs).allSatisfy(t -> assertThat(t.type()).isEqualTo(TransactionType.CARD_PURCHASE));
            assertThat(txs.stream().map(Transaction::accountId).distinct()).hasSize(1);
        });
    }

    @Test
    void largeAmountIsOneTransferFarAboveTheVictimsMeansFromTheUsualDevice() {
        forEachCampaign("large_amount", events -> {
            List<Transaction> txs = transactions(events);
            assertThat(txs).hasSize(1);
            amountsBetween(txs, "8000", "60099");
            World.Customer owner = Fixtures.customerById(Campaigns.WORLD, txs.getFirst().customerId());
            long opening = Campaigns.WORLD.accountOpening("x", Campaigns.START, owner, owner.accountIds().getFirst(),
                    io.bankingsim.core.event.GroundTruth.GENUINE).openingBalance().minorUnits();
            assertThat(txs.getFirst().amount().minorUnits()).isGreaterThanOrEqualTo(Math.min(800_000, opening / 2));
            Transaction t = txs.getFirst();
            World.Customer victim = Fixtures.customerById(Campaigns.WORLD, t.customerId());
            assertThat(t.device()).isEqualTo(victim.device());
            assertThat(t.counterpartyAccountId()).isNotIn(victim.accountIds());
        });
    }

    @Test
    void unusualLocationPaysInPersonAtStoresInOneCityAbroadOftenMinutesAfterTheOwnerPaidAtHome() {
        int[] impossible = {0};
        forEachCampaign("unusual_location", events -> {
            List<Transaction> all = transactions(events);
            if (!all.getFirst().truth().fraud()) {
                impossible[0]++;
                Transaction home = all.getFirst();
                World.Customer owner = Fixtures.customerById(Campaigns.WORLD, home.customerId());
                assertThat(home.merchant().location()).isEqualTo(owner.home());
                assertThat(Duration.between(home.time(), all.get(1).time()))
                        .isBetween(Duration.ofMinutes(5), Duration.ofMinutes(40));
                assertThat(home.card()).isEqualTo(all.get(1).card());
            }
            List<Transaction> txs = all.stream().filter(t -> t.truth().fraud()).toList();
            assertThat(txs).hasSizeBetween(1, 3);
            World.Customer victim = Fixtures.customerById(Campaigns.WORLD, txs.getFirst().customerId());
            assertThat(txs).allSatisfy(t -> {
                assertThat(t.channel()).isEqualTo(Channel.CARD_PRESENT);
                assertThat(t.merchant().location().country()).isNotEqualTo(victim.home().country());
                assertThat(t.merchant().location()).isEqualTo(txs.getFirst().merchant().location());
            });
        });
        assertThat(impossible[0]).as("impossible travel in about six campaigns in ten").isBetween(45, 75);
    }

    @Test
    void layeringPassesShavedAmountsAlongAChainOfDistinctCustomersThenLeavesTheBank() {
        forEachCampaign("layering", events -> {
            List<Transaction> all = transactions(events);
            Transaction exit = all.getLast();
            assertThat(exit.truth().role()).isEqualTo(io.bankingsim.core.event.Role.INTEGRATION);
            assertThat(exit.counterpartyAccountId()).isNull();
            assertThat(exit.accountId()).isEqualTo(all.get(all.size() - 2).counterpartyAccountId());
            List<Transaction> hops = all.subList(0, all.size() - 1);
            assertThat(hops).hasSizeBetween(3, 10);
            Set<String> holders = new HashSet<>();
            for (int i = 0; i < hops.size(); i++) {
                assertThat(holders.add(hops.get(i).accountId())).isTrue();
                if (i > 0) {
                    assertThat(hops.get(i).accountId()).isEqualTo(hops.get(i - 1).counterpartyAccountId());
                    double kept = hops.get(i).amount().amount().doubleValue() / hops.get(i - 1).amount().amount().doubleValue();
                    assertThat(kept).isBetween(0.95 - 1e-6, 0.99 + 1e-6);
                    assertThat(Duration.between(hops.get(i - 1).time(), hops.get(i).time()))
                            .isBetween(Duration.ofMinutes(5), Duration.ofHours(4));
                }
            }
            assertThat(holders).doesNotContain(hops.getLast().counterpartyAccountId());
        });
    }

    @Test
    void structuringDepositsJustUnderTenThousandOverOneToThreeDaysAcrossBranches() {
        int[] spread = {0, 0};
        forEachCampaign("structuring", events -> {
            List<Transaction> txs = transactions(events);
            assertThat(txs).hasSizeBetween(4, 8);
            amountsBetween(txs, "9000", "9950");
            assertThat(span(txs)).isLessThanOrEqualTo(Duration.ofDays(3));
            assertThat(txs).allSatisfy(t -> assertThat(t.type()).isEqualTo(TransactionType.DEPOSIT));
            assertThat(txs.stream().map(Transaction::accountId).distinct()).hasSize(1);
            World.Customer launderer = Fixtures.customerById(Campaigns.WORLD, txs.getFirst().customerId());
            List<Transaction> atBranches = txs.stream().filter(t -> t.channel() == Channel.BRANCH).toList();
            assertThat(atBranches).allSatisfy(t -> {
                assertThat(t.merchant().mcc()).isEqualTo("6010");
                assertThat(t.merchant().location()).isEqualTo(launderer.home());
            });
            if (atBranches.size() >= 3) {
                spread[0]++;
                spread[1] += atBranches.stream().map(t -> t.merchant().id()).distinct().count() > 1 ? 1 : 0;
            }
        });
        assertThat(spread[1]).as("campaigns with several branch deposits use several branches")
                .isGreaterThan(spread[0] * 8 / 10);
    }

    @Test
    void structuringStaysUnderAConfiguredThresholdAndRefusesABadOne() {
        FraudPattern p = Campaigns.pattern("structuring");
        var settings = new io.bankingsim.core.scenario.PatternSettings("structuring", 1, 1, -1, -1,
                java.util.Map.of("threshold", 3000L));
        IntStream.range(0, 50).forEach(n -> {
            List<Transaction> txs = transactions(Fixtures.drain(p.campaign(Campaigns.campaign(p, settings, n))));
            amountsBetween(txs, "2700", "2999.99");
        });
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> p.check(new io.bankingsim.core.scenario.PatternSettings(
                "structuring", 1, 1, -1, -1, java.util.Map.of("threshold", "ten thousand"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("params.threshold must be a number");
    }

    @Test
    void smurfingCollectsSmallPaymentsFromDifferentCustomersIntoOneAccount() {
        forEachCampaign("smurfing", events -> {
            List<Transaction> txs = transactions(events);
            assertThat(txs).hasSizeBetween(5, 10);
            amountsBetween(txs, "300", "2000");
            assertThat(txs.stream().map(Transaction::counterpartyAccountId).distinct()).hasSize(1);
            assertThat(txs.stream().map(Transaction::customerId).distinct()).hasSize(txs.size());
            assertThat(txs.stream().map(Transaction::accountId)).doesNotContain(txs.getFirst().counterpartyAccountId());
        });
    }

    @Test
    void syntheticIdentityAppliesLikeAnyoneBuildsAHistoryThenBustsOutWithPurchasesAndCash() {
        int[] opened = {0};
        forEachCampaign("synthetic_identity", events -> {
            CustomerOnboarded onboarded = (CustomerOnboarded) events.getFirst();
            assertThat(onboarded.customerId()).matches("C\\d{8}");
            assertThat(java.util.stream.IntStream.range(0, Campaigns.WORLD.customerCount())
                    .mapToObj(k -> Campaigns.WORLD.customer(k).customerId())).doesNotContain(onboarded.customerId());
            assertThat(onboarded.application().channel()).isIn(Channel.ONLINE, Channel.MOBILE, Channel.BRANCH);
            List<AccountOpened> accounts = events.stream().filter(AccountOpened.class::isInstance)
                    .map(AccountOpened.class::cast).toList();
            String status = onboarded.kyc().status();
            if (status.equals("rejected")) {
                assertThat(events).hasSize(1);
                return;
            }
            if (accounts.isEmpty()) {
                assertThat(status).isEqualTo("pending");
                assertThat(events).hasSize(1);
                return;
            }
            opened[0]++;
            Duration wait = Duration.between(onboarded.time(), accounts.getFirst().time());
            if (status.equals("verified")) {
                assertThat(wait).isBetween(Duration.ofMinutes(1), Duration.ofMinutes(10));
            } else {
                assertThat(wait).isBetween(Duration.ofHours(2), Duration.ofHours(48));
            }
            assertThat(accounts).as("the products a customer of the segment opens")
                    .hasSize(Campaigns.SCENARIO.accountsPerCustomer());
            assertThat(accounts.getFirst().product()).isEqualTo(io.bankingsim.core.event.ProductType.CHECKING);
            assertThat(accounts).allSatisfy(a -> assertThat(a.accountNumber()).isNotNull());
            List<Transaction> txs = transactions(events);
            List<Transaction> large = txs.stream().filter(t -> t.type() == TransactionType.CARD_PURCHASE
                    && t.amount().amount().compareTo(new BigDecimal("600")) >= 0).toList();
            List<Transaction> cash = txs.stream().filter(t -> t.type() == TransactionType.ATM_WITHDRAWAL).toList();
            assertThat(large).hasSizeBetween(3, 5);
            assertThat(cash).hasSizeBetween(1, 2);
            List<Transaction> history = txs.subList(0, txs.size() - large.size() - cash.size());
            assertThat(history).hasSizeBetween(4, 10);
            assertThat(span(history)).isGreaterThan(Duration.ofDays(7));
            assertThat(txs.subList(history.size(), txs.size())).containsExactlyElementsOf(
                    java.util.stream.Stream.concat(large.stream(), cash.stream()).toList());
            List<io.bankingsim.core.event.CreditLimitChange> raises = events.stream()
                    .filter(io.bankingsim.core.event.CreditLimitChange.class::isInstance)
                    .map(io.bankingsim.core.event.CreditLimitChange.class::cast).toList();
            assertThat(raises).singleElement().satisfies(raise -> {
                assertThat(raise.time()).isAfter(history.getLast().time()).isBefore(large.getFirst().time());
                AccountOpened card = accounts.stream().filter(a -> a.accountId().equals(raise.accountId()))
                        .findFirst().orElseThrow();
                assertThat(raise.creditLimit().minorUnits())
                        .isGreaterThanOrEqualTo(Math.max(card.creditLimit().minorUnits(), 50_000) * 3 / 2);
            });
        });
        assertThat(opened[0]).as("most synthetic applications end with accounts").isBetween(70, 97);
    }

    @Test
    void aCompressedSyntheticIdentityStillWaitsForTheBankToOpenItsAccounts() {
        FraudPattern p = Campaigns.pattern("synthetic_identity");
        IntStream.range(0, 60).forEach(n -> {
            List<Event> events = Fixtures.drain(p.campaign(Campaigns.campaign(p,
                    Campaigns.settings("synthetic_identity", 1, 480), n)));
            CustomerOnboarded onboarded = (CustomerOnboarded) events.getFirst();
            events.stream().filter(AccountOpened.class::isInstance).findFirst().ifPresent(opened -> {
                Duration wait = Duration.between(onboarded.time(), opened.time());
                assertThat(wait).isGreaterThanOrEqualTo(Duration.ofMinutes(1));
                if (onboarded.kyc().status().equals("pending")) {
                    assertThat(wait).isGreaterThanOrEqualTo(Duration.ofHours(2));
                }
            });
        });
    }

    @Test
    void syntheticIdentitiesOfDifferentCampaignsHaveDifferentCustomerIds() {
        assertThat(IntStream.range(0, CAMPAIGNS).mapToObj(n -> events("synthetic_identity", n).getFirst().customerId()))
                .doesNotHaveDuplicates();
        assertThat(SyntheticIdentity.number("synthetic_identity-00003")).isEqualTo(3);
    }

    @Test
    void bustOutSpendsTheCreditLimitWithinADayTakesCashThenTheCustomerVanishes() {
        forEachCampaign("bust_out", events -> {
            List<Transaction> txs = transactions(events);
            List<Transaction> purchases = txs.stream().filter(t -> t.type() == TransactionType.CARD_PURCHASE).toList();
            List<Transaction> cash = txs.stream().filter(t -> t.type() == TransactionType.ATM_WITHDRAWAL).toList();
            assertThat(purchases).hasSizeBetween(4, 8);
            assertThat(cash).hasSizeBetween(1, 2).allSatisfy(t -> assertThat(t.amount().minorUnits() % 2_000).isZero());
            assertThat(txs.subList(0, purchases.size())).isEqualTo(purchases);
            World.Customer customer = Fixtures.customerById(Campaigns.WORLD, txs.getFirst().customerId());
            String card = CampaignBuilder.card(customer);
            long limit = Campaigns.WORLD.accountOpening("x", Campaigns.START, customer, card,
                    io.bankingsim.core.event.GroundTruth.GENUINE).creditLimit().minorUnits();
            long spent = purchases.stream().mapToLong(t -> t.amount().minorUnits()).sum();
            assertThat((double) spent).isBetween(limit * 0.9 - 200, limit * 1.1 + 200);
            assertThat(span(purchases)).isLessThanOrEqualTo(Duration.ofDays(1));
            assertThat(txs).allSatisfy(t -> assertThat(t.accountId()).isEqualTo(card));
            assertThat(purchases).allSatisfy(t -> assertThat(t.merchant().location()).isEqualTo(customer.home()));
        });
    }

    @Test
    void aBustOutCustomerMakesNoEverydayTransactionsOnceGone() {
        var generated = io.bankingsim.generators.Fixtures.generate(io.bankingsim.generators.Fixtures.scenario(60, 4)
                .withDuration(Duration.ofDays(3)));
        FraudPattern bustOut = Campaigns.pattern("bust_out");
        var campaign = new io.bankingsim.core.spi.Campaign("bust_out-00001", Campaigns.START,
                Campaigns.settings("bust_out", 1, -1), Campaigns.SCENARIO, generated.world(),
                io.bankingsim.core.traffic.RandomStreams.of(1, "campaign:bust_out", 1));
        List<Transaction> fraud = transactions(Fixtures.drain(bustOut.campaign(campaign)));
        String gone = fraud.getFirst().customerId();
        java.time.Instant last = fraud.getLast().time();

        List<Transaction> everyday = transactions(Fixtures.drain(generated.sources().get(1)));
        assertThat(everyday.stream().filter(t -> t.customerId().equals(gone)).map(Transaction::time))
                .isNotEmpty().allSatisfy(t -> assertThat(t).isBefore(last.plus(Duration.ofMinutes(31))));
    }
}
