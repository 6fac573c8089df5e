package io.bankingsim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bankingsim.dashboard.DashboardContext;
import io.bankingsim.dashboard.DashboardPlugin;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import org.HdrHistogram.Recorder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * For {@code bench dashboard --browsers N}: real headless Chromium pages on the dashboard, and the
 * dashboard plug-in ({@code latency-probe}) they report to. A page opened with {@code ?probe}
 * posts, for each transaction row it drew, the wall-clock time after the paint
 * ({@code performance.timeOrigin + performance.now()}); this class turns that into the latency
 * from the outcome's stamp ({@link OutcomeStamps}) to the row on screen. Browser and simulator run
 * on the same machine, so they share the wall clock (to well under a millisecond on Linux).
 *
 * <p>Thread-safety: the route runs on the server's threads; the recorder is thread-safe.
 */
final class BrowserProbe implements DashboardPlugin, AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--disable-quic", "--mute-audio", "--window-size=1440,1000");

    private final OutcomeStamps stamps;
    private final Recorder drawn = new Recorder(3);
    private final Recorder received = new Recorder(3);
    private final long epochNanosAtZero; // wall-clock nanos when System.nanoTime() was 0
    private final AtomicLong items = new AtomicLong();
    private final AtomicLong unmatched = new AtomicLong();
    private final List<Process> browsers = new ArrayList<>();
    private final List<Path> folders = new ArrayList<>();
    private volatile boolean recording;

    BrowserProbe(OutcomeStamps stamps) {
        this.stamps = stamps;
        long nano = System.nanoTime();
        Instant now = Instant.now();
        this.epochNanosAtZero = now.getEpochSecond() * 1_000_000_000L + now.getNano() - nano;
    }

    /** The Chromium binary: {@code BSIM_CHROMIUM}, else /usr/bin/chromium. */
    static Path chromium() {
        String given = System.getenv("BSIM_CHROMIUM");
        Path p = Path.of(given == null || given.isBlank() ? "/usr/bin/chromium" : given.strip());
        if (!Files.isExecutable(p)) {
            throw new IllegalStateException("--browsers needs headless Chromium at " + p
                    + ": install it with `bash scripts/browser.sh` (Debian's chromium), or set BSIM_CHROMIUM");
        }
        return p;
    }

    /** Opens {@code count} headless Chromium pages on {@code pageUrl} with the probe on. */
    void open(Path chromium, String pageUrl, int count) throws IOException {
        for (int i = 0; i < count; i++) {
            Path folder = Files.createTempDirectory("banking-sim-bench-browser");
            folders.add(folder);
            List<String> command = new ArrayList<>();
            command.add(chromium.toString());
            command.addAll(FLAGS);
            command.add("--user-data-dir=" + folder.resolve("profile"));
            command.add(pageUrl + "?probe");
            browsers.add(new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(folder.resolve("chromium.log").toFile()).start());
        }
    }

    void startRecording() {
        received.reset();
        drawn.reset();
        items.set(0);
        unmatched.set(0);
        recording = true;
    }

    void stopRecording() {
        recording = false;
    }

    long items() {
        return items.get();
    }

    long unmatched() {
        return unmatched.get();
    }

    /** Browsers that have exited (crashed or refused to start), with the tail of their log. */
    List<String> failures() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < browsers.size(); i++) {
            if (!browsers.get(i).isAlive()) {
                out.add("browser " + (i + 1) + " exited with " + browsers.get(i).exitValue() + " (log: "
                        + folders.get(i).resolve("chromium.log") + ")");
            }
        }
        return out;
    }

    @Override
    public String id() {
        return "latency-probe";
    }

    @Override
    public void routing(HttpRules rules, DashboardContext context) {
        rules.post("/samples", (req, res) -> {
            JsonNode samples = JSON.readTree(req.content().as(String.class));
            if (!samples.isArray()) {
                res.status(Status.BAD_REQUEST_400).send("expected [[event_id, received_epoch_millis, drawn_epoch_millis], ...]");
                return;
            }
            for (JsonNode s : samples) {
                record(s.path(0).asText(), s.path(1).asDouble(), s.path(2).asDouble());
            }
            res.status(Status.NO_CONTENT_204).send();
        });
    }

    private void record(String eventId, double receivedMillis, double drawnMillis) {
        if (!recording) {
            return;
        }
        long stamp = stamps.stampOf(eventId);
        if (stamp == 0) {
            unmatched.incrementAndGet();
            return;
        }
        received.recordValue(micros(receivedMillis, stamp));
        drawn.recordValue(micros(drawnMillis, stamp));
        items.incrementAndGet();
    }

    /** Microseconds from {@code stamp} (nanoTime) to the browser's wall-clock {@code epochMillis}. */
    private long micros(double epochMillis, long stamp) {
        long nano = (long) (epochMillis * 1_000_000.0) - epochNanosAtZero;
        return Math.max(0, TimeUnit.NANOSECONDS.toMicros(nano - stamp));
    }

    /** Outcome-to-arrival latency in the browsers (the WebSocket message handled), since recording began. */
    org.HdrHistogram.Histogram receivedLatency() {
        return received.getIntervalHistogram();
    }

    /** Outcome-to-screen latency in the browsers (the row painted), since recording began. */
    org.HdrHistogram.Histogram drawnLatency() {
        return drawn.getIntervalHistogram();
    }

    /** Ends the browsers and deletes their profiles. */
    @Override
    public void close() {
        boolean keepLogs = !failures().isEmpty();
        for (Process p : browsers) {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
        }
        for (Process p : browsers) {
            try {
                if (!p.waitFor(5, TimeUnit.SECONDS)) {
                    p.descendants().forEach(ProcessHandle::destroyForcibly);
                    p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        browsers.clear();
        if (keepLogs) {
            folders.clear();
            return;
        }
        for (Path folder : folders) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (IOException e) {
                // a temp folder left behind is harmless
            }
        }
        folders.clear();
    }
}
