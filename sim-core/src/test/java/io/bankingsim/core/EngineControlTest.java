package io.bankingsim.core;

import io.bankingsim.core.clock.ManualTicker;
import io.bankingsim.core.clock.Speed;
import io.bankingsim.core.event.Event;
import io.bankingsim.core.outcome.Status;
import io.bankingsim.core.spi.RunContext;
import io.bankingsim.core.spi.SimulationObserver;
import io.bankingsim.core.testkit.ScriptedConnector;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static io.bankingsim.core.EngineReleaseTest.builder;
import static io.bankingsim.core.EngineReleaseTest.smallDay;
import static org.assertj.core.api.Assertions.assertThat;

/** Pause, resume, stop, speed changes and backpressure while a run is going. */
class EngineControlTest {

    /** Counts released events and acts once at the n-th. */
    static final class ActAt implements SimulationObserver {
        final AtomicInteger released = new AtomicInteger();
        final int at;
        final java.util.function.Consumer<RunContext> action;
        final CountDownLatch reached = new CountDownLatch(1);
        RunContext context;

        ActAt(int at, java.util.function.Consumer<RunContext> action) {
            this.at = at;
            this.action = action;
        }

        @Override
        public void onStart(RunContext c) {
            context = c;
        }

        @Override
        public void onEvent(Event event) {
            if (released.incrementAndGet() == at) {
                action.accept(context);
                reached.countDown();
            }
        }
    }

    @Test
    void pauseStopsReleasingAndResumeFinishesTheRun() throws Exception {
        RunningSimulation[] handle = new RunningSimulation[1];
        CountDownLatch started = new CountDownLatch(1);
        ActAt pauser = new ActAt(5, c -> {
            awaitQuietly(started);
            handle[0].pause();
        });
        Simulation sim = builder(smallDay()).speed(Speed.MAX).connector(ScriptedConnector.synchronous())
                .observer(pauser).build();
        handle[0] = sim.start();
        started.countDown();
        assertThat(pauser.reached.await(10, TimeUnit.SECONDS)).isTrue();
        awaitCondition(() -> handle[0].state().equals("paused"));
        Instant pausedAt = handle[0].virtualTime();

        assertThat(pauser.released.get()).isEqualTo(5);
        assertThat(handle[0].isDone()).isFalse();
        assertThat(handle[0].virtualTime()).isEqualTo(pausedAt);

        handle[0].resume();
        SimulationResult r = handle[0].await();
        assertThat(r.completed()).isTrue();
        assertThat(pauser.released.get()).isEqualTo(r.records().size()).isGreaterThan(5);
    }

    @Test
    void stopEndsTheRunWithAnOutcomeForEveryReleasedEvent() throws Exception {
        RunningSimulation[] handle = new RunningSimulation[1];
        CountDownLatch started = new CountDownLatch(1);
        ActAt stopper = new ActAt(10, c -> {
            awaitQuietly(started);
            handle[0].stop();
        });
        handle[0] = builder(smallDay()).speed(Speed.MAX).connector(ScriptedConnector.synchronous())
                .observer(stopper).build().start();
        started.countDown();
        SimulationResult r = handle[0].await();

        assertThat(r.completed()).isFalse();
        assertThat(handle[0].state()).isEqualTo("stopped");
        assertThat(r.records()).hasSize(10);
        assertThat(r.metrics().counts().outcomes()).isEqualTo(10);
    }

    @Test
    void stopRecordsUnansweredDeliveriesAsUnknown() throws Exception {
        ScriptedConnector connector = ScriptedConnector.asynchronous();
        RunningSimulation[] handle = new RunningSimulation[1];
        CountDownLatch started = new CountDownLatch(1);
        ActAt stopper = new ActAt(3, c -> {
            awaitQuietly(started);
            handle[0].stop();
        });
        handle[0] = builder(smallDay()).speed(Speed.MAX).connector(connector).observer(stopper)
                .drainTimeout(Duration.ofMillis(200)).build().start();
        started.countDown();
        SimulationResult r = handle[0].await();

        assertThat(r.records()).hasSize(3);
        assertThat(r.records()).allSatisfy(rec -> assertThat(rec.outcome().status()).isEqualTo(Status.UNKNOWN));
    }

    @Test
    void aStopWaitsAtMostTenSecondsForAnswersWhateverTheDrainTimeout() throws Exception {
        ScriptedConnector connector = ScriptedConnector.asynchronous();
        ManualTicker wall = new ManualTicker();
        RunningSimulation[] handle = new RunningSimulation[1];
        CountDownLatch started = new CountDownLatch(1);
        long[] stoppedAt = new long[1];
        ActAt stopper = new ActAt(3, c -> {
            awaitQuietly(started);
            stoppedAt[0] = wall.nanos();
            handle[0].stop();
        });
        handle[0] = builder(smallDay()).speed(Speed.MAX).connector(connector).observer(stopper).ticker(wall)
                .drainTimeout(Duration.ofHours(1)).build().start();
        started.countDown();
        SimulationResult r = handle[0].await();

        assertThat(r.records()).allSatisfy(rec -> assertThat(rec.outcome().status()).isEqualTo(Status.UNKNOWN));
        assertThat(Duration.ofNanos(wall.nanos() - stoppedAt[0])).isLessThan(Duration.ofSeconds(11));
    }

