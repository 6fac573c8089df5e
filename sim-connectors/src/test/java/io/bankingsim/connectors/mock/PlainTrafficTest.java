package io.bankingsim.connectors.mock;

import io.bankingsim.connectors.EventFixtures;
import io.bankingsim.core.event.Channel;
import io.bankingsim.core.event.Device;
import io.bankingsim.core.event.TransactionType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A month of an ordinary customer's life hits no rule. */
class PlainTrafficTest {

    private static final Device PHONE = EventFixtures.device("fp-phone", "US");
    private static final String[] AMOUNTS = {"23.40", "61.00", "8.75", "120.10", "45.99", "17.25"};

    @Test
    void everydayTrafficIsApprovedWithoutHits() {
        EventFixtures events = new EventFixtures();
        MockFraudDetector detector = new MockFraudDetector();
        List<FraudScore> scores = new ArrayList<>();
        events.advance(Duration.ofHours(-3));
        for (int day = 0; day < 30; day++) {
            scores.add(detector.score(ScoringRequest.of(events.login("c-1", PHONE))));
            for (int i = 0; i < 3; i++) {
                String amount = AMOUNTS[(day + i) % AMOUNTS.length];
                scores.add(detector.score(ScoringRequest.of(events.purchase("c-1", "a-1", amount).build())));
                events.advance(Duration.ofHours(2));
            }
            if (day % 7 == 0) {
                scores.add(detector.score(ScoringRequest.of(
                        events.tx(TransactionType.TRANSFER_OUT, "c-1", "a-1", "400.00").to("ext-rent").from(PHONE)
                                .build())));
                scores.add(detector.score(ScoringRequest.of(
                        events.tx(TransactionType.ATM_WITHDRAWAL, "c-1", "a-1", "100.00").channel(Channel.ATM)
                                .build())));
            }
            if (day % 14 == 0) {
                scores.add(detector.score(ScoringRequest.of(
                        events.tx(TransactionType.DEPOSIT, "c-1", "a-1", "3200.00").channel(Channel.SYSTEM).build())));
            }
            events.advance(Duration.ofHours(18));
        }

        assertThat(scores).hasSizeGreaterThan(100).allSatisfy(score -> {
            assertThat(score.ruleHits()).isEmpty();
            assertThat(score.riskScore()).isZero();
            assertThat(score.decision()).isEqualTo(io.bankingsim.core.outcome.Decision.APPROVE);
        });
    }
}
