package io.bankingsim.core.metrics;

import io.bankingsim.core.event.GroundTruth;
import io.bankingsim.core.event.Login;
import io.bankingsim.core.event.Transaction;
import io.bankingsim.core.event.TransactionType;
import io.bankingsim.core.outcome.Outcome;
import io.bankingsim.core.outcome.Status;
import org.junit.jupiter.api.Test;

import static io.bankingsim.core.metrics.Fixtures.accountOpened;
import static io.bankingsim.core.metrics.Fixtures.login;
import static io.bankingsim.core.metrics.Fixtures.outcome;
import static io.bankingsim.core.metrics.Fixtures.transaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class CountsTest {

    @Test
    void releasedEventsAreCountedByKindWithEveryKindListed() {
        Fixtures.Run run = Fixtures.Run.start();
        run.recorder().onReleased(accountOpened());
        run.recorder().onReleased(login(GroundTruth.GENUINE));
        run.recorder().onReleased(login(GroundTruth.GENUINE));
        run.recorder().onReleased(transaction().build());

        MetricsSnapshot.Counts c = run.snapshot().counts();

        assertThat(c.eventsReleased()).isEqualTo(4);
        assertThat(c.releasedByKind()).containsExactly(entry("customer_onboarded", 0L), entry("account_opened", 1L),
                entry("login", 2L), entry("profile_change", 0L),
                entry("credit_limit_change", 0L), entry("transaction", 1L));
        assertThat(c.transactionsReleased()).isEqualTo(1);
    }

    @Test
    void transactionsAreCountedByTypeInEnumOrder() {
        Fixtures.Run run = Fixtures.Run.start();
        run.recorder().onReleased(transaction().type(TransactionType.P2P).build());
        run.recorder().onReleased(transaction().type(TransactionType.DEPOSIT).build());
        run.recorder().onReleased(transaction().type(TransactionType.DEPOSIT).build());

        var byType = run.snapshot().counts().transactionsByType();

        assertThat(byType.keySet()).containsExactly("card_purchase", "atm_withdrawal", "transfer_out", "transfer_in",
                "deposit", "bill_payment", "p2p");
        assertThat(byType).contains(entry("deposit", 2L), entry("p2p", 1L), entry("card_purchase", 0L));
    }

    @Test
    void outcomesAreCountedByStatusAndByDecision() {
        Fixtures.Run run = Fixtures.Run.start();
        Transaction ok = transaction().build();
        run.play(ok, outcome(ok).build());
        Transaction declined = transaction().build();
        run.play(declined, outcome(declined).declined().build());
        Login failed = login(GroundTruth.GENUINE);
        run.play(failed, Outcome.error(failed.id(), "timeout", 5));

        MetricsSnapshot.Counts c = run.snapshot().counts();

        assertThat(c.outcomes()).isEqualTo(3);
        assertThat(c.outcomesByStatus()).hasSize(Status.values().length)
                .contains(entry("ok", 2L), entry("error", 1L), entry("not_delivered", 0L));
        assertThat(c.outcomesByDecision()).containsExactly(entry("approve", 1L), entry("review", 0L),
                entry("decline", 1L), entry("none", 1L));
    }

    @Test
    void moneyMovedSumsReleasedTransactionsAndMoneyPostedOnlyPostedOnes() {
        Fixtures.Run run = Fixtures.Run.start();
        Transaction posted = transaction().amount("12.50", "USD").build();
        run.play(posted, outcome(posted).build());
        Transaction declined = transaction().amount("7.25", "USD").build();
        run.play(declined, outcome(declined).declined().build());

        MetricsSnapshot.Counts c = run.snapshot().counts();

        assertThat(c.moneyMoved()).containsExactly(new MoneyTotal("USD", 1975, "19.75"));
        assertThat(c.moneyPosted()).containsExactly(new MoneyTotal("USD", 1250, "12.50"));
    }
}
