package io.bankingsim.connectors.mock;

import io.bankingsim.connectors.EventFixtures;
import io.bankingsim.core.event.TransactionType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class StructuringRuleTest {

    private final EventFixtures events = new EventFixtures();
    private final MockFraudDetector detector = new MockFraudDetector();

    private FraudScore deposit(String amount) {
        return detector.score(ScoringRequest.of(events.tx(TransactionType.DEPOSIT, "c-1", "a-1", amount).build()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"9000.00", "9500.00", "9999.99"})
    void amountJustUnderTenThousandHits(String amount) {
        assertThat(deposit(amount).ruleHits()).containsExactly("structuring");
    }

    @ParameterizedTest
    @ValueSource(strings = {"8999.99", "10000.00", "950.00"})
    void otherAmountsDoNot(String amount) {
        assertThat(deposit(amount).ruleHits()).isEmpty();
    }
}
