package io.bankingsim.cli;

import io.bankingsim.core.RunningSimulation;
import io.bankingsim.core.Simulation;
import io.bankingsim.core.SimulationException;
import io.bankingsim.core.SimulationResult;
import io.bankingsim.core.clock.Speed;
import io.bankingsim.core.metrics.RunSummary;
import io.bankingsim.core.scenario.Scenario;
import io.bankingsim.core.spi.PluginException;
import io.bankingsim.dashboard.DashboardObserver;
import io.bankingsim.dashboard.DashboardPlugins;
import io.bankingsim.dashboard.DashboardServer;
import io.bankingsim.dashboard.SimulationControl;
import io.bankingsim.dashboard.StartableControl;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Runs one scenario for the command line: builds the {@link Simulation} from the options and the
 * environment, shows the progress line while it runs, prints the summary on stdout at the end and
 * turns what happened into an exit code.
 *
 * <p>On Ctrl-C (SIGINT) a shutdown hook stops the run gracefully and waits, up to
 * {@value #STOP_TIMEOUT_SECONDS} s, until the events in flight have their outcomes, the output
 * files are flushed and the summary is printed; the exit code is then {@value BankingSim#INTERRUPTED}.
 *
 * <p>With {@code --dry-run} the events go to in-process mocks; otherwise to Nexum and Bastion over
 * HTTP (the {@code http} connector), which are checked before the run starts. One instance runs once; {@link #run()} is called on one thread, the hook
 * on another.
 */
final class RunCommand {

    /** How long Ctrl-C waits for the run to stop and its files to be complete. */
    static final long STOP_TIMEOUT_SECONDS = 30;

    /** The files a run writes into {@code --output}. */
    static final List<String> OUTPUT_FILES = List.of("events.jsonl", "outcomes.jsonl", "events.csv", "metrics.csv",
            "summary.json", "campaigns.csv", "nexum_ids.csv");

    private static final System.Logger LOG = System.getLogger(RunCommand.class.getName());

    /**
     * The command-line options of a run; null means "the scenario's own value".
     *
     * @param scenario a built-in name or a YAML file
     * @param dryRun whether to run on the in-process mocks
     * @param speed {@code --speed}
     * @param customers {@code --customers}
     * @param seed {@code --seed}
     * @param durationHours {@code --duration-hours}
     * @param output {@code --output}
     * @param outputFormats {@code --output-format}, or null for every format
     * @param dashboard {@code --dashboard} (or {@code --dashboard-port})
     * @param dashboardPort {@code --dashboard-port}, or null
     * @param waitForStart {@code --wait-for-start}: the run begins when Start is pressed on the dashboard
     * @param keepDashboard {@code --keep-dashboard}: the dashboard stays up after the run until Ctrl-C
     */
    record Options(String scenario, boolean dryRun, Speed speed, Integer customers, Long seed, Double durationHours,
                   Path output, java.util.Set<String> outputFormats, boolean dashboard, Integer dashboardPort,
                   boolean waitForStart, boolean keepDashboard) {
        Options {
            Objects.requireNonNull(scenario, "scenario");
        }
    }

    private final Options options;
    private final CliEnvironment environment;
    private final PrintStream out;
    private final ConsoleOutput console;
    private final CountDownLatch reported = new CountDownLatch(1);
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private volatile RunningSimulation running;
    private volatile StartableControl startable;
    private volatile boolean interrupted;

    RunCommand(Options options, CliEnvironment environment, PrintStream out, ConsoleOutput console) {
        this.options = Objects.requireNonNull(options, "options");
        this.environment = Objects.requireNonNull(environment, "environment");
        this.out = Objects.requireNonNull(out, "out");
        this.console = Objects.requireNonNull(console, "console");
    }

    /** Runs the scenario to its end (or until interrupted) and returns the exit code. */
    int run() {
        BackendUrls urls;
        try {
            urls = BackendUrls.from(environment);
        } catch (IllegalArgumentException e) {
            console.error(e.getMessage());
            return BankingSim.USAGE;
        }
        Simulation simulation;
        DashboardObserver dashboardFeed = null;
        try {
            simulation = builder(urls).build();
            if (options.dashboard() || simulation.scenario().dashboard().enabled()) {
                dashboardFeed = new DashboardObserver(DashboardPlugins.load());
                // the scenario as already read and overridden: not parsed a second time
                simulation = builder(urls).scenario(simulation.scenario()).observer(dashboardFeed).build();
            }
        } catch (SimulationException e) {
            return failed(e);
        } catch (IllegalStateException | PluginException e) {
            console.error("cannot load the dashboard's plugins: " + e.getMessage());
            return BankingSim.RUN_FAILED;
        }
        Integer dashboardPort;
        try {
            dashboardPort = dashboardFeed == null ? null : dashboardPort(simulation.scenario());
        } catch (IllegalArgumentException e) {
            console.error(e.getMessage());
            return BankingSim.USAGE;
        }
        if (options.output() != null) {
            try {
                Files.createDirectories(options.output());
            } catch (IOException e) {
                console.error("cannot create the output folder " + options.output() + ": " + e);
                return BankingSim.USAGE;
            }
        }
        logStart(simulation.scenario());
        Thread hook = new Thread(this::stopAndWait, "banking-sim-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        DashboardServer dashboard = null;
        try {
            if (options.waitForStart()) {
                startable = SimulationControl.startable(simulation);
                try {
                    dashboard = startDashboard(startable, simulation.scenario(), dashboardFeed, dashboardPort);
                } catch (RuntimeException e) {
                    return dashboardFailed(e);
                }
                console.line("Waiting for Start on the dashboard (or POST /api/control/start); Ctrl-C to quit.");
                running = awaitStart();
                if (running == null) {
                    console.error(interrupted ? "interrupted before the run started"
                            : "stopped on the dashboard before the run started");
                    return BankingSim.INTERRUPTED;
                }
                return keepServing(awaitAndReport(running), dashboard);
            }
            running = simulation.start();
            if (interrupted) {
                running.stop(); // Ctrl-C came while the world was being generated
            }
            if (dashboardFeed != null) {
                try {
                    dashboard = startDashboard(SimulationControl.of(running), running.scenario(), dashboardFeed,
                            dashboardPort);
                } catch (RuntimeException e) {
                    running.stop();
                    try {
                        running.await(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                    } catch (SimulationException | InterruptedException ignored) {
                        // the dashboard's failure is the one to report
                    }
                    return dashboardFailed(e);
                }
            }
            return keepServing(awaitAndReport(running), dashboard);
        } catch (SimulationException e) {
            return failed(e);
        } finally {
            if (dashboard != null) {
                dashboard.close();
            }
            reported.countDown();
            removeHook(hook);
        }
    }

    private Simulation.Builder builder(BackendUrls urls) {
        Simulation.Builder builder = Simulation.builder()
                .scenario(options.scenario())
                .connector(options.dryRun() ? "dry-run" : "http")
                .recordEvents(false)
                .observer(new ProgressLine(console))
                .customize(urls.override());
        if (options.seed() != null) {
            builder.seed(options.seed());
        }
        if (options.speed() != null) {
            builder.speed(options.speed());
        }
        if (options.customers() != null) {
            builder.customers(options.customers());
        }
        if (options.durationHours() != null) {
            builder.durationHours(options.durationHours());
        }
        if (options.output() != null) {
            builder.output(options.output());
        }
        if (options.outputFormats() != null) {
            builder.outputFormats(options.outputFormats());
        }
        return builder;
    }

    /** {@code --dashboard-port}, else DASHBOARD_PORT, else the scenario's {@code dashboard.port}. */
    private Integer dashboardPort(Scenario s) {
        if (options.dashboardPort() != null) {
            return options.dashboardPort();
        }
        String env = environment.get("DASHBOARD_PORT");
        if (env == null || env.isBlank()) {
            return s.dashboard().port();
        }
        try {
            return new Converters.Port().convert(env.strip()); // the same rule as --dashboard-port
        } catch (picocli.CommandLine.TypeConversionException e) {
            throw new IllegalArgumentException("DASHBOARD_PORT must be a port number 0 to 65535, not '" + env + "'", e);
        }
    }

    /** Serves the dashboard on the run; prints where, and the token when one is needed. */
    private DashboardServer startDashboard(SimulationControl control,
            Scenario s, DashboardObserver feed, int port) {
        DashboardServer.Builder b = DashboardServer.builder()
                .control(control).observer(feed)
                .host(s.dashboard().host()).port(port)
                .backends(options.dryRun() ? "dry run" : backends(s));
        String token = environment.get("DASHBOARD_TOKEN");
        if (token != null && !token.isBlank()) {
            b.token(token.strip());
        }
        DashboardServer server = b.start();
        console.line("Dashboard: " + shownUrl(server));
        if (token == null || token.isBlank()) {
            server.token().ifPresent(t -> console.line("Dashboard control token (Authorization: Bearer): " + t));
        }
        return server;
    }

    /** The page's URL to give the user: on every interface (0.0.0.0, ::), this machine's name instead. */
    private static String shownUrl(DashboardServer server) {
        String h = server.host().replace("[", "").replace("]", "");
        if (!h.equals("0.0.0.0") && !h.equals("::")) {
            return server.url();
        }
        String name;
        try {
            name = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            name = "localhost";
        }
        return "http://" + name + ":" + server.port() + "/ (on every interface)";
    }

    /** The systems under test, for the log and the dashboard: {@code Nexum <url>, Bastion <url>}. */
    private static String backends(Scenario s) {
        return "Nexum " + s.connections().nexumUrl() + ", Bastion " + s.connections().bastionUrl();
    }

    private void logStart(Scenario s) {
        LOG.log(System.Logger.Level.INFO, () -> String.format(
                "running '%s' from %s: seed %d, %d customers, %s of virtual time from %s, speed %s, %s%s",
                s.name(), s.source(), s.seed(), s.customers(), s.duration(), s.start(), s.speed(),
                options.dryRun() ? "dry-run" : backends(s) + ", flow " + s.connections().flow().id(),
                options.output() == null ? "" : ", output to " + options.output().toAbsolutePath()));
    }

    private int awaitAndReport(RunningSimulation run) throws SimulationException {
        SimulationResult result;
        try {
            result = run.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            run.stop();
            console.error("interrupted; the run was asked to stop");
            return BankingSim.INTERRUPTED;
        } finally {
            console.endStatus();
        }
        Scenario s = result.scenario();
        out.print(RunSummary.toText(result.metrics(), s.name(), s.seed()));
        if (options.output() != null) {
            out.println("Output files in " + options.output().toAbsolutePath() + ": "
                    + String.join(", ", writtenFiles(options.output())));
        }
        out.flush();
        if (interrupted || !result.completed()) {
            LOG.log(System.Logger.Level.WARNING, "the run was stopped before the end of the scenario");
            return BankingSim.INTERRUPTED;
        }
        LOG.log(System.Logger.Level.INFO, "run finished");
        return BankingSim.OK;
    }

    private int failed(SimulationException e) {
        console.endStatus();
        console.error(e.getMessage());
        LOG.log(System.Logger.Level.DEBUG, "details", e);
        return e.isBadInput() ? BankingSim.USAGE : BankingSim.RUN_FAILED;
    }

    /** With {@code --keep-dashboard}: after the run, serves its final state until Ctrl-C; returns {@code code}. */
    private int keepServing(int code, DashboardServer dashboard) {
        if (options.keepDashboard() && dashboard != null && !interrupted) {
            console.line("The run is over; the dashboard stays up at " + dashboard.url() + " until Ctrl-C.");
            try {
                stopRequested.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return code;
    }

    /**
     * Waits until the dashboard starts the run; null when it was stopped first (Stop on the
     * dashboard, or Ctrl-C, which stops {@link #startable}). A failed start is the dashboard's 409.
     */
    private RunningSimulation awaitStart() {
        try {
            return startable.started().get();
        } catch (CancellationException | ExecutionException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private int dashboardFailed(RuntimeException e) {
        console.error("cannot serve the dashboard: " + e.getMessage() + " (choose another port with"
                + " --dashboard-port or DASHBOARD_PORT)");
        return BankingSim.RUN_FAILED;
    }

    /** The shutdown hook: stop the run, then wait until its files and the summary are out. */
    private void stopAndWait() {
        interrupted = true;
        stopRequested.countDown();
        RunningSimulation run = running;
        StartableControl waiting = startable;
        if (run != null) {
            run.stop();
        } else if (waiting != null) {
            waiting.stop(); // not begun yet: cancels the wait for Start
        }
        try {
            if (!reported.await(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                console.error("the run did not stop within " + STOP_TIMEOUT_SECONDS
                        + " s; its output files may be incomplete");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is shutting down (Ctrl-C): the hook is running and waits for this thread.
        }
    }

    private static List<String> writtenFiles(Path dir) {
        List<String> files = new ArrayList<>();
        for (String name : OUTPUT_FILES) {
            Path file = dir.resolve(name);
            try {
                if (Files.isRegularFile(file)) {
                    files.add(name + " (" + Files.size(file) + " bytes)");
                }
            } catch (IOException e) {
                files.add(name + " (unreadable: " + e.getMessage() + ")");
            }
        }
        return files;
    }
}
