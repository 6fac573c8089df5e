package io.bankingsim.connectors.mock;

import io.bankingsim.connectors.EventFixtures;
import io.bankingsim.core.event.Event;
import io.bankingsim.core.outcome.Decision;
import io.bankingsim.core.outcome.Outcome;
import io.bankingsim.core.outcome.Status;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** Every event gets exactly one outcome, already complete, saying what the mocks did. */
class DryRunOutcomeTest {

    /**
     * Onboarding, account, login, a purchase, one beyond the balance, one on an unknown account,
     * a card-testing burst of eight 0.10 purchases, and a repeated onboarding.
     */
    private static List<Event> mixedStream(EventFixtures events) {
        List<Event> stream = new ArrayList<>();
        stream.add(events.onboard("c-1"));
        stream.add(events.open("c-1", "a-1", "50.00", "0"));
        stream.add(events.login("c-1", EventFixtures.device("fp-1", "US")));
        stream.add(events.purchase("c-1", "a-1", "20.00").build());
        stream.add(events.purchase("c-1", "a-1", "40.00").build());
        stream.add(events.purchase("c-9", "a-9", "1.00").build());
        for (int i = 0; i < 8; i++) {
            events.advance(Duration.ofSeconds(20));
            stream.add(events.purchase("c-1", "a-1", "0.10").build());
        }
        stream.add(events.onboard("c-1"));
        return stream;
    }

    private static List<Outcome> deliverAll(DryRunConnector connector, List<Event> stream) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Event event : stream) {
            CompletableFuture<Outcome> future = connector.deliver(event);
            assertThat(future).isCompleted();
            outcomes.add(future.join());
        }
        return outcomes;
    }

    @Test
    void eachEventGetsOneCompletedOutcomeWithItsId() {
        List<Event> stream = mixedStream(new EventFixtures());

        List<Outcome> outcomes = deliverAll(new DryRunConnector(), stream);

        assertThat(outcomes).extracting(Outcome::eventId)
                .containsExactlyElementsOf(stream.stream().map(Event::id).toList());
        assertThat(outcomes).allSatisfy(o -> assertThat(o.serviceNanos()).isNotNegative());
    }

    @Test
    void outcomesSayWhatHappened() {
        DryRunConnector connector = new DryRunConnector();

        List<Outcome> outcomes = deliverAll(connector, mixedStream(new EventFixtures()));

        assertThat(outcomes.get(0)).satisfies(onboarded -> {
            assertThat(onboarded.status()).isEqualTo(Status.OK);
            assertThat(onboarded.decision()).isEqualTo(Decision.NONE);
            assertThat(onboarded.riskScore()).isEqualTo(-1);
            assertThat(onboarded.posted()).isTrue();
        });
        assertThat(outcomes.get(2)).satisfies(login -> {
            assertThat(login.status()).isEqualTo(Status.OK);
            assertThat(login.decision()).isEqualTo(Decision.APPROVE);
            assertThat(login.posted()).isFalse();
        });
        assertThat(outcomes.get(3).posted()).isTrue();
        assertThat(outcomes.get(4)).satisfies(tooMuch -> {
            assertThat(tooMuch.status()).isEqualTo(Status.REJECTED);
            assertThat(tooMuch.detail()).isEqualTo("insufficient funds");
            assertThat(tooMuch.decision()).isEqualTo(Decision.APPROVE);
            assertThat(tooMuch.posted()).isFalse();
        });
        assertThat(outcomes.get(5).detail()).isEqualTo("unknown account a-9");
        assertThat(outcomes.getLast().status()).isEqualTo(Status.REJECTED);
        // The 8th transaction on a-1 (the 6th micro purchase) and the two after it are declined.
        assertThat(outcomes.subList(6, 14)).extracting(Outcome::posted)
                .containsExactly(true, true, true, true, true, false, false, false);
        assertThat(connector.ledger().balance("a-1")).isEqualTo(5_000 - 2_000 - 5 * 10);
    }

    @Test
    void sameStreamGivesTheSameDecisionsAndBalances() {
        DryRunConnector first = new DryRunConnector();
        DryRunConnector second = new DryRunConnector();

        List<Outcome> one = deliverAll(first, mixedStream(new EventFixtures()));
        List<Outcome> other = deliverAll(second, mixedStream(new EventFixtures()));

        assertThat(other).usingRecursiveFieldByFieldElementComparatorIgnoringFields("serviceNanos")
                .containsExactlyElementsOf(one);
        assertThat(second.ledger().totalBalance()).isEqualTo(first.ledger().totalBalance());
    }
}
