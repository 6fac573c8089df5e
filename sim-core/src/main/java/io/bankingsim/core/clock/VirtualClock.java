package io.bankingsim.core.clock;

import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;

/**
 * The simulation's only source of time: virtual time = start + wall time elapsed x speed, with
 * pause, resume, stop and speed changes while running, and a {@link Speed#MAX} mode in which
 * virtual time stands still until the engine {@linkplain #advanceTo(Instant) jumps} it to the
 * next event.
 *
 * <p>Besides a user's pause, the engine may {@linkplain #hold() hold} the clock while the systems
 * under test cannot keep up (backpressure): virtual time then slows instead of events being
 * dropped or bunched, and the effective speed falls below the set one.
 *
 * <p>Wall time comes from a {@link Ticker}, so a test can drive the clock with a
 * {@link ManualTicker} and never sleep. Virtual time never goes backwards.
 *
 * <p>Thread-safe: reads are lock-free (one volatile read); changes are serialised.
 */
public final class VirtualClock implements InstantSource {

    /** The whole state, replaced atomically on every change. */
    private record State(long anchorWall, long anchorVirtual, double speed, boolean paused, boolean held,
                         boolean stopped) {
        boolean frozen() {
            return paused || held || stopped || Double.isInfinite(speed);
        }

        long virtualAt(long wall) {
            if (frozen()) {
                return anchorVirtual;
            }
            return anchorVirtual + (long) ((wall - anchorWall) * speed);
        }
    }

    private final Ticker ticker;
    private final Instant start;
    private volatile State state;

    private VirtualClock(Instant start, Speed speed, Ticker ticker) {
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        this.start = Objects.requireNonNull(start, "start");
        this.state = new State(ticker.nanos(), toNanos(start), speed.multiplier(), false, false, false);
    }

    /** A running clock on the system's monotonic wall clock. */
    public static VirtualClock start(Instant start, Speed speed) {
        return new VirtualClock(start, speed, Ticker.system());
    }

    /** A running clock on the given wall-clock ticker (a {@link ManualTicker} in tests). */
    public static VirtualClock start(Instant start, Speed speed, Ticker ticker) {
        return new VirtualClock(start, speed, ticker);
    }

    /** The virtual instant the simulation started at. */
    public Instant startInstant() {
        return start;
    }

    @Override
    public Instant instant() {
        return fromNanos(epochNanos());
    }

    @Override
    public long millis() {
        return Math.floorDiv(epochNanos(), 1_000_000L);
    }

    /** The current virtual time in nanoseconds since the epoch. */
    public long epochNanos() {
        return state.virtualAt(ticker.nanos());
    }

    /** The wall-clock ticker this clock runs on. */
    public Ticker ticker() {
        return ticker;
    }

    /** The set speed (the effective one is lower while the clock is held). */
    public Speed speed() {
        return Speed.of(state.speed);
    }

    public boolean isPaused() {
        return state.paused;
    }

    /** True while the engine holds the clock for backpressure. */
    public boolean isHeld() {
        return state.held;
    }

    public boolean isStopped() {
        return state.stopped;
    }

    /** Changes the speed from now on; virtual time so far is kept. */
    public synchronized void setSpeed(Speed speed) {
        Objects.requireNonNull(speed, "speed");
        State s = rebased();
        state = new State(s.anchorWall, s.anchorVirtual, speed.multiplier(), s.paused, s.held, s.stopped);
    }

    /** Stops virtual time until {@link #resume()}. Pausing a paused clock does nothing. */
    public synchronized void pause() {
        State s = rebased();
        state = new State(s.anchorWall, s.anchorVirtual, s.speed, true, s.held, s.stopped);
    }

    /** Lets virtual time run again after {@link #pause()}. */
    public synchronized void resume() {
        State s = rebased();
        state = new State(s.anchorWall, s.anchorVirtual, s.speed, false, s.held, s.stopped);
    }

    /** Freezes virtual time for backpressure; independent of a user's pause. */
    public synchronized void hold() {
        State s = rebased();
        state = new State(s.anchorWall, s.anchorVirtual, s.speed, s.paused, true, s.stopped);
    }

    /** Ends a {@link #hold()}. */
    public synchronized void release() {
        State s = rebased();
        state = new State(s.anchorWall, s.anchorVirtual, s.speed, s.paused, false, s.stopped);
    }

    /** Freezes virtual time for good. */
    public synchronized void stop() {
        State s = rebased();
        state = new State(s.anchorWall, s.anchorVirtual, s.speed, s.paused, s.held, true);
    }

    /**
     * Freezes virtual time for good at {@code limit}, or where it is if that is earlier: the end
     * of a run, so that a paced run that overshot its end by a poll interval reports the end.
     */
    public synchronized void stopAt(Instant limit) {
        State s = rebased();
        long at = Math.min(s.anchorVirtual, toNanos(limit));
        state = new State(s.anchorWall, at, s.speed, s.paused, s.held, true);
    }

    /**
     * Jumps virtual time forward to {@code instant} (the next event, in a discrete-event run).
     * Does nothing when {@code instant} is not after the current virtual time, or once stopped.
     */
    public synchronized void advanceTo(Instant instant) {
        long target = toNanos(instant);
        State s = rebased();
        if (s.stopped || target <= s.anchorVirtual) {
            return;
        }
        state = new State(s.anchorWall, target, s.speed, s.paused, s.held, s.stopped);
    }

    /**
     * Wall-clock nanoseconds until virtual time reaches {@code instant} at the current speed:
     * zero when it has been reached or the speed is max, {@link Long#MAX_VALUE} while the clock is
     * paused, held or stopped (it will not get there by itself).
     */
    public long wallNanosUntil(Instant instant) {
        return wallNanosUntil(toNanos(instant));
    }

    /** As {@link #wallNanosUntil(Instant)}, with the target in epoch nanoseconds. */
    public long wallNanosUntil(long epochNanos) {
        State s = state;
        long now = s.virtualAt(ticker.nanos());
        if (epochNanos <= now) {
            return 0;
        }
        if (Double.isInfinite(s.speed) && !(s.paused || s.held || s.stopped)) {
            return 0;
        }
        if (s.frozen()) {
            return Long.MAX_VALUE;
        }
        double wall = Math.ceil((epochNanos - now) / s.speed);
        return wall >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) wall;
    }

    /** Re-anchors the state at the current wall instant so a change applies from now on. */
    private State rebased() {
        long wall = ticker.nanos();
        State s = state;
        return new State(wall, s.virtualAt(wall), s.speed, s.paused, s.held, s.stopped);
    }

    /** Epoch nanoseconds of an instant (valid until the year 2262). */
    public static long toNanos(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
    }

    /** The instant of epoch nanoseconds. */
    public static Instant fromNanos(long epochNanos) {
        return Instant.ofEpochSecond(Math.floorDiv(epochNanos, 1_000_000_000L), Math.floorMod(epochNanos, 1_000_000_000L));
    }

    @Override
    public String toString() {
        State s = state;
        return "VirtualClock[" + instant() + ", speed " + Speed.of(s.speed) + (s.paused ? ", paused" : "")
                + (s.held ? ", held" : "") + (s.stopped ? ", stopped" : "") + "]";
    }
}
