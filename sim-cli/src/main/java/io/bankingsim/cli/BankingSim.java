package io.bankingsim.cli;

import io.bankingsim.core.clock.Speed;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.logging.Level;

/**
 * The {@code banking-sim} command line: parses the options, sets up logging and hands over to
 * {@link ScenarioCommands} (list, validate) or {@link RunCommand} (run a scenario).
 *
 * <p>Exit codes: {@value #OK} success, {@value #RUN_FAILED} the run itself failed,
 * {@value #USAGE} bad usage or an invalid scenario, {@value #INTERRUPTED} the run was interrupted
 * (Ctrl-C) and stopped cleanly. Only {@link #main} calls {@link System#exit}; everything else
 * returns an exit code, so that {@link #execute} can run the whole program in-process.
 *
 * <p>One instance parses one command line; not thread-safe.
 */
@Command(name = "banking-sim", mixinStandardHelpOptions = true, versionProvider = BankingSim.Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = "Simulates a bank, its customers and attacks on it, on a virtual clock.",
        footerHeading = "%nEnvironment:%n",
        footer = {
            "  NEXUM_URL    Nexum's base URL (overrides connections.nexum_url)",
            "  BASTION_URL  Bastion's base URL (overrides connections.bastion_url)",
            "  NEXUM_USERNAME, NEXUM_PASSWORD  Nexum's log-in",
            "  DASHBOARD_PORT   the dashboard's port; DASHBOARD_TOKEN  its control token",
            "  LOG_LEVEL    ERROR, WARN, INFO (default), DEBUG or TRACE",
            "",
            "Logs go to stderr and to banking_simulator.log in the current directory.",
            "Exit codes: 0 success, 1 the run failed, 2 bad usage or an invalid",
            "scenario, 130 interrupted (Ctrl-C)."})
public final class BankingSim implements Callable<Integer> {

    /** The command succeeded. */
    public static final int OK = 0;
    /** The run itself failed. */
    public static final int RUN_FAILED = 1;
    /** Bad usage or an invalid scenario. */
    public static final int USAGE = 2;
    /** The run was interrupted (SIGINT) and stopped cleanly. */
    public static final int INTERRUPTED = 130;

    /** The log file, in the current directory. */
    static final String LOG_FILE = "banking_simulator.log";

    @Option(names = "--scenario", paramLabel = "NAME|FILE",
            description = "A built-in scenario (see --list-scenarios) or a scenario YAML file.")
    private String scenario;

    @Option(names = "--list-scenarios", description = "Lists the built-in scenarios and exits.")
    private boolean listScenarios;

    @Option(names = "--validate-scenario", paramLabel = "FILE|NAME",
            description = "Checks a scenario file (or a built-in scenario), prints every problem found, and exits.")
    private Path validateScenario;

    @Option(names = "--dry-run",
            description = "Runs standalone on in-process mocks of Nexum and Bastion (no network).")
    private boolean dryRun;

    @Option(names = "--dashboard",
            description = "Serves the live dashboard while the run goes (http://127.0.0.1:8095 by default).")
    private boolean dashboard;

    @Option(names = "--dashboard-port", paramLabel = "N", converter = Converters.Port.class,
            description = "The dashboard's port (0 for any free one). Default: DASHBOARD_PORT, else the scenario's"
                    + " dashboard.port (8095).")
    private Integer dashboardPort;

    @Option(names = "--wait-for-start",
            description = "With --dashboard: serve the dashboard first and begin the run when Start is pressed there.")
    private boolean waitForStart;

    @Option(names = "--keep-dashboard",
            description = "With --dashboard: after the run, keep serving the dashboard (its final state) until Ctrl-C.")
    private boolean keepDashboard;

    @Option(names = "--speed", paramLabel = "N|max", converter = Converters.SpeedValue.class,
            description = "Virtual seconds per wall second, or max (as fast as possible). Default: the scenario's.")
    private Speed speed;

    @Option(names = "--customers", paramLabel = "N", converter = Converters.PositiveInt.class,
            description = "Number of customers (1 or more). Default: the scenario's.")
    private Integer customers;

    @Option(names = "--seed", paramLabel = "N",
            description = "Random seed: the same seed gives the same events. Default: the scenario's.")
    private Long seed;

    @Option(names = "--duration-hours", paramLabel = "H", converter = Converters.PositiveHours.class,
            description = "Virtual hours to simulate (more than 0, fractions allowed). Default: the scenario's.")
    private Double durationHours;

    @Option(names = "--output", paramLabel = "DIR",
            description = "Writes events.jsonl, outcomes.jsonl, events.csv, metrics.csv, summary.json and campaigns.csv into DIR.")
    private Path output;

    @Option(names = "--output-format", paramLabel = "FORMAT", split = ",",
            description = "Which event logs --output writes: jsonl (events.jsonl, outcomes.jsonl), csv (events.csv),"
                    + " or both (the default). The CSV costs about a third of the throughput.")
    private java.util.List<String> outputFormats;

