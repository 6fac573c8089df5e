package io.bankingsim.connectors.stub;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Nexum's rate limit: at most {@code perWindow} requests per client IP in a fixed window (60
 * seconds, as Nexum's, unless a test shortens it) that opens with the client's first request after the previous window ended. A request over the
 * limit is refused with the whole seconds left in the window (at least 1): that is the
 * {@code Retry-After}. Refused requests do not count. Time comes from the injected clock.
 * Thread-safe.
 */
final class RateLimiter {

    static final Duration WINDOW = Duration.ofSeconds(60);
    private static final int PRUNE_ABOVE = 10_000;

    private final int perMinute;
    private final Duration length;
    private final InstantSource clock;
    private final Map<String, Window> windows = new HashMap<>();

    RateLimiter(int perMinute, InstantSource clock) {
        this(perMinute, WINDOW, clock);
    }

    RateLimiter(int perMinute, Duration window, InstantSource clock) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("perMinute must be 1 or more, not " + perMinute);
        }
        this.perMinute = perMinute;
        this.length = Objects.requireNonNull(window, "window");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** 0 when the request of {@code client} may pass (and it is counted), else the seconds to wait. */
    synchronized long acquire(String client) {
        Instant now = clock.instant();
        Window window = windows.get(client);
        if (window == null || !now.isBefore(window.end)) {
            if (windows.size() > PRUNE_ABOVE) {
                windows.values().removeIf(w -> !now.isBefore(w.end));
            }
            windows.put(client, new Window(now.plus(length)));
            return 0;
        }
        if (window.count < perMinute) {
            window.count++;
            return 0;
        }
        long millis = Duration.between(now, window.end).toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }

    private static final class Window {
        final Instant end;
        int count = 1;

        Window(Instant end) {
            this.end = end;
        }
    }
}
