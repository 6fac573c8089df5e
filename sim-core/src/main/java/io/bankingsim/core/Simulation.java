package io.bankingsim.core;

import io.bankingsim.core.clock.Speed;
import io.bankingsim.core.clock.Ticker;
import io.bankingsim.core.scenario.Fraud;
import io.bankingsim.core.scenario.Scenario;
import io.bankingsim.core.scenario.ScenarioCatalog;
import io.bankingsim.core.scenario.ScenarioException;
import io.bankingsim.core.scenario.ScenarioLoader;
import io.bankingsim.core.spi.Connector;
import io.bankingsim.core.spi.FraudPattern;
import io.bankingsim.core.spi.PluginRegistry;
import io.bankingsim.core.spi.SimulationObserver;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The embedding API: a configured simulation, ready to run in a test, a tool or the CLI.
 *
 * <pre>{@code
 * SimulationResult result = Simulation.builder()
 *         .scenario("normal_day")      // a built-in name, a YAML file, or a Scenario
 *         .seed(42)
 *         .speed(Speed.MAX)
 *         .customers(200)
 *         .build()
 *         .run();
 * assertThat(result.metrics().detection().matrix().recall()).isGreaterThan(0.5);
 * }</pre>
 *
 * <p>Plug-ins (traffic generators, fraud patterns, connectors, observers) are found with
 * {@link java.util.ServiceLoader} on the class loader given to the builder (by default the
 * thread's context class loader). The connector defaults to {@code dry-run}: in-process mocks.
 *
 * <p>A {@code Simulation} runs once. Thread-safe to start from any thread; control a running
 * simulation through the {@link RunningSimulation} that {@link #start()} returns.
 */
public final class Simulation {

    private final SimulationSetup setup;
    private boolean started;

    private Simulation(SimulationSetup setup) {
        this.setup = setup;
    }

    /** A builder with every option at its default. */
    public static Builder builder() {
        return new Builder();
    }

    /** The effective scenario: the loaded one with the builder's overrides applied. */
    public Scenario scenario() {
        return setup.scenario();
    }

    /**
     * Runs to the end and returns what happened, blocking the calling thread. If the calling
     * thread is interrupted, the run is stopped gracefully (in-flight events get their outcomes,
     * files are flushed) before the {@link InterruptedException} is thrown.
     */
    public SimulationResult run() throws SimulationException, InterruptedException {
        RunningSimulation running = start();
        try {
            return running.await();
        } catch (InterruptedException e) {
            running.stop();
            running.awaitQuietly();
            throw e;
        }
    }

    /** Starts the run on a thread of its own and returns a handle to control and await it. */
    public synchronized RunningSimulation start() throws SimulationException {
        if (started) {
            throw new IllegalStateException("a Simulation runs once; build another one");
        }
        started = true;
        return RunningSimulation.start(setup);
    }

    /**
     * Options of a simulation. Not thread-safe; build on one thread.
     */
    public static final class Builder {
        private Scenario scenario;
        private String scenarioRef;
        private Long seed;
        private Speed speed;
        private Integer customers;
        private Duration duration;
        private String connectorName = "dry-run";
        private Connector connector;
        private String generatorName = "standard";
        private final List<SimulationObserver> observers = new ArrayList<>();
        private final List<FraudPattern> extraPatterns = new ArrayList<>();
        private Path output;
        private java.util.Set<String> outputFormats = io.bankingsim.core.spi.RunContext.FORMATS;
        private boolean record = true;
        private int recordLimit = 1_000_000;
        private Ticker ticker = Ticker.system();
        private ClassLoader classLoader;
        private Duration drainTimeout;
        private Function<Scenario, Scenario> customizer = Function.identity();

        private Builder() {
        }

        /** A built-in scenario name (e.g. {@code normal_day}) or the path of a YAML file. */
        public Builder scenario(String nameOrFile) {
            this.scenarioRef = Objects.requireNonNull(nameOrFile, "nameOrFile");
            this.scenario = null;
            return this;
        }

        /** A scenario YAML file. */
        public Builder scenario(Path file) {
            return scenario(file.toString());
        }

        /** A scenario built in code. */
        public Builder scenario(Scenario value) {
            this.scenario = Objects.requireNonNull(value, "scenario");
            this.scenarioRef = null;
            return this;
        }

        /** Overrides the scenario's seed. */
        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        /** Overrides the pace (not the simulated world). */
        public Builder speed(Speed value) {
            this.speed = Objects.requireNonNull(value, "speed");
            return this;
        }

        /** Overrides the number of customers. */
        public Builder customers(int value) {
            this.customers = value;
            return this;
        }

        /** Overrides the simulated duration. */
        public Builder duration(Duration value) {
            this.duration = Objects.requireNonNull(value, "duration");
            return this;
        }

        /** Overrides the simulated duration in hours (fractions allowed). */
        public Builder durationHours(double hours) {
            return duration(Duration.ofNanos(Math.round(hours * 3_600_000_000_000.0)));
        }

        /** Any further change of the scenario, applied after the other overrides. */
        public Builder customize(Function<Scenario, Scenario> change) {
            this.customizer = Objects.requireNonNull(change, "change");
            return this;
        }

        /** The connector plug-in to deliver through, by name ({@code dry-run} by default). */
        public Builder connector(String name) {
            this.connectorName = Objects.requireNonNull(name, "name");
            this.connector = null;
            return this;
        }

        /** A connector instance to deliver through (it is closed at the end of the run). */
        public Builder connector(Connector instance) {
            this.connector = Objects.requireNonNull(instance, "connector");
            return this;
        }

        /** The traffic generator plug-in, by name ({@code standard} by default). */
        public Builder generator(String name) {
            this.generatorName = Objects.requireNonNull(name, "name");
            return this;
        }

        /** An observer of this run, besides the plug-in observers. */
        public Builder observer(SimulationObserver observer) {
            observers.add(Objects.requireNonNull(observer, "observer"));
            return this;
        }

        /** A fraud pattern instance to use besides those found on the class path. */
        public Builder fraudPattern(FraudPattern pattern) {
            extraPatterns.add(Objects.requireNonNull(pattern, "pattern"));
            return this;
        }

        /**
         * Writes {@code metrics.csv} and {@code summary.json} into this folder (created if
         * missing), and lets the observer plug-ins write theirs: {@code events.jsonl},
         * {@code outcomes.jsonl} and {@code events.csv} when sim-connectors is on the class path.
         */
        public Builder output(Path dir) {
            this.output = Objects.requireNonNull(dir, "dir");
            return this;
        }

        /**
         * Which event logs {@link #output(Path)} writes: {@code jsonl} (events.jsonl and
         * outcomes.jsonl) and/or {@code csv} (events.csv). Both by default; the CSV costs about a
         * third of the throughput of a run that writes its output.
         *
         * @throws IllegalArgumentException for another format
         */
        public Builder outputFormats(java.util.Set<String> formats) {
            this.outputFormats = io.bankingsim.core.spi.RunContext.checkFormats(formats);
            return this;
        }

        /**
         * Whether the result keeps every event with its outcome (on by default, up to
         * {@code limit} events; turn it off for long runs).
         */
        public Builder recordEvents(boolean on, int limit) {
            if (limit < 0) {
                throw new IllegalArgumentException("limit must be zero or more");
            }
            this.record = on;
            this.recordLimit = limit;
            return this;
        }

        /** Whether the result keeps every event with its outcome (up to 1,000,000). */
        public Builder recordEvents(boolean on) {
            return recordEvents(on, recordLimit);
        }

        /**
         * The wall-clock ticker. With a {@link io.bankingsim.core.clock.ManualTicker}, a paced run
         * advances the ticker itself instead of sleeping: a test runs a paced run instantly.
         */
        public Builder ticker(Ticker value) {
            this.ticker = Objects.requireNonNull(value, "ticker");
            return this;
        }

        /** Where to look for plug-ins (default: the thread's context class loader). */
        public Builder classLoader(ClassLoader loader) {
            this.classLoader = Objects.requireNonNull(loader, "loader");
            return this;
        }

        /** How long a stopping run waits for answers in flight (default: the connection timeout). */
        public Builder drainTimeout(Duration value) {
            this.drainTimeout = Objects.requireNonNull(value, "drainTimeout");
            return this;
        }

        /**
         * Loads and checks everything: the scenario (with the fraud pattern types the class path
         * offers), the plug-ins it needs, the overrides.
         *
         * @throws SimulationException with {@link SimulationException#isBadInput()} true when the
         *     scenario or an option is invalid
         */
        public Simulation build() throws SimulationException {
            ClassLoader loader = classLoader != null ? classLoader : defaultLoader();
            Plugins plugins = Plugins.load(loader, extraPatterns);
            Scenario s = scenario != null ? scenario : loadScenario(plugins);
            try {
                if (seed != null) {
                    s = s.withSeed(seed);
                }
                if (speed != null) {
                    s = s.withSpeed(speed);
                }
                if (customers != null) {
                    s = s.withCustomers(customers);
                }
                if (duration != null) {
                    s = s.withDuration(duration);
                }
                s = customizer.apply(s);
            } catch (IllegalArgumentException e) {
                throw new SimulationException("invalid option: " + e.getMessage(), true, e);
            }
            Duration drain = drainTimeout != null ? drainTimeout
                    : drainTimeout(s.connections());
            SimulationSetup setup = new SimulationSetup(s, plugins, generatorName, connectorName, connector,
                    List.copyOf(observers), output, outputFormats, record ? recordLimit : 0, ticker, drain);
            setup.check();
            return new Simulation(setup);
        }

        /**
         * How long a stopping run waits for answers: every attempt of a request timing out, a
         * reconciliation after each, and a backend outage the connector waits through.
         */
        private static Duration drainTimeout(io.bankingsim.core.scenario.Connections c) {
            long perRequest = (long) c.timeoutSeconds() * (c.maxRetries() + 1);
            return Duration.ofSeconds(2 * perRequest + c.maxOutageSeconds() + c.timeoutSeconds());
        }

        private Scenario loadScenario(Plugins plugins) throws SimulationException {
            if (scenarioRef == null) {
                throw new SimulationException("no scenario given: name a built-in one ("
                        + String.join(", ", ScenarioCatalog.builtInNames()) + ") or a YAML file", true);
            }
            Set<String> types = new LinkedHashSet<>(Fraud.BUILT_IN_PATTERNS);
            types.addAll(plugins.patterns().names());
            try {
                return ScenarioCatalog.resolve(scenarioRef, new ScenarioLoader(types));
            } catch (ScenarioException e) {
                throw new SimulationException(e.getMessage(), true, e);
            }
        }

        private static ClassLoader defaultLoader() {
            ClassLoader cl = Thread.currentThread().getContextClassLoader();
            return cl != null ? cl : Simulation.class.getClassLoader();
        }
    }

    /** The plug-ins found for a run. */
    record Plugins(PluginRegistry<io.bankingsim.core.spi.TrafficGenerator> generators,
                   PluginRegistry<FraudPattern> patterns,
                   PluginRegistry<io.bankingsim.core.spi.ConnectorProvider> connectors,
                   PluginRegistry<io.bankingsim.core.spi.ObserverProvider> observers) {

        static Plugins load(ClassLoader loader, List<FraudPattern> extraPatterns) throws SimulationException {
            try {
                return new Plugins(
                        PluginRegistry.load(io.bankingsim.core.spi.TrafficGenerator.class,
                                io.bankingsim.core.spi.TrafficGenerator::name, loader),
                        PluginRegistry.load(FraudPattern.class, FraudPattern::type, loader)
                                .with(FraudPattern::type, extraPatterns),
                        PluginRegistry.load(io.bankingsim.core.spi.ConnectorProvider.class,
                                io.bankingsim.core.spi.ConnectorProvider::name, loader),
                        PluginRegistry.load(io.bankingsim.core.spi.ObserverProvider.class,
                                io.bankingsim.core.spi.ObserverProvider::name, loader));
            } catch (io.bankingsim.core.spi.PluginException e) {
                throw new SimulationException(e.getMessage(), true, e);
            }
        }
    }
}
