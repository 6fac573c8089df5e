package io.bankingsim.cli;

import io.bankingsim.connectors.stub.BastionStub;
import io.bankingsim.connectors.stub.NexumStub;
import io.bankingsim.connectors.stub.StubServers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;

/**
 * {@code banking-sim stub}: runs the stub servers of Nexum and Bastion (docs/stubs.md) until
 * Ctrl-C (or, in-process, until the calling thread is interrupted), then closes them and returns
 * {@value BankingSim#OK}. Prints the URLs and the lines to paste in another shell. A port that
 * cannot be bound is exit code {@value BankingSim#RUN_FAILED}; a bad option value
 * {@value BankingSim#USAGE}. One instance per command line; not thread-safe.
 */
@Command(name = "stub", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = {"Runs stand-ins of Nexum and Bastion on their real APIs, with fault injection.",
            "Auth and rate limit included, for a full integration on this machine.",
            "Serves until Ctrl-C; the stubs keep their data in memory only.", "See docs/stubs.md."})
final class StubCommand implements Callable<Integer> {

    /** How long Ctrl-C waits for the stubs to close. */
    static final long STOP_TIMEOUT_SECONDS = 10;

    /** The stubs' own log: a run in the same folder keeps banking_simulator.log to itself. */
    static final String LOG_FILE = "banking_sim_stub.log";

    @Option(names = "--nexum-port", paramLabel = "N", converter = Converters.Port.class, defaultValue = "8090",
            description = "Nexum stub's port, 0 for any free one. Default: ${DEFAULT-VALUE}.")
    private int nexumPort;

    @Option(names = "--bastion-port", paramLabel = "N", converter = Converters.Port.class, defaultValue = "8080",
            description = "Bastion stub's port, 0 for any free one. Default: ${DEFAULT-VALUE}.")
    private int bastionPort;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address both stubs listen on. Default: ${DEFAULT-VALUE} (this machine only).")
    private String host;

    @Option(names = "--no-auth", description = "Nexum needs no bearer token (login still answers one).")
    private boolean noAuth;

    @Option(names = "--username", paramLabel = "U",
            description = "Nexum's user. Default: NEXUM_USERNAME, else simulator.")
    private String username;

    @Option(names = "--password", paramLabel = "P",
            description = "Nexum's password. Default: NEXUM_PASSWORD, else simulator.")
    private String password;

    @Option(names = "--rate-limit", paramLabel = "N", converter = Converters.NonNegativeInt.class, defaultValue = "0",
            description = "Nexum's limit in requests per minute per client IP; 0 for none. Default: ${DEFAULT-VALUE}.")
    private int rateLimit;

    @Option(names = "--token-ttl-seconds", paramLabel = "N", converter = Converters.PositiveLong.class, defaultValue = "86400",
            description = "How long a Nexum token is valid. Default: ${DEFAULT-VALUE} (24 h).")
    private long tokenTtlSeconds;

    @Option(names = "--latency-ms", paramLabel = "N", converter = Converters.NonNegativeLong.class, defaultValue = "0",
            description = "Milliseconds added before every answer (not /health). Default: ${DEFAULT-VALUE}.")
    private long latencyMs;

    @Option(names = "--error-rate", paramLabel = "R", converter = Converters.Fraction.class, defaultValue = "0",
            description = "Fraction of requests answered 503 without effect (not /health, not the login)."
                    + " Default: ${DEFAULT-VALUE}.")
    private double errorRate;

    @Option(names = "--timeout-rate", paramLabel = "R", converter = Converters.Fraction.class, defaultValue = "0",
            description = "Fraction of requests that hang for --hang-ms: half are processed and answered late,"
                    + " half answered 504 unprocessed. Default: ${DEFAULT-VALUE}.")
    private double timeoutRate;

