package io.bankingsim.cli;

import io.bankingsim.core.SimulationException;
import io.bankingsim.core.clock.Speed;
import io.bankingsim.core.scenario.Scenario;
import io.bankingsim.generators.standard.PopulationBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code banking-sim bench population}: builds and onboards a population and prints customers per
 * second and heap per 100,000 customers. {@code banking-sim bench dashboard}: the live dashboard's
 * event-to-client latency. One instance per command line; not thread-safe.
 */
@Command(name = "bench", description = "Benchmarks; see docs/performance.md.", mixinStandardHelpOptions = true)
final class BenchCommand {

    /** The bench command with its benchmarks, printing to {@code out}. */
    static picocli.CommandLine command(PrintStream out) {
        picocli.CommandLine bench = new picocli.CommandLine(new BenchCommand());
        bench.addSubcommand("population", new Population(out));
        bench.addSubcommand("dashboard", new DashboardLatency(out));
        return bench;
    }

    /** {@code bench population}. */
    @Command(name = "population", mixinStandardHelpOptions = true,
            description = "Customers generated per second and heap per 100,000 customers of the standard population.")
    static final class Population implements Callable<Integer> {

        @Option(names = "--customers", paramLabel = "N", converter = Converters.PositiveInt.class,
                description = "Customers to generate. Default: ${DEFAULT-VALUE}.", defaultValue = "100000")
        private int customers;

        @Option(names = "--accounts", paramLabel = "N", description = "Accounts per customer (1 to 4). Default: ${DEFAULT-VALUE}.",
                defaultValue = "2")
        private int accounts;

        @Option(names = "--currency", paramLabel = "CODE", description = "The bank's currency (USD, EUR, GBP, ...). Default: ${DEFAULT-VALUE}.",
                defaultValue = "USD")
        private String currency;

        @Option(names = "--seed", paramLabel = "N", description = "Random seed. Default: ${DEFAULT-VALUE}.", defaultValue = "42")
        private long seed;

        @picocli.CommandLine.Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        private final PrintStream out;

        Population(PrintStream out) {
            this.out = out;
        }

