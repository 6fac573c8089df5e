package io.bankingsim.core.clock;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class VirtualClockTest {

    private static final Instant START = Instant.parse("2026-01-05T00:00:00Z");
    private final ManualTicker wall = new ManualTicker();

    @Test
    void startsAtTheStartInstant() {
        VirtualClock clock = VirtualClock.start(START, Speed.of(100), wall);
        assertThat(clock.instant()).isEqualTo(START);
        assertThat(clock.startInstant()).isEqualTo(START);
    }

    @Test
    void virtualTimeIsWallTimeTimesSpeed() {
        VirtualClock clock = VirtualClock.start(START, Speed.of(100), wall);
        wall.advance(Duration.ofSeconds(3));
        assertThat(clock.instant()).isEqualTo(START.plusSeconds(300));
        assertThat(clock.millis()).isEqualTo(START.plusSeconds(300).toEpochMilli());
    }

    @Test
    void fractionalSpeedsSlowTimeDown() {
        VirtualClock clock = VirtualClock.start(START, Speed.of(0.5), wall);
        wall.advance(Duration.ofSeconds(10));
        assertThat(clock.instant()).isEqualTo(START.plusSeconds(5));
    }

    @Nested
    class PauseAndResume {
        @Test
        void pausedClockDoesNotAdvance() {
            VirtualClock clock = VirtualClock.start(START, Speed.of(10), wall);
            wall.advance(Duration.ofSeconds(1));
            clock.pause();
            wall.advance(Duration.ofHours(1));
            assertThat(clock.instant()).isEqualTo(START.plusSeconds(10));
            assertThat(clock.isPaused()).isTrue();
        }

        @Test
        void resumedClockContinuesFromWhereItPaused() {
            VirtualClock clock = VirtualClock.start(START, Speed.of(10), wall);
            wall.advance(Duration.ofSeconds(1));
            clock.pause();
            wall.advance(Duration.ofHours(1));
            clock.resume();
            wall.advance(Duration.ofSeconds(2));
            assertThat(clock.instant()).isEqualTo(START.plusSeconds(30));
        }

        @Test
        void holdAndPauseAreIndependent() {
            VirtualClock clock = VirtualClock.start(START, Speed.of(1), wall);
            clock.hold();
            clock.pause();
            clock.release();
            wall.advance(Duration.ofSeconds(5));
            assertThat(clock.instant()).isEqualTo(START);
            clock.resume();
            wall.advance(Duration.ofSeconds(5));
            assertThat(clock.instant()).isEqualTo(START.plusSeconds(5));
        }

        @Test
        void stoppedClockStaysStoppedEvenWhenResumed() {
            VirtualClock clock = VirtualClock.start(START, Speed.of(1), wall);
            wall.advance(Duration.ofSeconds(5));
            clock.stop();
            clock.resume();
            clock.advanceTo(START.plusSeconds(100));
            wall.advance(Duration.ofSeconds(5));
            assertThat(clock.instant()).isEqualTo(START.plusSeconds(5));
            assertThat(clock.isStopped()).isTrue();
        }
    }

    @Test
    void stopAtCapsAnOvershootAndFreezes() {
        VirtualClock clock = VirtualClock.start(START, Speed.of(100), wall);
        wall.advance(Duration.ofSeconds(2));
        clock.stopAt(START.plusSeconds(150));
        wall.advance(Duration.ofSeconds(2));
        assertThat(clock.instant()).isEqualTo(START.plusSeconds(150));
        assertThat(clock.isStopped()).isTrue();
    }

    @Test
    void stopAtALaterInstantKeepsTheCurrentTime() {
        VirtualClock clock = VirtualClock.start(START, Speed.of(100), wall);
        wall.advance(Duration.ofSeconds(1));
        clock.stopAt(START.plusSeconds(1000));
        assertThat(clock.instant()).isEqualTo(START.plusSeconds(100));
    }

    @Nested
    class SpeedChanges {
        @Test
        void speedChangeKeepsTimeSoFarAndAppliesFromNow() {
            VirtualClock clock = VirtualClock.start(START, Speed.of(10), wall);
            wall.advance(Duration.ofSeconds(2));
            clock.setSpeed(Speed.of(1000));
            wall.advance(Duration.ofSeconds(1));
            assertThat(clock.instant()).isEqualTo(START.plusSeconds(20 + 1000));
            assertThat(clock.speed()).isEqualTo(Speed.of(1000));
        }

        @Test
        void speedChangeWhilePausedAppliesAfterResume() {
            VirtualClock clock = VirtualClock.start(START, Speed.of(10), wall);
            clock.pause();
            clock.setSpeed(Speed.of(60));
            wall.advance(Duration.ofSeconds(100));
            clock.resume();
            wall.advance(Duration.ofSeconds(1));
            assertThat(clock.instant()).isEqualTo(START.plusSeconds(60));
        }
    }

    @Nested
    class MaxSpeed {
        @Test
        void maxClockStandsStillUntilAdvanced() {
            VirtualClock clock = VirtualClock.start(START, Speed.MAX, wall);
            wall.advance(Duration.ofHours(1));
            assertThat(clock.instant()).isEqualTo(START);
            clock.advanceTo(START.plusSeconds(3600 * 24));
            assertThat(clock.instant()).isEqualTo(START.plusSeconds(3600 * 24));
        }

        @Test
        void advanceNeverGoesBackwards() {
            VirtualClock clock = VirtualClock.start(START, Speed.MAX, wall);
            clock.advanceTo(START.plusSeconds(50));
            clock.advanceTo(START.plusSeconds(10));
            assertThat(clock.instant()).isEqualTo(START.plusSeconds(50));
        }

        @Test
        void switchingFromMaxToPacedRunsOnFromTheJumpedTime() {
            VirtualClock clock = VirtualClock.start(START, Speed.MAX, wall);
            clock.advanceTo(START.plusSeconds(500));
            clock.setSpeed(Speed.of(2));
            wall.advance(Duration.ofSeconds(3));
            assertThat(clock.instant()).isEqualTo(START.plusSeconds(506));
        }

        @Test
        void switchingFromPacedToMaxFreezesUntilAdvanced() {
            VirtualClock clock = VirtualClock.start(START, Speed.of(10), wall);
            wall.advance(Duration.ofSeconds(1));
            clock.setSpeed(Speed.MAX);
            wall.advance(Duration.ofSeconds(100));
            assertThat(clock.instant()).isEqualTo(START.plusSeconds(10));
            assertThat(clock.wallNanosUntil(START.plusSeconds(1000))).isZero();
        }
    }

    @Nested
    class WaitingForAnInstant {
        @Test
        void wallTimeUntilIsVirtualDistanceOverSpeed() {
            VirtualClock clock = VirtualClock.start(START, Speed.of(100), wall);
            assertThat(clock.wallNanosUntil(START.plusSeconds(100))).isEqualTo(Duration.ofSeconds(1).toNanos());
        }

        @Test
        void reachedInstantNeedsNoWait() {
            VirtualClock clock = VirtualClock.start(START, Speed.of(100), wall);
            wall.advance(Duration.ofSeconds(2));
            assertThat(clock.wallNanosUntil(START.plusSeconds(100))).isZero();
        }

        @Test
        void pausedClockNeverReachesAFutureInstant() {
            VirtualClock clock = VirtualClock.start(START, Speed.of(100), wall);
            clock.pause();
            assertThat(clock.wallNanosUntil(START.plusSeconds(1))).isEqualTo(Long.MAX_VALUE);
        }

        @Test
        void heldClockNeverReachesAFutureInstant() {
            VirtualClock clock = VirtualClock.start(START, Speed.MAX, wall);
            clock.hold();
            assertThat(clock.wallNanosUntil(START.plusSeconds(1))).isEqualTo(Long.MAX_VALUE);
            assertThat(clock.isHeld()).isTrue();
        }
    }

    @Test
    void speedParsesNumbersAndMax() {
        assertThat(Speed.parse("max")).isEqualTo(Speed.MAX);
        assertThat(Speed.parse(" 250 ").multiplier()).isEqualTo(250);
        assertThat(Speed.parse("0.5").toString()).isEqualTo("0.5");
        assertThat(Speed.of(100).toString()).isEqualTo("100");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Speed.parse("-3"))
                .hasMessageContaining("positive number or 'max'");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Speed.parse("fast"))
                .hasMessageContaining("'fast'");
    }
}
