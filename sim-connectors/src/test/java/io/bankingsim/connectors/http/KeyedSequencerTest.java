package io.bankingsim.connectors.http;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** Tasks sharing a key run in submission order; others do not wait; failures do not block. */
class KeyedSequencerTest {

    @Test
    void aTaskWaitsForEveryEarlierTaskOfItsKeysOnly() {
        KeyedSequencer sequencer = new KeyedSequencer();
        List<String> started = new ArrayList<>();
        CompletableFuture<String> gateA = new CompletableFuture<>();

        sequencer.run(List.of("a"), () -> {
            started.add("first a");
            return gateA;
        });
        CompletableFuture<String> secondA = sequencer.run(List.of("a", "b"), () -> {
            started.add("a and b");
            return CompletableFuture.completedFuture("done");
        });
        sequencer.run(List.of("c"), () -> {
            started.add("c");
            return CompletableFuture.completedFuture("done");
        });

        assertThat(started).containsExactly("first a", "c");
        assertThat(secondA).isNotDone();
        gateA.complete("x");
        assertThat(started).containsExactly("first a", "c", "a and b");
        assertThat(secondA).isCompletedWithValue("done");
        assertThat(sequencer.activeKeys()).isZero();
    }

    @Test
    void aFailedTaskDoesNotBlockTheNextOne() {
        KeyedSequencer sequencer = new KeyedSequencer();
        CompletableFuture<String> gate = new CompletableFuture<>();
        CompletableFuture<String> failing = sequencer.run(List.of("k"), () -> gate);
        CompletableFuture<String> next = sequencer.run(List.of("k"),
                () -> CompletableFuture.completedFuture("ran"));

        gate.completeExceptionally(new IllegalStateException("boom"));

        assertThat(failing).isCompletedExceptionally();
        assertThat(next).isCompletedWithValue("ran");
    }
}
