package io.bankingsim.generators.fraud;

import io.bankingsim.core.event.Event;
import io.bankingsim.core.event.Login;
import io.bankingsim.core.event.Role;
import io.bankingsim.core.event.Transaction;
import io.bankingsim.core.event.TransactionType;
import io.bankingsim.core.scenario.PatternSettings;
import io.bankingsim.core.spi.FraudPattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import static io.bankingsim.generators.Fixtures.drain;
import static io.bankingsim.generators.fraud.Campaigns.campaign;
import static io.bankingsim.generators.fraud.Campaigns.pattern;
import static io.bankingsim.generators.fraud.Campaigns.transactions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Mule networks take the shapes of the AML typologies, with money in, cuts on the way and money out. */
class MuleNetworkTest {

    private static final FraudPattern MULES = pattern("mule_network");

    private static PatternSettings only(MuleNetwork.Typology t) {
        return new PatternSettings("mule_network", 1, 1, -1, -1, Map.of("typologies", Map.of(t.id(), 1L)));
    }

    private static List<Event> network(MuleNetwork.Typology t, int n) {
        return drain(MULES.campaign(campaign(MULES, only(t), n)));
    }

    /** The transfers between mule accounts, as from -> set of to. */
    private static Map<String, Set<String>> edges(List<Transaction> txs) {
        Map<String, Set<String>> edges = new HashMap<>();
        txs.stream().filter(t -> t.truth().role() == Role.MULE)
                .forEach(t -> edges.computeIfAbsent(t.accountId(), a -> new HashSet<>()).add(t.counterpartyAccountId()));
        return edges;
    }

    private static Map<String, Integer> inDegree(Map<String, Set<String>> edges) {
        Map<String, Integer> in = new HashMap<>();
        edges.values().forEach(tos -> tos.forEach(to -> in.merge(to, 1, Integer::sum)));
        return in;
    }

    private static Set<String> placed(List<Transaction> txs) {
        Set<String> accounts = new HashSet<>();
        txs.stream().filter(t -> t.truth().role() == Role.PLACEMENT).forEach(t -> accounts.add(t.accountId()));
        return accounts;
    }

    private static Set<String> exits(List<Transaction> txs) {
        Set<String> accounts = new HashSet<>();
        txs.stream().filter(t -> t.truth().role() == Role.INTEGRATION).forEach(t -> accounts.add(t.accountId()));
        return accounts;
    }

    @ParameterizedTest
    @EnumSource(MuleNetwork.Typology.class)
    void moneyEntersInCashUnderTheThresholdMovesWithACutAndLeavesTheBank(MuleNetwork.Typology typology) {
        IntStream.range(0, 30).forEach(n -> {
            List<Event> events = network(typology, n);
            List<Transaction> txs = transactions(events);
            assertThat(txs).allSatisfy(t -> {
                switch (t.truth().role()) {
                    case PLACEMENT -> {
                        assertThat(t.type()).isEqualTo(TransactionType.DEPOSIT);
                        assertThat(t.amount().amount()).isBetween(new BigDecimal("2000"), new BigDecimal("9500"));
                    }
                    case MULE -> assertThat(t.counterpartyAccountId()).isNotNull().isNotEqualTo(t.accountId());
                    case INTEGRATION -> {
                        assertThat(t.type()).isEqualTo(TransactionType.TRANSFER_OUT);
                        assertThat(t.counterpartyAccountId()).isNull();
                    }
                    default -> throw new AssertionError("unexpected role " + t.truth().role());
                }
            });
            long in = txs.stream().filter(t -> t.truth().role() == Role.PLACEMENT).mapToLong(t -> t.amount().minorUnits())
                    .sum();
            long out = txs.stream().filter(t -> t.truth().role() == Role.INTEGRATION)
                    .mapToLong(t -> t.amount().minorUnits()).sum();
            long hops = txs.stream().filter(t -> t.truth().role() == Role.MULE).count() + 1;
            // each hop keeps a cut of 2% to 8%, and no path is longer than all the hops together
            assertThat((double) out).as("what leaves is what came in less the mules' cuts")
                    .isLessThanOrEqualTo(in * 0.98).isGreaterThan(in * Math.pow(0.92, hops) * 0.99);
            for (int i = 1; i < events.size(); i++) {
                if (events.get(i) instanceof Transaction t && t.type() == TransactionType.TRANSFER_OUT) {
                    assertThat(events.get(i - 1)).as("a login before each transfer").isInstanceOf(Login.class);
                }
            }
        });
    }

    @Test
    void fanInGathersManySourcesIntoOneMule() {
        IntStream.range(0, 30).forEach(n -> {
            List<Transaction> txs = transactions(network(MuleNetwork.Typology.FAN_IN, n));
            Map<String, Set<String>> edges = edges(txs);
            Map<String, Integer> in = inDegree(edges);
            assertThat(in).hasSize(1);
            String hub = in.keySet().iterator().next();
            assertThat(in.get(hub)).isEqualTo(edges.size()).isGreaterThanOrEqualTo(2);
            assertThat(placed(txs)).isEqualTo(edges.keySet());
            assertThat(exits(txs)).containsExactly(hub);
        });
    }

    @Test
    void fanOutSpreadsOneMulesMoneyOverManyWhoEachTakeItOut() {
        IntStream.range(0, 30).forEach(n -> {
            List<Transaction> txs = transactions(network(MuleNetwork.Typology.FAN_OUT, n));
            Map<String, Set<String>> edges = edges(txs);
            assertThat(edges).hasSize(1);
            Set<String> sinks = edges.values().iterator().next();
            assertThat(sinks).hasSizeGreaterThanOrEqualTo(2);
            assertThat(exits(txs)).isEqualTo(sinks);
            assertThat(placed(txs)).isEqualTo(edges.keySet());
        });
    }