    @Option(names = "--verbose", description = "Debug logging (same as LOG_LEVEL=DEBUG).")
    private boolean verbose;

    @Spec
    private CommandSpec spec;

    private final CliEnvironment environment;
    private final PrintStream out;
    private final PrintStream err;

    private BankingSim(CliEnvironment environment, PrintStream out, PrintStream err) {
        this.environment = environment;
        this.out = out;
        this.err = err;
    }

    /** Runs the program and exits the JVM with its exit code. */
    public static void main(String[] args) {
        if (System.getProperty("java.util.logging.manager") == null) {
            System.setProperty("java.util.logging.manager", ShutdownSafeLogManager.class.getName());
        }
        int code = execute(args, System.out, System.err, CliEnvironment.system());
        System.out.flush();
        System.exit(code);
    }

    /**
     * Runs the program in-process, with the process's environment and working directory.
     *
     * @return the exit code
     */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        return execute(args, out, err, CliEnvironment.system());
    }

    /**
     * Runs the program in-process in the given environment (tests give their own variables and a
     * temporary working directory for the log file).
     *
     * @return the exit code
     */
    static int execute(String[] args, PrintStream out, PrintStream err, CliEnvironment environment) {
        CommandLine cmd = new CommandLine(new BankingSim(environment, out, err));
        cmd.addSubcommand("bench", BenchCommand.command(out));
        cmd.addSubcommand("stub", new StubCommand(environment, out, err));
        cmd.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cmd.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cmd.setColorScheme(CommandLine.Help.defaultColorScheme(
                environment.terminal() ? CommandLine.Help.Ansi.AUTO : CommandLine.Help.Ansi.OFF));
        cmd.setParameterExceptionHandler(BankingSim::usageError);
        cmd.setExecutionExceptionHandler((e, c, parsed) -> {
            c.getErr().println("banking-sim: unexpected failure: " + e);
            e.printStackTrace(c.getErr());
            return RUN_FAILED;
        });
        return cmd.execute(args);
    }

    private static int usageError(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("banking-sim: " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for the options.");
        err.flush();
        return USAGE;
    }

    @Override
    public Integer call() {
        int modes = (scenario != null ? 1 : 0) + (listScenarios ? 1 : 0) + (validateScenario != null ? 1 : 0);
        if (modes == 0) {
            throw usage("name a scenario with --scenario NAME|FILE, or use --list-scenarios or"
                    + " --validate-scenario FILE");
        }
        if (modes > 1) {
            throw usage("--scenario, --list-scenarios and --validate-scenario cannot be combined: use one");
        }
        Level level;
        try {
            level = LoggingSetup.levelOf(environment.get("LOG_LEVEL"), verbose);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        ConsoleOutput console = new ConsoleOutput(err, environment.terminal());
        LoggingSetup logging = LoggingSetup.install(level, console, environment.workingDir().resolve(LOG_FILE));
        try {
            if (listScenarios) {
                return ScenarioCommands.list(out, err);
            }
            if (validateScenario != null) {
                return ScenarioCommands.validate(validateScenario, out, err);
            }
            if ((waitForStart || keepDashboard) && !dashboard && dashboardPort == null) {
                err.println("banking-sim: " + (waitForStart ? "--wait-for-start" : "--keep-dashboard")
                        + " needs --dashboard (or --dashboard-port)");
                err.flush();
                return USAGE;
            }
            RunCommand.Options options = new RunCommand.Options(scenario, dryRun, speed, customers, seed,
                    durationHours, output, formats(), dashboard || dashboardPort != null, dashboardPort, waitForStart,
                    keepDashboard);
            return new RunCommand(options, environment, out, console).run();
        } finally {
            logging.close();
        }
    }

    /** The --output-format values, checked; null when not given. */
    private java.util.Set<String> formats() {
        if (outputFormats == null) {
            return null;
        }
        java.util.Set<String> formats = new java.util.LinkedHashSet<>();
        for (String f : outputFormats) {
            String format = f.strip().toLowerCase(java.util.Locale.ROOT);
            if (!io.bankingsim.core.spi.RunContext.FORMATS.contains(format)) {
                throw usage("--output-format: unknown format '" + f + "'; allowed: jsonl, csv (e.g. --output-format"
                        + " jsonl,csv)");
            }
            formats.add(format);
        }
        if (output == null) {
            throw usage("--output-format needs --output DIR: it says which event logs go there");
        }
        return formats;
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** The version from the build, for {@code --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"banking-sim " + version(), "Java " + Runtime.version() + " ("
                    + System.getProperty("java.vendor", "unknown vendor") + ")"};
        }

        static String version() {
            Properties properties = new Properties();
            try (InputStream in = BankingSim.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            } catch (IOException e) {
                return "unknown";
            }
            return properties.getProperty("version", "unknown");
        }
    }
}
