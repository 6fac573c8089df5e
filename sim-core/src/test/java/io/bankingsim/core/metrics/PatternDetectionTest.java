package io.bankingsim.core.metrics;

import io.bankingsim.core.event.Transaction;
import io.bankingsim.core.outcome.Decision;
import org.junit.jupiter.api.Test;

import static io.bankingsim.core.metrics.Fixtures.outcome;
import static io.bankingsim.core.metrics.Fixtures.transaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class PatternDetectionTest {

    @Test
    void eachPatternSeenHasItsEventsFlaggedMissedAndRecallSortedByName() {
        Fixtures.Run run = Fixtures.Run.start();
        play(run, "velocity_attack", 1, 3, 0);
        play(run, "card_testing", 3, 1, 1);
        Transaction genuine = transaction().build();
        run.play(genuine, outcome(genuine).build());

        assertThat(run.snapshot().detection().byPattern())
                .extracting(PatternDetection::pattern, PatternDetection::events, PatternDetection::flagged,
                        PatternDetection::missed, PatternDetection::unscored, PatternDetection::recall)
                .containsExactly(
                        tuple("card_testing", 5L, 3L, 1L, 1L, 0.75),
                        tuple("velocity_attack", 4L, 1L, 3L, 0L, 0.25));
    }

    @Test
    void aPatternNeverScoredHasUndefinedRecall() {
        Fixtures.Run run = Fixtures.Run.start();
        play(run, "account_takeover", 0, 0, 2);

        PatternDetection p = run.snapshot().detection().byPattern().getFirst();

        assertThat(p.events()).isEqualTo(2);
        assertThat(p.recall()).isNaN();
        assertThat(p.precision()).isNaN();
    }

    @Test
    void aPatternsPrecisionCountsEveryFalsePositiveOfTheRun() {
        Fixtures.Run run = Fixtures.Run.start();
        play(run, "card_testing", 3, 1, 0);
        play(run, "structuring", 1, 0, 0);
        for (int i = 0; i < 3; i++) {
            Transaction genuine = transaction().build();
            run.play(genuine, outcome(genuine).decision(i == 0 ? Decision.APPROVE : Decision.REVIEW).build());
        }

        assertThat(run.snapshot().detection().byPattern())
                .extracting(PatternDetection::pattern, PatternDetection::precision)
                .containsExactly(tuple("card_testing", 0.6), tuple("structuring", 1.0 / 3));
        assertThat(run.snapshot().detection().matrix().precision()).isEqualTo(4.0 / 6);
    }

    private static void play(Fixtures.Run run, String pattern, int flagged, int missed, int unscored) {
        for (int i = 0; i < flagged + missed + unscored; i++) {
            Transaction t = transaction().fraud(pattern, pattern + "-1").build();
            Decision d = i < flagged ? Decision.DECLINE : i < flagged + missed ? Decision.APPROVE : Decision.NONE;
            run.play(t, outcome(t).decision(d).posted(d != Decision.DECLINE).build());
        }
    }
}
