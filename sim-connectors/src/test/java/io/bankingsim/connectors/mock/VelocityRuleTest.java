package io.bankingsim.connectors.mock;

import io.bankingsim.connectors.EventFixtures;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VelocityRuleTest {

    private final EventFixtures events = new EventFixtures();
    private final MockFraudDetector detector = new MockFraudDetector();

    private List<FraudScore> purchases(String account, int count, Duration apart) {
        List<FraudScore> scores = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            scores.add(detector.score(ScoringRequest.of(events.purchase("c-1", account, "20.00").build())));
            events.advance(apart);
        }
        return scores;
    }

    @Test
    void eighthTransactionWithinTenMinutesHitsVelocity() {
        List<FraudScore> scores = purchases("a-1", 8, Duration.ofMinutes(1));

        assertThat(scores.subList(0, 7)).allSatisfy(s -> assertThat(s.ruleHits()).isEmpty());
        assertThat(scores.get(7).ruleHits()).containsExactly("velocity");
    }

    @Test
    void eightTransactionsOverAnHourDoNot() {
        assertThat(purchases("a-1", 8, Duration.ofMinutes(10)))
                .allSatisfy(s -> assertThat(s.ruleHits()).doesNotContain("velocity"));
    }

    @Test
    void transactionsAreCountedPerAccount() {
        for (int i = 0; i < 4; i++) {
            purchases("a-1", 1, Duration.ofSeconds(30));
            purchases("a-2", 1, Duration.ofSeconds(30));
        }

        assertThat(detector.score(ScoringRequest.of(events.purchase("c-1", "a-2", "20.00").build())).ruleHits())
                .isEmpty();
    }
}
