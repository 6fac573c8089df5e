package io.bankingsim.connectors.mock;

import io.bankingsim.connectors.EventFixtures;
import io.bankingsim.core.event.Channel;
import io.bankingsim.core.event.TransactionType;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class NightAtmRuleTest {

    private final EventFixtures events = new EventFixtures();
    private final MockFraudDetector detector = new MockFraudDetector();

    private FraudScore at(String instant, TransactionType type) {
        events.at(Instant.parse(instant));
        return detector.score(ScoringRequest.of(events.tx(type, "c-1", "a-1", "200.00").channel(Channel.ATM).build()));
    }

    @Test
    void atmWithdrawalAtNightHits() {
        assertThat(at("2026-01-06T02:30:00Z", TransactionType.ATM_WITHDRAWAL).ruleHits()).containsExactly("night_atm");
        assertThat(at("2026-01-07T00:00:00Z", TransactionType.ATM_WITHDRAWAL).ruleHits()).containsExactly("night_atm");
    }

    @Test
    void atmWithdrawalByDayDoesNot() {
        assertThat(at("2026-01-06T12:00:00Z", TransactionType.ATM_WITHDRAWAL).ruleHits()).isEmpty();
        assertThat(at("2026-01-07T05:00:00Z", TransactionType.ATM_WITHDRAWAL).ruleHits()).isEmpty();
    }

    @Test
    void otherTransactionsAtNightDoNot() {
        assertThat(at("2026-01-06T02:30:00Z", TransactionType.DEPOSIT).ruleHits()).isEmpty();
    }
}
