package io.bankingsim.dashboard;

import io.bankingsim.core.event.Event;
import io.bankingsim.core.outcome.Outcome;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A fixed-size ring of the latest items: the writer never waits and never allocates more than
 * the item itself; a reader that falls behind simply misses the overwritten items.
 *
 * <p>Thread-safety: one writer at a time (the engine thread), any number of readers.
 */
final class FeedRing {

    private final AtomicReferenceArray<FeedItem> slots;
    private final int mask;
    private final AtomicLong written = new AtomicLong();

    /** A ring of {@code capacity} items, rounded up to a power of two. */
    FeedRing(int capacity) {
        if (capacity < 1 || capacity > (1 << 20)) {
            throw new IllegalArgumentException("capacity must be within 1..1048576: " + capacity);
        }
        int size = 1;
        while (size < capacity) {
            size <<= 1;
        }
        this.slots = new AtomicReferenceArray<>(size);
        this.mask = size - 1;
    }

    int capacity() {
        return mask + 1;
    }

    /** Adds an item, overwriting the oldest when full. Never blocks. */
    void add(Event event, Outcome outcome, long responseNanos) {
        long seq = written.get();
        slots.lazySet((int) (seq & mask), new FeedItem(seq, event, outcome, responseNanos));
        written.lazySet(seq + 1);
    }

    /** Items written so far (also the cursor to read from next). */
    long written() {
        return written.get();
    }

    /**
     * Appends to {@code out} the items written from {@code from} on, at most the {@code max}
     * newest of them, oldest first. Returns the cursor for the next read.
     */
    long readSince(long from, int max, List<FeedItem> out) {
        long end = written.get();
        readRange(Math.max(from, end - max), end, out);
        return end;
    }

    /** Adds the items written at positions {@code from} (inclusive) to {@code to} (exclusive) still in the ring. */
    void readRange(long from, long to, List<FeedItem> out) {
        long start = Math.max(Math.max(0, from), written.get() - capacity());
        for (long s = start; s < to; s++) {
            FeedItem item = slots.get((int) (s & mask));
            if (item != null && item.seq() == s) {
                out.add(item);
            }
        }
    }
}
