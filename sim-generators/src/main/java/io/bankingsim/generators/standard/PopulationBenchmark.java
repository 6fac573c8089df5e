package io.bankingsim.generators.standard;

import io.bankingsim.core.event.Event;
import io.bankingsim.core.scenario.Scenario;
import io.bankingsim.core.spi.EventSource;
import io.bankingsim.core.spi.GenerationContext;
import io.bankingsim.core.spi.TrafficGenerator.GeneratedWorld;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Measures the standard population: how many customers per second it builds (the compact state
 * of every customer: segment, city, devices, income, balances, activity) and onboards (each
 * customer's identity from datafaker, its onboarding and account-opening events with account
 * numbers and cards), and how much heap the built population holds. A warm-up run of 20,000
 * customers goes first, so that class loading and datafaker's start-up (about a second) are not
 * counted. Heap is measured as used heap after a full collection, before and after building, with
 * the world kept reachable. Single-threaded; not for concurrent use.
 */
public final class PopulationBenchmark {

    /**
     * What one run measured.
     *
     * @param customers customers in the population
     * @param buildNanos wall time to build the compact population
     * @param onboardNanos wall time to generate every customer's onboarding and account events
     * @param events events generated while onboarding
     * @param heapBytes heap held by the built population (used heap after minus before, after GC)
     */
    public record Result(int customers, long buildNanos, long onboardNanos, long events, long heapBytes) {

        /** Customers built per second. */
        public double builtPerSecond() {
            return customers / (buildNanos / 1e9);
        }

        /** Customers onboarded (identity and accounts made) per second. */
        public double onboardedPerSecond() {
            return customers / (onboardNanos / 1e9);
        }

        /** Heap per 100,000 customers, in bytes. */
        public double heapPer100k() {
            return heapBytes * 100_000.0 / customers;
        }
    }

    private PopulationBenchmark() {
    }

    /** Builds and onboards a population of the scenario's size (after a warm-up) and measures it. */
    public static Result run(Scenario scenario) {
        measure(scenario.withCustomers(Math.min(20_000, scenario.customers())));
        return measure(scenario);
    }

    private static Result measure(Scenario scenario) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = usedAfterGc(memory);
        long t0 = System.nanoTime();
        GeneratedWorld world = new StandardTrafficGenerator().generate(new GenerationContext(scenario, 1.0));
        long built = System.nanoTime() - t0;
        long after = usedAfterGc(memory);
        EventSource onboarding = world.sources().getFirst();
        long events = 0;
        long hash = 0;
        long t1 = System.nanoTime();
        while (onboarding.peekTime() != EventSource.EXHAUSTED) {
            Event e = onboarding.next();
            hash += e.customerId().hashCode();
            events++;
        }
        long onboarded = System.nanoTime() - t1;
        if (hash == 42 && world.world().customerCount() < 0) {
            throw new AssertionError("keeps the events from being optimised away");
        }
        return new Result(scenario.customers(), built, onboarded, events, after - before);
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