    @Option(names = "--hang-ms", paramLabel = "N", converter = Converters.NonNegativeLong.class, defaultValue = "60000",
            description = "How long a hanging request hangs. Default: ${DEFAULT-VALUE}.")
    private long hangMs;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "0",
            description = "Seeds the faults, ids and token secret. Default: ${DEFAULT-VALUE}.")
    private long seed;

    @Option(names = "--post-only", description = "Nexum calls Bastion's /score before posting and refuses a decline"
            + " (the post_only flow).")
    private boolean postOnly;

    @Option(names = "--no-feedback", description = "Bastion answers /feedback with 404 (unsupported).")
    private boolean noFeedback;

    @Spec
    private CommandSpec spec;

    private final CliEnvironment environment;
    private final PrintStream out;
    private final PrintStream err;
    /** Counted down when the stubs are closed and the log file too: the Ctrl-C hook waits for it. */
    private final CountDownLatch done = new CountDownLatch(1);

    StubCommand(CliEnvironment environment, PrintStream out, PrintStream err) {
        this.environment = environment;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        if (errorRate + timeoutRate > 1) {
            throw usage("--error-rate plus --timeout-rate must be at most 1 (they are fractions of all requests), not "
                    + errorRate + " + " + timeoutRate);
        }
        if (nexumPort != 0 && nexumPort == bastionPort) {
            throw usage("--nexum-port and --bastion-port must differ (both are " + nexumPort + ")");
        }
        Level level;
        try {
            level = LoggingSetup.levelOf(environment.get("LOG_LEVEL"), false);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        ConsoleOutput console = new ConsoleOutput(err, environment.terminal());
        LoggingSetup logging = LoggingSetup.install(level, console,
                environment.workingDir().resolve(LOG_FILE)); // Helidon's INFO lines about sockets: quieted there
        try {
            return serve(console);
        } finally {
            logging.close();
            done.countDown();
        }
    }

    private int serve(ConsoleOutput console) {
        String user = username != null ? username : orDefault(environment.get("NEXUM_USERNAME"));
        String pass = password != null ? password : orDefault(environment.get("NEXUM_PASSWORD"));
        NexumStub.Options nexum = NexumStub.Options.builder().host(host).port(nexumPort).auth(!noAuth).username(user)
                .password(pass).tokenTtl(Duration.ofSeconds(tokenTtlSeconds)).rateLimitPerMinute(rateLimit)
                .latencyMs(latencyMs).errorRate(errorRate).timeoutRate(timeoutRate).hangMs(hangMs).seed(seed).build();
        BastionStub.Options bastion = BastionStub.Options.builder().host(host).port(bastionPort).latencyMs(latencyMs)
                .errorRate(errorRate).timeoutRate(timeoutRate).hangMs(hangMs).seed(seed)
                .feedbackSupported(!noFeedback).build();
        StubServers stubs;
        try {
            stubs = StubServers.start(nexum, bastion, postOnly);
        } catch (UncheckedIOException e) {
            console.error(e.getMessage());
            return BankingSim.RUN_FAILED;
        }
        CountDownLatch stop = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.countDown();
            awaitQuietly(done);
        }, "banking-sim-stub-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            printBanner(stubs, user, pass);
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            stubs.close();
            out.println("Stubs stopped.");
            out.flush();
            removeHook(hook);
        }
        return BankingSim.OK;
    }

    private void printBanner(StubServers stubs, String user, String pass) {
        URI nexumUrl = stubs.nexum().url();
        URI bastionUrl = stubs.bastion().url();
        out.printf(Locale.ROOT, "Nexum stub    %s  (auth %s, rate limit %s)%n", nexumUrl,
                noAuth ? "off" : "on, user " + user, rateLimit == 0 ? "off" : rateLimit + " per minute per IP");
        out.printf(Locale.ROOT, "Bastion stub  %s  (feedback %s%s)%n", bastionUrl, noFeedback ? "off" : "on",
                postOnly ? "; Nexum calls Bastion before posting" : "");
        if (latencyMs > 0 || errorRate > 0 || timeoutRate > 0) {
            out.printf(Locale.ROOT,
                    "Faults        latency %d ms, error rate %s, timeout rate %s (hang %d ms), seed %d%n", latencyMs,
                    errorRate, timeoutRate, hangMs, seed);
        }
        out.println("In another shell:");
        out.println("export NEXUM_URL=" + shellWord(nexumUrl.toString()));
        out.println("export BASTION_URL=" + shellWord(bastionUrl.toString()));
        out.println("export NEXUM_USERNAME=" + shellWord(user) + " NEXUM_PASSWORD=" + shellWord(pass));
        out.println("Serving until Ctrl-C.");
        out.flush();
    }

    private static String orDefault(String value) {
        return value == null ? "simulator" : value;
    }

    /** The value as one shell word: as is when safe, else in single quotes. */
    static String shellWord(String value) {
        if (!value.isEmpty() && value.matches("[A-Za-z0-9_./:@%+=,-]+")) {
            return value;
        }
        return "'" + value.replace("'", "'\\''") + "'";
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
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

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