    @Test
    void aCycleReturnsTheMoneyToWhereItStarted() {
        IntStream.range(0, 30).forEach(n -> {
            List<Transaction> txs = transactions(network(MuleNetwork.Typology.CYCLE, n));
            Map<String, Set<String>> edges = edges(txs);
            assertThat(edges.values()).allSatisfy(tos -> assertThat(tos).hasSize(1));
            assertThat(inDegree(edges).values()).containsOnly(1);
            String start = placed(txs).iterator().next();
            String at = start;
            for (int i = 0; i < edges.size(); i++) {
                at = edges.get(at).iterator().next();
            }
            assertThat(at).as("one cycle through every member").isEqualTo(start);
            assertThat(exits(txs)).containsExactly(start);
        });
    }

    @Test
    void bipartiteAndStackConnectEveryAccountOfALayerToEveryAccountOfTheNext() {
        IntStream.range(0, 30).forEach(n -> {
            List<Transaction> txs = transactions(network(MuleNetwork.Typology.BIPARTITE, n));
            Map<String, Set<String>> edges = edges(txs);
            Set<String> receivers = exits(txs);
            assertThat(edges.keySet()).isEqualTo(placed(txs)).doesNotContainAnyElementsOf(receivers);
            assertThat(edges.values()).allSatisfy(tos -> assertThat(tos).isEqualTo(receivers));

            List<Transaction> stack = transactions(network(MuleNetwork.Typology.STACK, n));
            Map<String, Set<String>> layers = edges(stack);
            Set<String> first = placed(stack);
            Set<String> second = new HashSet<>(layers.get(first.iterator().next()));
            Set<String> third = exits(stack);
            assertThat(first).allSatisfy(a -> assertThat(layers.get(a)).isEqualTo(second));
            assertThat(second).allSatisfy(a -> assertThat(layers.get(a)).isEqualTo(third));
            assertThat(layers.keySet()).hasSize(first.size() + second.size());
        });
    }

    @Test
    void scatterGatherAndGatherScatterMeetInTheMiddle() {
        IntStream.range(0, 30).forEach(n -> {
            List<Transaction> sg = transactions(network(MuleNetwork.Typology.SCATTER_GATHER, n));
            Map<String, Set<String>> e1 = edges(sg);
            String source = placed(sg).iterator().next();
            Set<String> middle = e1.get(source);
            String sink = exits(sg).iterator().next();
            assertThat(middle).hasSizeGreaterThanOrEqualTo(2)
                    .allSatisfy(m -> assertThat(e1.get(m)).containsExactly(sink));

            List<Transaction> gs = transactions(network(MuleNetwork.Typology.GATHER_SCATTER, n));
            Map<String, Set<String>> e2 = edges(gs);
            Map<String, Integer> in = inDegree(e2);
            String hub = in.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            assertThat(in.get(hub)).isEqualTo(placed(gs).size());
            assertThat(e2.get(hub)).isEqualTo(exits(gs)).hasSizeGreaterThanOrEqualTo(2);
        });
    }

    @Test
    void aRandomNetworkIsAWalkFromHolderToHolder() {
        IntStream.range(0, 30).forEach(n -> {
            List<Transaction> mules = new ArrayList<>(transactions(network(MuleNetwork.Typology.RANDOM, n)).stream()
                    .filter(t -> t.truth().role() == Role.MULE).toList());
            for (int i = 1; i < mules.size(); i++) {
                assertThat(mules.get(i).accountId()).isEqualTo(mules.get(i - 1).counterpartyAccountId());
            }
        });
    }

    @ParameterizedTest
    @EnumSource(MuleNetwork.Typology.class)
    void eachTypologyMakesTheTransactionsItIsExpectedTo(MuleNetwork.Typology typology) {
        PatternSettings settings = only(typology);
        double made = IntStream.range(0, 1_000)
                .map(n -> transactions(drain(MULES.campaign(campaign(MULES, settings, n)))).size()).sum() / 1_000.0;
        double expected = MULES.expectedTransactions(settings);

        assertThat(made).isBetween(expected * 0.95, expected * 1.05);
    }

    @Test
    void typologiesAreChosenByTheirWeights() {
        PatternSettings settings = new PatternSettings("mule_network", 1, 1, -1, -1,
                Map.of("typologies", Map.of("cycle", 3L, "fan_in", 1L)));
        long cycles = IntStream.range(0, 400).filter(n -> {
            Map<String, Set<String>> edges = edges(transactions(drain(MULES.campaign(campaign(MULES, settings, n)))));
            return inDegree(edges).values().stream().allMatch(d -> d == 1) && edges.size() > 1;
        }).count();

        assertThat(cycles / 400.0).isBetween(0.68, 0.82);
    }

    @Test
    void badTypologySettingsAreRefusedWithTheAllowedOnes() {
        assertThatThrownBy(() -> MULES.check(new PatternSettings("mule_network", 1, 1, -1, -1,
                Map.of("typologies", Map.of("fan_in", 1L, "spiral", 2L)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown typology 'spiral'")
                .hasMessageContaining("fan_in, fan_out, cycle, bipartite, stack, scatter_gather, gather_scatter, random");
        assertThatThrownBy(() -> MULES.check(new PatternSettings("mule_network", 1, 1, -1, -1,
                Map.of("typologies", Map.of("cycle", -1L))))).hasMessageContaining("cycle must be a number at least 0");
        assertThatThrownBy(() -> MULES.check(new PatternSettings("mule_network", 1, 1, -1, -1,
                Map.of("typologies", "cycle")))).hasMessageContaining("must map typologies to weights");
    }
}