    @Test
    void inFlightNeverExceedsTheBoundAndTheClockIsHeldWhenFull() throws Exception {
        ScriptedConnector connector = ScriptedConnector.asynchronous();
        int bound = 4;
        io.bankingsim.core.scenario.Scenario s = smallDay().withDuration(Duration.ofHours(1))
                .withConnections(smallDay().connections().withMaxInFlight(bound));
        RunningSimulation running = builder(s).speed(Speed.MAX).connector(connector).build().start();
        boolean sawHeld = false;
        while (!running.isDone()) {
            // Answer only once the engine has filled the pipeline (or released its last event), so
            // that every round sees the full state, whatever the threads' relative speeds.
            awaitCondition(() -> connector.outstanding() == bound || !running.virtualTime().isBefore(s.end())
                    || running.isDone());
            if (connector.outstanding() == bound) {
                // Full: the engine holds virtual time, unless it has released its last event.
                awaitCondition(() -> running.clock().isHeld() || !running.virtualTime().isBefore(s.end()));
                sawHeld |= running.clock().isHeld();
            }
            if (!connector.answerOne()) {
                Thread.onSpinWait();
            }
        }
        SimulationResult r = running.await();
        assertThat(connector.maxOutstanding()).isEqualTo(bound);
        assertThat(sawHeld).isTrue();
        assertThat(r.records()).allSatisfy(rec -> assertThat(rec.outcome().status()).isEqualTo(Status.OK));
        assertThat(connector.delivered()).isEqualTo(r.records().size());
    }

    @Test
    void speedChangeWhileRunningChangesThePaceNotTheWorld() throws Exception {
        ManualTicker wall = new ManualTicker();
        ActAt speeder = new ActAt(20, c -> c.clock().setSpeed(Speed.of(1000)));
        SimulationResult fast = builder(smallDay()).speed(Speed.of(100)).ticker(wall)
                .connector(ScriptedConnector.synchronous()).observer(speeder).build().run();
        SimulationResult reference = builder(smallDay()).speed(Speed.MAX)
                .connector(ScriptedConnector.synchronous()).build().run();

        assertThat(fast.events()).isEqualTo(reference.events());
        // Six virtual hours: at 100x they would take 216 wall seconds; most of them ran at 1000x.
        assertThat(wall.nanos()).isLessThan(Duration.ofSeconds(100).toNanos());
    }

    @Test
    void sameSeedGivesTheSameEventsAndAnotherSeedDiffers() throws Exception {
        SimulationResult a = builder(smallDay()).speed(Speed.MAX).connector(ScriptedConnector.synchronous()).build().run();
        SimulationResult b = builder(smallDay()).speed(Speed.MAX).connector(ScriptedConnector.synchronous()).build().run();
        SimulationResult c = builder(smallDay()).seed(7).speed(Speed.MAX).connector(ScriptedConnector.synchronous())
                .build().run();
        assertThat(a.events()).isEqualTo(b.events());
        assertThat(c.events()).isNotEqualTo(a.events());
    }

    @Test
    void aFailingObserverStopsTheRunButEveryReleasedEventKeepsItsOutcomeAndObserversFinish() throws Exception {
        ScriptedConnector connector = ScriptedConnector.asynchronous();
        AtomicInteger events = new AtomicInteger();
        AtomicInteger outcomes = new AtomicInteger();
        AtomicInteger finished = new AtomicInteger();
        SimulationObserver failing = new SimulationObserver() {
            int seen;

            @Override
            public void onEvent(Event event) {
                if (++seen == 3) {
                    throw new IllegalStateException("disk full");
                }
            }
        };
        SimulationObserver counting = new SimulationObserver() {
            @Override
            public void onEvent(Event event) {
                events.incrementAndGet();
            }

            @Override
            public void onOutcome(Event event, io.bankingsim.core.outcome.Outcome outcome, long responseNanos) {
                outcomes.incrementAndGet();
            }

            @Override
            public void onFinish(io.bankingsim.core.metrics.MetricsSnapshot last) {
                finished.incrementAndGet();
            }
        };
        RunningSimulation running = builder(smallDay()).speed(Speed.MAX).connector(connector)
                .observer(failing).observer(counting).build().start();
        while (!running.isDone()) {
            if (!connector.answerOne()) {
                Thread.onSpinWait();
            }
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(running::await)
                .isInstanceOf(SimulationException.class).hasMessageContaining("disk full");
        assertThat(running.state()).isEqualTo("failed");
        assertThat(events.get()).isEqualTo(3);
        assertThat(outcomes.get()).isEqualTo(3);
        assertThat(finished.get()).isEqualTo(1);
    }

    static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits for a condition with a deadline (no fixed sleep). */
    static void awaitCondition(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not reached within 10 s");
            }
            Thread.onSpinWait();
        }
    }
}
