package io.bankingsim.generators.fraud;

import io.bankingsim.core.event.Event;
import io.bankingsim.core.event.Role;
import io.bankingsim.core.event.Transaction;
import io.bankingsim.core.scenario.PatternSettings;
import io.bankingsim.core.spi.Campaign;
import io.bankingsim.core.spi.FraudPattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static io.bankingsim.generators.Fixtures.drain;
import static org.assertj.core.api.Assertions.assertThat;

/** What every built-in pattern promises, whatever its shape. */
class FraudPatternContractTest {

    static Stream<FraudPattern> patterns() {
        return Campaigns.patterns();
    }

    static Stream<Arguments> patternsAndIntensities() {
        return Campaigns.patterns().flatMap(p -> Stream.of(0.3, 1.0, 2.5).map(i -> Arguments.of(p, i)));
    }

    @ParameterizedTest
    @MethodSource("patterns")
    void everyFraudEventIsLabelledWithThePatternItsCampaignAndARoleAndVictimsOwnEventsStayGenuine(
            FraudPattern pattern) {
        for (int n = 0; n < 50; n++) {
            Campaign campaign = Campaigns.campaign(pattern, Campaigns.settings(pattern.type(), 1, -1), n);
            List<Event> events = drain(pattern.campaign(campaign));
            assertThat(events).anySatisfy(e -> assertThat(e.truth().fraud()).isTrue());
            assertThat(events).allSatisfy(e -> {
                if (e.truth().fraud()) {
                    assertThat(e.truth().pattern()).isEqualTo(pattern.type());
                    assertThat(e.truth().campaignId()).isEqualTo(campaign.id());
                    assertThat(e.truth().role()).isNotEqualTo(Role.NONE);
                } else {
                    assertThat(e.truth()).isEqualTo(io.bankingsim.core.event.GroundTruth.GENUINE);
                }
            });
        }
    }

    @ParameterizedTest
    @MethodSource("patterns")
    void eventsAreInTimeOrderAndTheFirstIsAtTheCampaignStart(FraudPattern pattern) {
        for (int n = 0; n < 50; n++) {
            List<Event> events = Campaigns.events(pattern.type(), n); // drain fails on a step back in time
            assertThat(events.getFirst().time()).isEqualTo(Campaigns.START);
        }
    }

    @ParameterizedTest
    @MethodSource("patternsAndIntensities")
    void expectedTransactionsIsTheMeanNumberOfTransactionsOfTwoThousandCampaigns(FraudPattern pattern, double intensity) {
        PatternSettings settings = Campaigns.settings(pattern.type(), intensity, -1);
        long transactions = 0;
        for (int n = 0; n < 2_000; n++) {
            transactions += Campaigns.transactions(drain(pattern.campaign(Campaigns.campaign(pattern, settings, n))))
                    .stream().filter(t -> t.truth().fraud()).count();
        }
        double expected = pattern.expectedTransactions(settings);

        assertThat(transactions / 2_000.0).isBetween(expected * 0.95, expected * 1.05);
    }

    @ParameterizedTest
    @MethodSource("patterns")
    void aPinnedDurationSpreadsTheCampaignOverThatManyMinutes(FraudPattern pattern) {
        // 100 hours: longer than any delay of the bank's that a campaign keeps unstretched (48 h review)
        PatternSettings settings = Campaigns.settings(pattern.type(), 1, 6_000);
        for (int n = 0; n < 20; n++) {
            List<Event> events = drain(pattern.campaign(Campaigns.campaign(pattern, settings, n)));
            Duration span = Duration.between(events.getFirst().time(), events.getLast().time());
            if (events.size() > 1 && !events.getFirst().time().equals(events.getLast().time())) {
                assertThat(span).isBetween(Duration.ofMinutes(6_000).minusSeconds(1), Duration.ofMinutes(6_000));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("patterns")
    void amountsAreRarelyRoundNumbers(FraudPattern pattern) {
        // cash from an ATM comes in notes for everyone, fraudster or not
        List<Transaction> all = Stream.iterate(0, n -> n + 1).limit(200)
                .flatMap(n -> Campaigns.transactions(Campaigns.events(pattern.type(), n)).stream())
                .filter(t -> t.type() != io.bankingsim.core.event.TransactionType.ATM_WITHDRAWAL).toList();
        long whole = all.stream().filter(t -> t.amount().minorUnits() % 100 == 0).count();

        assertThat(whole).isLessThan(Math.max(3, all.size() / 20));
    }

    @ParameterizedTest
    @MethodSource("patterns")
    void sameCampaignNumberGivesTheSameEvents(FraudPattern pattern) {
        assertThat(Campaigns.events(pattern.type(), 7)).isEqualTo(Campaigns.events(pattern.type(), 7));
    }
}
