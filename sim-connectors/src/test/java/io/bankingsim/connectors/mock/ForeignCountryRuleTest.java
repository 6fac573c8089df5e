package io.bankingsim.connectors.mock;

import io.bankingsim.connectors.EventFixtures;
import io.bankingsim.core.event.Merchant;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ForeignCountryRuleTest {

    private final EventFixtures events = new EventFixtures();
    private final MockFraudDetector detector = new MockFraudDetector();

    @Test
    void loginFromAnotherCountryThanTheFirstHits() {
        detector.score(ScoringRequest.of(events.login("c-1", EventFixtures.device("fp-1", "US"))));
        events.advance(Duration.ofHours(1));

        FraudScore score = detector.score(ScoringRequest.of(events.login("c-1", EventFixtures.device("fp-1", "NG"))));

        assertThat(score.ruleHits()).containsExactly("foreign_country");
    }

    @Test
    void cardPresentPurchaseAbroadHits() {
        detector.score(ScoringRequest.of(events.purchase("c-1", "a-1", "20.00").build()));
        events.advance(Duration.ofHours(1));

        FraudScore score = detector.score(ScoringRequest.of(events.purchase("c-1", "a-1", "20.00")
                .merchant(new Merchant("m-2", "Boulangerie", "5462", EventFixtures.place("FR"))).build()));

        assertThat(score.ruleHits()).containsExactly("foreign_country");
    }

    @Test
    void activityAtHomeDoesNot() {
        for (int i = 0; i < 5; i++) {
            assertThat(detector.score(ScoringRequest.of(events.purchase("c-1", "a-1", "20.00").build())).ruleHits())
                    .isEmpty();
            assertThat(detector.score(ScoringRequest.of(events.login("c-1", EventFixtures.device("fp-1", "US"))))
                    .ruleHits()).isEmpty();
            events.advance(Duration.ofHours(6));
        }
    }
}
