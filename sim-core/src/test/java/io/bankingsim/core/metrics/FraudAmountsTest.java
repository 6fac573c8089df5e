package io.bankingsim.core.metrics;

import io.bankingsim.core.event.Transaction;
import io.bankingsim.core.outcome.Decision;
import io.bankingsim.core.outcome.Outcome;
import io.bankingsim.core.outcome.Status;
import org.junit.jupiter.api.Test;

import static io.bankingsim.core.metrics.Fixtures.outcome;
import static io.bankingsim.core.metrics.Fixtures.transaction;
import static org.assertj.core.api.Assertions.assertThat;

class FraudAmountsTest {

    @Test
    void aDeclinedFraudIsPreventedAndAPostedOneIsLost() {
        Fixtures.Run run = Fixtures.Run.start();
        Transaction declined = fraud("100.00");
        run.play(declined, outcome(declined).declined().build());
        Transaction reviewedButPosted = fraud("30.00");
        run.play(reviewedButPosted, outcome(reviewedButPosted).decision(Decision.REVIEW).posted(true).build());
        Transaction approved = fraud("20.00");
        run.play(approved, outcome(approved).build());

        FraudAmounts a = run.snapshot().detection().amounts();

        assertThat(a.prevented()).containsExactly(new MoneyTotal("USD", 10_000, "100.00"));
        assertThat(a.lost()).containsExactly(new MoneyTotal("USD", 5_000, "50.00"));
        assertThat(a.total()).containsExactly(new MoneyTotal("USD", 15_000, "150.00"));
        assertThat(a.unresolved()).isEmpty();
    }

    @Test
    void aFraudTheCoreBankRejectedIsPrevented() {
        Fixtures.Run run = Fixtures.Run.start();
        Transaction t = fraud("40.00");
        run.play(t, outcome(t).status(Status.REJECTED).decision(Decision.NONE).posted(false).build());

        assertThat(run.snapshot().detection().amounts().prevented()).extracting(MoneyTotal::amount).containsExactly("40.00");
    }

    @Test
    void anApprovedFraudCountsAsLostEvenWhereNothingPosts() {
        Fixtures.Run run = Fixtures.Run.start();
        Transaction t = fraud("25.00");
        run.play(t, outcome(t).posted(false).build());

        assertThat(run.snapshot().detection().amounts().lost()).extracting(MoneyTotal::amount).containsExactly("25.00");
    }

    @Test
    void aFraudThatNeverReachedTheBankIsUnresolvedNotPrevented() {
        Fixtures.Run run = Fixtures.Run.start();
        Transaction failed = fraud("10.00");
        run.play(failed, Outcome.error(failed.id(), "connection refused", 1_000));
        Transaction unsent = fraud("5.00");
        run.play(unsent, Outcome.notDelivered(unsent.id(), "stopped"));

        FraudAmounts a = run.snapshot().detection().amounts();

        assertThat(a.unresolved()).extracting(MoneyTotal::amount).containsExactly("15.00");
        assertThat(a.prevented()).isEmpty();
    }

    @Test
    void amountsAreKeptPerCurrencySortedByCode() {
        Fixtures.Run run = Fixtures.Run.start();
        Transaction usd = transaction().fraud("card_testing", "c1").amount("1.00", "USD").build();
        Transaction eur = transaction().fraud("card_testing", "c1").amount("2.00", "EUR").build();
        run.play(usd, outcome(usd).build());
        run.play(eur, outcome(eur).build());

        assertThat(run.snapshot().detection().amounts().lost()).extracting(MoneyTotal::toString)
                .containsExactly("2.00 EUR", "1.00 USD");
    }

    @Test
    void genuineMoneyIsNotFraudMoney() {
        Fixtures.Run run = Fixtures.Run.start();
        Transaction genuine = transaction().build();
        run.play(genuine, outcome(genuine).build());

        assertThat(run.snapshot().detection().amounts().total()).isEmpty();
    }

    private static Transaction fraud(String amount) {
        return transaction().fraud("account_takeover", "ato-1").amount(amount, "USD").build();
    }
}
