package io.bankingsim.connectors.file;

import io.bankingsim.core.event.Event;
import io.bankingsim.core.metrics.MetricsSnapshot;
import io.bankingsim.core.outcome.Outcome;
import io.bankingsim.core.spi.SimulationObserver;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the labelled data set {@value #FILE} into an output folder: one row per event, with its
 * features, its ground truth and what the systems under test did with it, ready for pandas, R or
 * a spreadsheet. The file is replaced if it exists.
 *
 * <p>Format: RFC 4180 CSV, UTF-8, a header line, {@code \n} line ends; a field holding a comma,
 * double quote, CR or LF is quoted; a value the event does not have is an empty cell. The columns
 * are {@link #COLUMNS}: every field of every kind of event, named and written as in
 * {@code events.jsonl} with nested names joined by {@code _}, then the label ({@code fraud,
 * pattern, campaign_id, role}), then the outcome as in {@code outcomes.jsonl} ({@code rule_hits}
 * joined with {@code ;}). docs/outputs.md lists them.
 *
 * <p>A row is written when the event's outcome arrives, so rows are in <em>outcome order</em>
 * (the order of {@code outcomes.jsonl}), not in virtual-time order: with several events in flight
 * an answer can overtake another. Sort by {@code time} for the timeline. Nothing is held per
 * event: memory stays flat however long the run.
 *
 * <p>Writes go through a large buffer and are not flushed per row; {@link #onFinish} flushes and
 * closes the file. If a write fails, the observer stops writing, logs a warning once and throws,
 * which fails the run (the engine stops releasing events): the file then holds a prefix of the
 * rows, the last one possibly cut short, and the run ends with an error instead of a data set
 * with holes.
 *
 * <p>Not thread-safe: the engine calls an observer from its one thread.
 */
public final class EventCsvObserver implements SimulationObserver {

    /** Name of the file. */
    public static final String FILE = "events.csv";

    /** The header: every column, in order. */
    public static final List<String> COLUMNS = EventCsv.COLUMNS;

    private static final System.Logger LOG = System.getLogger(EventCsvObserver.class.getName());
    private static final int BUFFER_BYTES = 1 << 20;

    private final Path file;
    private final Writer out;
    private final CsvLine line = new CsvLine();
    private IOException failure;
    private boolean closed;

    EventCsvObserver(Path file, Writer out) {
        this.file = file;
        this.out = out;
    }

    /** Creates {@code folder} if needed, opens {@value #FILE} in it and writes the header. */
    public static EventCsvObserver open(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(FILE);
        Writer out = new OutputStreamWriter(new BufferedOutputStream(Files.newOutputStream(file), BUFFER_BYTES),
                StandardCharsets.UTF_8);
        EventCsvObserver observer = new EventCsvObserver(file, out);
        try {
            EventCsv.header(observer.line);
            observer.line.writeTo(out);
        } catch (IOException | RuntimeException e) {
            out.close();
            throw e;
        }
        return observer;
    }

    /** The file written. */
    public Path file() {
        return file;
    }

    @Override
    public void onOutcome(Event event, Outcome outcome, long responseNanos) {
        if (failure != null || closed) {
            return;
        }
        EventCsv.row(line, event, outcome, responseNanos);
        try {
            line.writeTo(out);
        } catch (IOException e) {
            failure = e;
            LOG.log(System.Logger.Level.WARNING, FILE + " in " + file.getParent() + " stopped: " + e.getMessage(), e);
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Flushes and closes the file; rethrows the first write failure, if any. Idempotent. */
    @Override
    public void onFinish(MetricsSnapshot finalSnapshot) throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        IOException error = failure;
        try {
            out.close();
        } catch (IOException e) {
            if (error == null) {
                error = e;
            } else {
                error.addSuppressed(e);
            }
        }
        if (error != null) {
            throw error;
        }
    }
}
