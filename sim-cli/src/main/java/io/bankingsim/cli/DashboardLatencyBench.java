package io.bankingsim.cli;

import io.bankingsim.core.RunningSimulation;
import io.bankingsim.core.Simulation;
import io.bankingsim.core.SimulationException;
import io.bankingsim.core.clock.Speed;
import io.bankingsim.core.scenario.Scenario;
import io.bankingsim.dashboard.DashboardObserver;
import io.bankingsim.dashboard.DashboardServer;
import io.bankingsim.dashboard.SimulationControl;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * {@code bench dashboard}: the live dashboard's event-to-client latency. Runs a dry-run
 * simulation with the dashboard served on an ephemeral loopback port, connects WebSocket clients
 * that subscribe as the page does, and measures for each transaction they receive in a
 * {@code transaction_feed} the time from the engine handing its outcome to the observers to the
 * client having the whole message. With {@code browsers} > 0 it also opens real headless Chromium
 * pages ({@link BrowserProbe}) and measures the time to the transaction's row on their screen.
 * Also measures the CPU the process used meanwhile.
 *
 * <p>Not thread-safe; one run per call of {@link #run}.
 */
final class DashboardLatencyBench {

    /** Stamps older than this are forgotten (a latency above it shows as unmatched). */
    private static final long STAMP_LIFETIME_NANOS = TimeUnit.SECONDS.toNanos(10);

    private static final String BROADCASTER_THREAD = "dashboard-broadcaster";

    /**
     * What to run.
     *
     * @param scenario a built-in scenario name or a YAML file
     * @param clients WebSocket clients, 1 or more
     * @param warmUp how long the clients read before measuring starts (JIT compilation of the
     *     server's and the clients' paths would otherwise dominate the tail)
     * @param measure how long to measure
     * @param speed the pace, or null for ten times the scenario's own
     * @param customers customers, or null for the scenario's
     * @param pushInterval the dashboard's push interval
     * @param browsers headless Chromium pages to open besides the WebSocket clients (0 for none)
     */
    record Settings(String scenario, int clients, Duration warmUp, Duration measure, Speed speed, Integer customers,
                    Duration pushInterval, int browsers) {
    }

    /**
     * What was measured.
     *
     * @param scenario the scenario as run (its speed is the pace used)
     * @param latencyMicros outcome-to-client latency of every feed item received, in microseconds
     * @param itemsPerClient feed items each client measured
     * @param unmatched feed items received without a stamp
     * @param dropped for each client that the server disconnected, why
     * @param transactions transactions whose outcome arrived during the measurement
     * @param seconds wall seconds measured
     * @param processCpuNanos CPU time of the whole process during the measurement, or -1 if unknown
     * @param broadcasterCpuNanos CPU time of the dashboard's push thread, or -1 if unknown
     * @param browserLatencyMicros outcome-to-screen latency of every row the browsers drew, in microseconds
     * @param browserReceivedMicros outcome-to-browser latency (message handled) of the same rows
     * @param browserItems rows the browsers reported
     * @param browserUnmatched rows reported without a stamp (their outcome is older than the stamps kept)
     * @param browserFailures browsers that exited early, with where their log is
     */
    record Result(Scenario scenario, Histogram latencyMicros, long[] itemsPerClient, long unmatched,
                  List<String> dropped, long transactions, double seconds, long processCpuNanos,
                  long broadcasterCpuNanos, Histogram browserLatencyMicros, Histogram browserReceivedMicros,
                  long browserItems, long browserUnmatched, List<String> browserFailures) {
    }

    private DashboardLatencyBench() {
    }

    /** Runs the bench; returns once the run has stopped and the server is closed. */
    static Result run(Settings settings) throws SimulationException, InterruptedException, IOException {
        OutcomeStamps stamps = new OutcomeStamps();
        BrowserProbe probe = new BrowserProbe(stamps);
        Path chromium = settings.browsers() > 0 ? BrowserProbe.chromium() : null;
        DashboardObserver feed = new DashboardObserver(settings.browsers() > 0 ? List.of(probe) : List.of());
        Simulation.Builder builder = Simulation.builder().scenario(settings.scenario()).connector("dry-run")
                .recordEvents(false).observer(stamps).observer(feed);
        if (settings.customers() != null) {
            builder.customers(settings.customers());
        }
        if (settings.speed() != null) {
            builder.speed(settings.speed());
        } else {
            builder.customize(s -> s.speed().isMax() ? s
                    : s.withSpeed(Speed.of(Math.min(s.speed().multiplier() * 10, Scenario.MAX_SPEED))));
        }
        Simulation simulation = builder.build();
        RunningSimulation running = simulation.start();
        Recorder recorder = new Recorder(3);
        List<FeedLatencyClient> clients = new ArrayList<>();
        try (probe; ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
             HttpClient http = HttpClient.newBuilder().executor(executor).build();
             DashboardServer server = DashboardServer.builder().control(SimulationControl.of(running))
                     .observer(feed).port(0).pushInterval(settings.pushInterval()).backends("dry run").start()) {
            for (int i = 0; i < settings.clients(); i++) {
                clients.add(FeedLatencyClient.connect(http, server.port(), stamps, recorder));
            }
            if (chromium != null) {
                probe.open(chromium, server.url(), settings.browsers());
            }
            sleepWhileRunning(running, stamps, settings.warmUp());
            recorder.reset();
            clients.forEach(FeedLatencyClient::startRecording);
            probe.startRecording();
            long cpu0 = processCpuNanos();
            long push0 = broadcasterCpuNanos();
            long seen0 = feed.transactionsSeen();
            long start = System.nanoTime();
            sleepWhileRunning(running, stamps, settings.measure());
            clients.forEach(FeedLatencyClient::stopRecording);
            probe.stopRecording();
            double seconds = (System.nanoTime() - start) / 1e9;
            long transactions = feed.transactionsSeen() - seen0;
            long cpu = cpu0 < 0 ? -1 : processCpuNanos() - cpu0;
            long push = push0 < 0 ? -1 : broadcasterCpuNanos() - push0;
            Histogram latency = recorder.getIntervalHistogram();
            long[] items = new long[clients.size()];
            long unmatched = 0;
            List<String> dropped = new ArrayList<>();
            for (int i = 0; i < items.length; i++) {
                FeedLatencyClient c = clients.get(i);
                items[i] = c.items();
                unmatched += c.unmatched();
                if (c.dropped() != null) {
                    dropped.add("client " + (i + 1) + " " + c.dropped());
                }
            }
            return new Result(running.scenario(), latency, items, unmatched, List.copyOf(dropped), transactions,
                    seconds, cpu, push, probe.drawnLatency(), probe.receivedLatency(), probe.items(), probe.unmatched(),
                    probe.failures());
        } finally {
            clients.forEach(FeedLatencyClient::close);
            running.stop();
            running.await(30, TimeUnit.SECONDS);
        }
    }

    /** Waits {@code time} or until the run ends, forgetting old stamps once a second. */
    private static void sleepWhileRunning(RunningSimulation running, OutcomeStamps stamps, Duration time)
            throws InterruptedException {
        long end = System.nanoTime() + time.toNanos();
        while (System.nanoTime() < end && !running.isDone()) {
            Thread.sleep(Math.min(1_000, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
            stamps.forgetOlderThan(STAMP_LIFETIME_NANOS);
        }
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    /** CPU time of the push thread(s) alive now, or -1 if the JVM cannot tell. */
    private static long broadcasterCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (!threads.isThreadCpuTimeSupported()) {
            return -1;
        }
        long sum = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals(BROADCASTER_THREAD)) {
                sum += Math.max(0, threads.getThreadCpuTime(t.threadId()));
            }
        }
        return sum;
    }
}
