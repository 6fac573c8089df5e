package io.bankingsim.core.metrics;

import io.bankingsim.core.event.Transaction;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.bankingsim.core.metrics.Fixtures.outcome;
import static io.bankingsim.core.metrics.Fixtures.transaction;
import static org.assertj.core.api.Assertions.assertThat;

class RunSummaryTextTest {

    @Test
    void theTextShowsTheConfusionMatrixWithItsRatios() {
        String text = RunSummary.toText(run(), "retail_baseline", 42);

        assertThat(text).contains("scenario 'retail_baseline', seed 42")
                .containsPattern("fraud\\s+3 TP\\s+1 FN")
                .containsPattern("genuine\\s+2 FP\\s+1,234 TN")
                .contains("precision 0.6000, recall 0.7500")
                .contains("(1,240 scored, 0 unscored)");
    }

    @Test
    void theTextShowsPerPatternRecallLatencyAndThroughput() {
        String text = RunSummary.toText(run(), "retail_baseline", 42);

        assertThat(text).containsPattern("card_testing\\s+4\\s+3\\s+1\\s+0\\s+0.6000\\s+0.7500")
                .containsPattern("service\\s+1,240\\s+2,000.0\\s+2,000")
                .contains("1,240.00 per wall second")
                .contains("campaigns")
                .contains("fraud money")
                .endsWith("\n");
    }

    @Test
    void undefinedValuesReadNotApplicable() {
        String text = RunSummary.toText(Fixtures.Run.start().snapshot(), "empty", 0);

        assertThat(text).contains("precision n/a").doesNotContain("NaN");
    }

    private static MetricsSnapshot run() {
        Fixtures.Run run = Fixtures.Run.start();
        for (int i = 0; i < 4; i++) {
            Transaction t = transaction().fraud("card_testing", "c1").build();
            run.play(t, i < 3 ? outcome(t).declined().service(Duration.ofMillis(2)).build()
                    : outcome(t).service(Duration.ofMillis(2)).build());
        }
        for (int i = 0; i < 1236; i++) {
            Transaction t = transaction().build();
            run.play(t, i < 2 ? outcome(t).declined().service(Duration.ofMillis(2)).build()
                    : outcome(t).service(Duration.ofMillis(2)).build());
        }
        run.ticker().advance(Duration.ofSeconds(1));
        return run.snapshot();
    }
}
