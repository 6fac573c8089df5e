package io.bankingsim.cli;

import io.bankingsim.core.scenario.Scenario;
import io.bankingsim.generators.standard.PopulationBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code banking-sim bench population}: builds and onboards a population and prints customers per
 * second and heap per 100,000 customers. One instance per command line; not thread-safe.
 */
@Command(name = "bench", description = "Benchmarks; see docs/performance.md.", mixinStandardHelpOptions = true)
final class BenchCommand {

    /** The bench command with its benchmarks, printing to {@code out}. */
    static picocli.CommandLine command(PrintStream out) {
        picocli.CommandLine bench = new picocli.CommandLine(new BenchCommand());
        bench.addSubcommand("population", new Population(out));
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
}
