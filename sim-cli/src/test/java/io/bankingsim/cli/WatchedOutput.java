package io.bankingsim.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Output a test can wait on until a text appears. Thread-safe. */
final class WatchedOutput extends ByteArrayOutputStream {
    @Override
    public synchronized void write(byte[] b, int off, int len) {
        super.write(b, off, len);
        notifyAll();
    }

    @Override
    public synchronized void write(int b) {
        super.write(b);
        notifyAll();
    }

    synchronized String await(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!toString(StandardCharsets.UTF_8).contains(text)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no '" + text + "' within " + timeout + " in: " + this);
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return toString(StandardCharsets.UTF_8);
    }

    @Override
    public synchronized String toString() {
        return toString(StandardCharsets.UTF_8);
    }
}
