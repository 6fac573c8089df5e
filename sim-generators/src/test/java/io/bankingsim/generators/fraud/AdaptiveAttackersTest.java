package io.bankingsim.generators.fraud;

import io.bankingsim.core.event.Event;
import io.bankingsim.core.event.Role;
import io.bankingsim.core.event.Transaction;
import io.bankingsim.core.outcome.Decision;
import io.bankingsim.core.spi.FraudPattern;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

import static io.bankingsim.generators.Fixtures.drain;
import static io.bankingsim.generators.fraud.Campaigns.campaign;
import static io.bankingsim.generators.fraud.Campaigns.pattern;
import static io.bankingsim.generators.fraud.Campaigns.settings;
import static io.bankingsim.generators.fraud.Campaigns.transactions;
import static org.assertj.core.api.Assertions.assertThat;

/** Attackers see the outcomes of their own events and change course; the same outcomes give the same stream. */
class AdaptiveAttackersTest {

    private static List<Event> run(String type, int n, Function<Event, Decision> decide) {
        FraudPattern p = pattern(type);
        return drain(p.campaign(campaign(p, settings(type, 1, -1), n)), Integer.MAX_VALUE, decide);
    }

    @Test
    void aCardTesterWhoseCardsAlwaysPassStaysOnOneCardAndCashesOut() {
        IntStream.range(0, 50).forEach(n -> {
            List<Transaction> txs = transactions(run("card_testing", n, e -> Decision.APPROVE));
            assertThat(txs.stream().map(Transaction::card).distinct()).hasSize(1);
            assertThat(txs.getLast().truth().role()).isEqualTo(Role.CASH_OUT);
            assertThat(txs.subList(0, txs.size() - 1)).allSatisfy(t -> assertThat(t.truth().role()).isEqualTo(Role.PROBE));
        });
    }

    @Test
    void aCardDeclinedTwiceIsDroppedForTheNextCardOfTheBatch() {
        IntStream.range(0, 50).forEach(n -> {
            Set<String> burnt = new HashSet<>();
            // the first card is declined every time, the others pass
            List<Transaction> txs = transactions(run("card_testing", n, e -> {
                String card = ((Transaction) e).card().number();
                if (burnt.isEmpty()) {
                    burnt.add(card);
                }
                return burnt.contains(card) ? Decision.DECLINE : Decision.APPROVE;
            }));
            String first = txs.getFirst().card().number();
            assertThat(txs.subList(0, 2)).allSatisfy(t -> assertThat(t.card().number()).isEqualTo(first));
            assertThat(txs.subList(2, txs.size())).isNotEmpty()
                    .allSatisfy(t -> assertThat(t.card().number()).isNotEqualTo(first));
            assertThat(txs.subList(2, txs.size()).stream().map(t -> t.card().number()).distinct()).hasSize(1);
            assertThat(txs.getLast().truth().role()).isEqualTo(Role.CASH_OUT);
        });
    }

    @Test
    void declinesAreIgnoredUntilTheSecondOnTheSameCard() {
        List<Transaction> approved = transactions(run("card_testing", 7, e -> Decision.APPROVE));
        int[] seen = {0};
        List<Transaction> oneDecline = transactions(run("card_testing", 7, e -> seen[0]++ == 0 ? Decision.DECLINE
                : Decision.APPROVE));

        assertThat(oneDecline).hasSameSizeAs(approved);
        assertThat(oneDecline.stream().map(Transaction::card).distinct()).hasSize(1);
    }

    @Test
    void aTesterWhoseEveryCardIsDeclinedMovesToAFreshCardEveryTwoProbesAndHasNothingToCashOut() {
        IntStream.range(0, 50).forEach(n -> {
            List<Transaction> approved = transactions(run("card_testing", n, e -> Decision.APPROVE));
            List<Transaction> declined = transactions(run("card_testing", n, e -> Decision.DECLINE));
            assertThat(declined).hasSize(approved.size() - 1)
                    .allSatisfy(t -> assertThat(t.truth().role()).isEqualTo(Role.PROBE));
            List<String> cards = declined.stream().map(t -> t.card().number()).toList();
            for (int i = 0; i + 1 < cards.size(); i += 2) {
                assertThat(cards.get(i + 1)).isEqualTo(cards.get(i));
                if (i + 2 < cards.size()) {
                    assertThat(cards.get(i + 2)).isNotEqualTo(cards.get(i));
                }
            }
        });
    }

    @Test
    void theCashOutIsOnTheLastCardThatWentThrough() {
        IntStream.range(0, 50).forEach(n -> {
            // only the very first probe goes through: the tester moves on, burns card after card,
            // and finally cashes out on the one card that worked
            int[] i = {0};
            List<Transaction> txs = transactions(run("card_testing", n,
                    e -> i[0]++ == 0 ? Decision.APPROVE : Decision.DECLINE));
            assertThat(txs.getLast().truth().role()).isEqualTo(Role.CASH_OUT);
            assertThat(txs.getLast().card()).isEqualTo(txs.getFirst().card());
            assertThat(txs.get(txs.size() - 2).card()).isNotEqualTo(txs.getFirst().card());
        });
    }

    @Test
    void aTakeoverStopsAtTheFirstDeclinedTransfer() {
        IntStream.range(0, 50).forEach(n -> {
            List<Transaction> all = transactions(run("account_takeover", n, e -> Decision.APPROVE));
            List<Transaction> stopped = transactions(run("account_takeover", n,
                    e -> e instanceof Transaction ? Decision.DECLINE : Decision.APPROVE));
            assertThat(stopped).hasSize(1);
            assertThat(stopped.getFirst()).isEqualTo(all.getFirst());
        });
    }

    @Test
    void theSameOutcomesGiveTheSameEvents() {
        Function<Event, Decision> everyThird = new Function<>() {
            int i;

            @Override
            public Decision apply(Event e) {
                return i++ % 3 == 0 ? Decision.DECLINE : Decision.APPROVE;
            }
        };
        Function<Event, Decision> again = new Function<>() {
            int i;

            @Override
            public Decision apply(Event e) {
                return i++ % 3 == 0 ? Decision.DECLINE : Decision.APPROVE;
            }
        };
        assertThat(run("card_testing", 3, again)).isEqualTo(run("card_testing", 3, everyThird));
    }
}