        @Override
        public Integer call() {
            if (accounts < 1 || accounts > 4) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--accounts must be 1 to 4 (accounts per customer), not " + accounts);
            }
            if (customers > Scenario.MAX_CUSTOMERS) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--customers must be at most " + Scenario.MAX_CUSTOMERS + ", not " + customers);
            }
            java.util.Currency money;
            try {
                money = java.util.Currency.getInstance(currency);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--currency: unknown currency '" + currency + "' (use an ISO 4217 code such as USD, EUR, GBP)");
            }
            Scenario scenario = Scenario.defaults("bench").toBuilder().customers(customers)
                    .accountsPerCustomer(accounts).currency(money).seed(seed).build();
            PopulationBenchmark.Result r = PopulationBenchmark.run(scenario);
            out.printf(Locale.ROOT, "population: %,d customers, %d accounts each, %s, Java %s, max heap %,d MB%n",
                    r.customers(), accounts, currency, Runtime.version(), Runtime.getRuntime().maxMemory() >> 20);
            out.printf(Locale.ROOT, "  built       %,12.0f customers/s  (%.2f s)%n", r.builtPerSecond(),
                    r.buildNanos() / 1e9);
            out.printf(Locale.ROOT, "  onboarded   %,12.0f customers/s  (%.2f s, %,d events: identities, accounts, cards)%n",
                    r.onboardedPerSecond(), r.onboardNanos() / 1e9, r.events());
            out.printf(Locale.ROOT, "  heap        %,12.1f MB per 100,000 customers  (%,.1f MB in all)%n",
                    r.heapPer100k() / 1e6, r.heapBytes() / 1e6);
            return BankingSim.OK;
        }
    }

    /** {@code bench dashboard}. */
    @Command(name = "dashboard", mixinStandardHelpOptions = true,
            description = "Latency from a transaction's outcome to WebSocket clients of the live dashboard (dry run),"
                    + " and with --browsers to the row on a real browser's screen.")
    static final class DashboardLatency implements Callable<Integer> {

        private static final int MAX_CLIENTS = 1_000;
        private static final int MAX_SECONDS = 3_600;

        @Option(names = "--clients", paramLabel = "N", converter = Converters.PositiveInt.class,
                description = "WebSocket clients (1 to 1000). Default: ${DEFAULT-VALUE}.", defaultValue = "10")
        private int clients;

        @Option(names = "--seconds", paramLabel = "N", converter = Converters.PositiveInt.class,
                description = "Seconds to measure (1 to 3600). Default: ${DEFAULT-VALUE}.", defaultValue = "20")
        private int seconds;

        @Option(names = "--warmup-seconds", paramLabel = "N", converter = Converters.NonNegativeInt.class,
                description = "Seconds the clients read before measuring starts (0 to 600). Default: ${DEFAULT-VALUE}.",
                defaultValue = "5")
        private int warmupSeconds;

        @Option(names = "--scenario", paramLabel = "NAME|FILE",
                description = "The scenario to run (dry run). Default: ${DEFAULT-VALUE}.", defaultValue = "normal_day")
        private String scenario;

        @Option(names = "--speed", paramLabel = "N|max", converter = Converters.SpeedValue.class,
                description = "The pace. Default: ten times the scenario's own.")
        private Speed speed;

        @Option(names = "--customers", paramLabel = "N", converter = Converters.PositiveInt.class,
                description = "Customers. Default: the scenario's.")
        private Integer customers;

        @Option(names = "--push-interval-ms", paramLabel = "MS", converter = Converters.PositiveInt.class,
                description = "The dashboard's push interval (10 to 5000 ms). Default: ${DEFAULT-VALUE}.",
                defaultValue = "50")
        private int pushIntervalMs;

        @Option(names = "--browsers", paramLabel = "N", converter = Converters.NonNegativeInt.class,
                description = "Real headless Chromium pages to open as well (0 to 10; Debian's chromium, see "
                        + "scripts/browser.sh): measures outcome to row on screen. Default: ${DEFAULT-VALUE}.",
                defaultValue = "0")
        private int browsers;

        @picocli.CommandLine.Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        private final PrintStream out;

        DashboardLatency(PrintStream out) {
            this.out = out;
        }

        @Override
        public Integer call() throws InterruptedException {
            if (clients > MAX_CLIENTS) {
                throw usage("--clients must be 1 to " + MAX_CLIENTS + ", not " + clients);
            }
            if (seconds > MAX_SECONDS) {
                throw usage("--seconds must be 1 to " + MAX_SECONDS + ", not " + seconds);
            }
            if (warmupSeconds > 600) {
                throw usage("--warmup-seconds must be 0 to 600, not " + warmupSeconds);
            }
            if (pushIntervalMs < 10 || pushIntervalMs > 5_000) {
                throw usage("--push-interval-ms must be 10 to 5000, not " + pushIntervalMs);
            }
            if (customers != null && customers > Scenario.MAX_CUSTOMERS) {
                throw usage("--customers must be at most " + Scenario.MAX_CUSTOMERS + ", not " + customers);
            }
            if (browsers > 10) {
                throw usage("--browsers must be 0 to 10, not " + browsers);
            }
            DashboardLatencyBench.Result r;
            LoggingSetup.quietLibraries(false); // Helidon's start and stop lines would break up the report
            try {
                r = DashboardLatencyBench.run(new DashboardLatencyBench.Settings(scenario, clients,
                        Duration.ofSeconds(warmupSeconds), Duration.ofSeconds(seconds), speed, customers,
                        Duration.ofMillis(pushIntervalMs), browsers));
            } catch (SimulationException e) {
                spec.commandLine().getErr().println("banking-sim: " + e.getMessage());
                spec.commandLine().getErr().flush();
                return e.isBadInput() ? BankingSim.USAGE : BankingSim.RUN_FAILED;
            } catch (IllegalStateException | java.io.IOException e) {
                spec.commandLine().getErr().println("banking-sim: " + e.getMessage());
                spec.commandLine().getErr().flush();
                return BankingSim.RUN_FAILED;
            }
            print(r);
            boolean browsersOk = browsers == 0 || (r.browserFailures().isEmpty() && r.browserItems() > 0);
            return r.dropped().isEmpty() && browsersOk ? BankingSim.OK : BankingSim.RUN_FAILED;
        }

        private void print(DashboardLatencyBench.Result r) {
            org.HdrHistogram.Histogram h = r.latencyMicros();
            out.printf(Locale.ROOT, "dashboard: %s, %d clients, %.1f s after %d s of warm-up at speed %s, push interval"
                            + " %d ms, Java %s, %d processors%n", r.scenario().name(), clients, r.seconds(), warmupSeconds, r.scenario().speed(),
                    pushIntervalMs, Runtime.version(), Runtime.getRuntime().availableProcessors());
            line("latency", h, "outcome to client");
            if (browsers > 0) {
                line("browser", r.browserReceivedMicros(), "outcome to the page's WebSocket handler, "
                        + browsers + " headless Chromium");
                line("on screen", r.browserLatencyMicros(), "outcome to the row painted; " + r.browserUnmatched()
                        + " rows unmatched");
                for (String f : r.browserFailures()) {
                    out.println("    " + f);
                }
                if (r.browserItems() == 0 && r.browserFailures().isEmpty()) {
                    out.println("    the browsers reported no row: did the page load? (try a longer --warmup-seconds)");
                }
            }
            StringBuilder items = new StringBuilder();
            for (long n : r.itemsPerClient()) {
                items.append(items.isEmpty() ? "" : " ").append(String.format(Locale.ROOT, "%,d", n));
            }
            out.printf(Locale.ROOT, "  items       per client: %s  (of %,d transactions, %,.0f/s; %,d unmatched)%n",
                    items, r.transactions(), r.transactions() / r.seconds(), r.unmatched());
            out.printf(Locale.ROOT, "  clients     %d connected, %d dropped%n", clients, r.dropped().size());
            for (String d : r.dropped()) {
                out.println("    " + d);
            }
            out.printf(Locale.ROOT, "  cpu         process %s cores on average, push thread %s%%%n",
                    r.processCpuNanos() < 0 ? "?" : String.format(Locale.ROOT, "%.2f", r.processCpuNanos() / 1e9 / r.seconds()),
                    r.broadcasterCpuNanos() < 0 ? "?"
                            : String.format(Locale.ROOT, "%.1f", r.broadcasterCpuNanos() / 1e7 / r.seconds()));
        }

        private void line(String label, org.HdrHistogram.Histogram h, String what) {
            out.printf(Locale.ROOT, "  %-11s count %,d  p50 %s  p90 %s  p99 %s  p99.9 %s  max %s ms  (%s)%n", label,
                    h.getTotalCount(), ms(h.getValueAtPercentile(50)), ms(h.getValueAtPercentile(90)),
                    ms(h.getValueAtPercentile(99)), ms(h.getValueAtPercentile(99.9)), ms(h.getMaxValue()), what);
        }

        private static String ms(long micros) {
            return String.format(Locale.ROOT, "%.1f", micros / 1000.0);
        }

        private picocli.CommandLine.ParameterException usage(String message) {
            return new picocli.CommandLine.ParameterException(spec.commandLine(), message);
        }
    }
}
