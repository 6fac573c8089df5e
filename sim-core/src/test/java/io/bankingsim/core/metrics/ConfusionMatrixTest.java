package io.bankingsim.core.metrics;

import io.bankingsim.core.event.Transaction;
import io.bankingsim.core.outcome.Decision;
import org.junit.jupiter.api.Test;

import static io.bankingsim.core.metrics.Fixtures.outcome;
import static io.bankingsim.core.metrics.Fixtures.transaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ConfusionMatrixTest {

    @Test
    void ratiosFollowFromTheFourCounts() {
        ConfusionMatrix m = ConfusionMatrix.of(8, 2, 88, 2, 5);

        assertThat(m.precision()).isCloseTo(0.8, within(1e-12));
        assertThat(m.recall()).isCloseTo(0.8, within(1e-12));
        assertThat(m.falsePositiveRate()).isCloseTo(2.0 / 90, within(1e-12));
        assertThat(m.f1()).isCloseTo(0.8, within(1e-12));
        assertThat(m.scored()).isEqualTo(100);
    }

    @Test
    void aRatioWithAZeroDenominatorIsUndefinedNotZero() {
        ConfusionMatrix m = ConfusionMatrix.of(0, 0, 10, 0, 0);

        assertThat(m.precision()).isNaN();
        assertThat(m.recall()).isNaN();
        assertThat(m.f1()).isNaN();
        assertThat(m.falsePositiveRate()).isZero();
    }

    @Test
    void recorderCountsEachScoredOutcomeInItsCellAndReviewCountsAsFlagged() {
        Fixtures.Run run = Fixtures.Run.start();
        for (int i = 0; i < 3; i++) {
            Transaction fraud = transaction().fraud("card_testing", "camp-1").build();
            run.play(fraud, outcome(fraud).declined().build());
        }
        Transaction reviewedFraud = transaction().fraud("card_testing", "camp-1").build();
        run.play(reviewedFraud, outcome(reviewedFraud).decision(Decision.REVIEW).build());
        Transaction missed = transaction().fraud("card_testing", "camp-1").build();
        run.play(missed, outcome(missed).build());
        Transaction falseAlarm = transaction().build();
        run.play(falseAlarm, outcome(falseAlarm).declined().build());
        for (int i = 0; i < 6; i++) {
            Transaction genuine = transaction().build();
            run.play(genuine, outcome(genuine).build());
        }

        ConfusionMatrix m = run.snapshot().detection().matrix();

        assertThat(m.truePositives()).isEqualTo(4);
        assertThat(m.falseNegatives()).isEqualTo(1);
        assertThat(m.falsePositives()).isEqualTo(1);
        assertThat(m.trueNegatives()).isEqualTo(6);
        assertThat(m.precision()).isCloseTo(0.8, within(1e-12));
        assertThat(m.recall()).isCloseTo(0.8, within(1e-12));
    }

    @Test
    void outcomesWithoutADetectorDecisionAreUnscoredAndLeftOutOfTheMatrix() {
        Fixtures.Run run = Fixtures.Run.start();
        Transaction fraud = transaction().fraud("card_testing", "camp-1").build();
        run.play(fraud, outcome(fraud).decision(Decision.NONE).build());
        Transaction genuine = transaction().build();
        run.play(genuine, outcome(genuine).decision(Decision.NONE).build());

        ConfusionMatrix m = run.snapshot().detection().matrix();

        assertThat(m.unscored()).isEqualTo(2);
        assertThat(m.scored()).isZero();
        assertThat(m.recall()).isNaN();
    }
}
