package io.bankingsim.core.metrics;

import io.bankingsim.core.event.Event;
import io.bankingsim.core.event.GroundTruth;
import io.bankingsim.core.outcome.Outcome;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;

import static io.bankingsim.core.metrics.Fixtures.login;
import static io.bankingsim.core.metrics.Fixtures.outcome;
import static io.bankingsim.core.metrics.Fixtures.transaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

class RecordingAllocationTest {

    private static final int EVENTS = 50_000;

    @Test
    void recordingGenuineEventsAndOutcomesAllocatesNothing() {
        assumeThat(ManagementFactory.getThreadMXBean()).isInstanceOf(com.sun.management.ThreadMXBean.class);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        MetricsRecorder recorder = Fixtures.Run.start().recorder();
        Event[] events = {transaction().build(), login(GroundTruth.GENUINE)};
        Outcome[] outcomes = {outcome(events[0]).build(), outcome(events[1]).build()};
        play(recorder, events, outcomes);

        long before = threads.getCurrentThreadAllocatedBytes();
        play(recorder, events, outcomes);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertThat(allocated).as("bytes allocated for %d events", EVENTS).isLessThan(EVENTS / 10);
    }

    private static void play(MetricsRecorder recorder, Event[] events, Outcome[] outcomes) {
        for (int i = 0; i < EVENTS; i++) {
            Event e = events[i & 1];
            recorder.onReleased(e);
            recorder.onOutcome(e, outcomes[i & 1], 1_000_000 + i);
        }
    }
}
