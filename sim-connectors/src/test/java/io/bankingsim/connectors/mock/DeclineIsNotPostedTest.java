package io.bankingsim.connectors.mock;

import io.bankingsim.connectors.EventFixtures;
import io.bankingsim.core.outcome.Decision;
import io.bankingsim.core.outcome.Outcome;
import io.bankingsim.core.outcome.Status;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DeclineIsNotPostedTest {

    private final EventFixtures events = new EventFixtures();
    private final DryRunConnector connector = new DryRunConnector();

    @Test
    void declinedTransactionIsOkButLeavesTheBalanceAlone() {
        connector.handle(events.open("c-1", "a-1", "100.00", "0"));
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            outcomes.add(connector.handle(events.purchase("c-1", "a-1", "1.00").build()));
            events.advance(Duration.ofSeconds(30));
        }

        Outcome declined = outcomes.get(7);
        assertThat(declined.status()).isEqualTo(Status.OK);
        assertThat(declined.decision()).isEqualTo(Decision.DECLINE);
        assertThat(declined.posted()).isFalse();
        assertThat(declined.detail()).isEqualTo("declined by fraud detection");
        assertThat(declined.ruleHits()).contains("velocity", "micro_amounts");
        assertThat(outcomes.subList(0, 7)).allSatisfy(o -> assertThat(o.posted()).isTrue());
        assertThat(connector.ledger().balance("a-1")).isEqualTo(10_000 - 7 * 100);
    }

    @Test
    void reviewedTransactionIsPosted() {
        connector.handle(events.open("c-1", "a-1", "100.00", "0"));

        Outcome reviewed = connector.handle(
                events.tx(io.bankingsim.core.event.TransactionType.DEPOSIT, "c-1", "a-1", "9500.00").build());

        assertThat(reviewed.decision()).isEqualTo(Decision.REVIEW);
        assertThat(reviewed.posted()).isTrue();
        assertThat(connector.ledger().balance("a-1")).isEqualTo(960_000);
    }
}
