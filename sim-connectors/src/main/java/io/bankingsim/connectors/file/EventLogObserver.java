package io.bankingsim.connectors.file;

import com.fasterxml.jackson.core.JsonGenerator;
import io.bankingsim.core.event.Event;
import io.bankingsim.core.event.EventJson;
import io.bankingsim.core.metrics.MetricsSnapshot;
import io.bankingsim.core.outcome.Outcome;
import io.bankingsim.core.spi.SimulationObserver;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a run's event log as JSON Lines into an output folder: {@value #EVENTS_FILE}, every
 * released event in release (virtual-time) order, and {@value #OUTCOMES_FILE}, every outcome as
 * it arrives with its response time; one object per line, in {@link EventJson}'s format. The
 * files are replaced if they exist.
 *
 * <p>Writes go through large buffers and are not flushed per event; {@link #onFinish} flushes and
 * closes both files. If a write fails (say, the disk is full), the observer stops writing, logs a
 * warning once and throws: the engine then fails the run and stops releasing events, so the log
 * is a complete prefix of the run and the run ends with an error (exit code 1 in the CLI) instead
 * of producing data that was never written.
 *
 * <p>Not thread-safe: the engine calls an observer from its one thread.
 */
public final class EventLogObserver implements SimulationObserver {

    /** Name of the events file. */
    public static final String EVENTS_FILE = "events.jsonl";
    /** Name of the outcomes file. */
    public static final String OUTCOMES_FILE = "outcomes.jsonl";

    private static final System.Logger LOG = System.getLogger(EventLogObserver.class.getName());
    private static final int BUFFER_BYTES = 1 << 20;

    private final Path folder;
    private final OutputStream eventsOut;
    private final OutputStream outcomesOut;
    private final JsonGenerator events;
    private final JsonGenerator outcomes;
    private IOException failure;
    private boolean closed;

    private EventLogObserver(Path folder, OutputStream eventsOut, OutputStream outcomesOut) throws IOException {
        this.folder = folder;
        this.eventsOut = eventsOut;
        this.outcomesOut = outcomesOut;
        this.events = EventJson.generator(eventsOut);
        this.outcomes = EventJson.generator(outcomesOut);
    }

    /** Creates {@code folder} if needed and opens both files in it. */
    public static EventLogObserver open(Path folder) throws IOException {
        Files.createDirectories(folder);
        OutputStream eventsOut = buffered(folder.resolve(EVENTS_FILE));
        try {
            return new EventLogObserver(folder, eventsOut, buffered(folder.resolve(OUTCOMES_FILE)));
        } catch (IOException | RuntimeException e) {
            eventsOut.close();
            throw e;
        }
    }

    private static OutputStream buffered(Path file) throws IOException {
        return new BufferedOutputStream(Files.newOutputStream(file), BUFFER_BYTES);
    }

    /** The folder the files are written to. */
    public Path folder() {
        return folder;
    }

    @Override
    public void onEvent(Event event) {
        if (failure != null || closed) {
            return;
        }
        try {
            EventJson.writeEvent(events, event);
            events.writeRaw('\n');
        } catch (IOException e) {
            fail(e);
        }
    }

    @Override
    public void onOutcome(Event event, Outcome outcome, long responseNanos) {
        if (failure != null || closed) {
            return;
        }
        try {
            EventJson.writeOutcome(outcomes, outcome, responseNanos);
            outcomes.writeRaw('\n');
        } catch (IOException e) {
            fail(e);
        }
    }

    /**
     * Stops writing and fails the run at once (the engine then stops releasing events, so no
     * event is generated that the log would miss); the error is also rethrown by onFinish.
     */
    private void fail(IOException e) {
        failure = e;
        LOG.log(System.Logger.Level.WARNING, "event log in " + folder + " stopped: " + e.getMessage(), e);
        throw new java.io.UncheckedIOException("cannot write the event log in " + folder + ": " + e.getMessage(), e);
    }

    /** Flushes and closes both files; rethrows the first write failure, if any. Idempotent. */
    @Override
    public void onFinish(MetricsSnapshot finalSnapshot) throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        IOException error = failure;
        error = close(events, eventsOut, error);
        error = close(outcomes, outcomesOut, error);
        if (error != null) {
            throw error;
        }
    }

    private static IOException close(JsonGenerator generator, OutputStream out, IOException error) {
        try (out) {
            generator.close();
        } catch (IOException e) {
            if (error == null) {
                return e;
            }
            error.addSuppressed(e);
        }
        return error;
    }
}
