package io.bankingsim.generators.standard;

import io.bankingsim.core.clock.VirtualClock;
import io.bankingsim.core.scenario.Scenario;
import io.bankingsim.core.spi.EventSource;
import io.bankingsim.core.spi.GenerationContext;
import io.bankingsim.core.spi.TrafficGenerator;
import io.bankingsim.core.traffic.ArrivalIntensity;
import io.bankingsim.core.traffic.PoissonArrivals;
import io.bankingsim.core.traffic.RandomStreams;
import io.bankingsim.generators.activity.StandardTemplates;
import io.bankingsim.generators.activity.TemplateProvider;
import io.bankingsim.generators.activity.TransactionTemplate;
import io.bankingsim.generators.internal.Country;
import io.bankingsim.generators.internal.Ids;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The built-in traffic generator, {@code standard}: a bank in the country of the scenario's
 * currency (Germany for EUR, Britain for GBP, the United States otherwise) with
 * {@code customers} customers in five segments, each holding {@code accounts_per_customer}
 * accounts, and their everyday life driven by {@link TransactionTemplate}s (the built-in
 * {@link StandardTemplates} and those of every {@link TemplateProvider} on the classpath).
 *
 * <p>{@link #generate} returns up to three sources: the book of customers, onboarded at the
 * scenario's start; everyday transactions arriving as a Poisson process over the scenario's
 * {@link ArrivalIntensity} times the genuine share; and, when {@code new_customers_per_day} is
 * set, applications from new customers. Every customer is derived from (seed, customer index)
 * alone; the same scenario and seed give the same events. Stateless and thread-safe; the world
 * and sources it returns belong to one run and its engine thread.
 */
public final class StandardTrafficGenerator implements TrafficGenerator {

    /** The name the generator is registered under. */
    public static final String NAME = "standard";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public GeneratedWorld generate(GenerationContext context) {
        Scenario scenario = context.scenario();
        long expectedApplicants = Math.round(scenario.newCustomersPerDay() * scenario.duration().toHours() / 24.0 * 1.5)
                + 1_000;
        if (scenario.customers() + expectedApplicants + (1L << 24) > Ids.MAX_CUSTOMER_INDEX) {
            throw new IllegalArgumentException("the standard generator supports up to "
                    + (Ids.MAX_CUSTOMER_INDEX - (1 << 24)) + " customers and applicants, not " + scenario.customers()
                    + " customers and about " + expectedApplicants + " applicants");
        }
        return generate(context, templates(Thread.currentThread().getContextClassLoader()));
    }

    /** The world for one run with the given templates instead of those found on the classpath. */
    GeneratedWorld generate(GenerationContext context, List<TransactionTemplate> templates) {
        Scenario scenario = context.scenario();
        Country country = Country.forCurrency(scenario.currency());
        double scale = currencyScale(scenario, country);
        long seed = scenario.seed();
        Ids ids = new Ids(seed);
        int accounts = scenario.accountsPerCustomer();
        Population population = new Population(scenario, country, scale,
                TemplateMix.segmentActivity(templates, accounts, scenario.customers()));
        Merchants merchants = new Merchants(country, ids,
                country.currency().equals(scenario.currency()) ? 1 : scale);
        Customers customers = new Customers(population, merchants, ids,
                new Numbering(seed, country, scenario.start()));
        Onboarding onboarding = new Onboarding(population, customers, merchants);
        TemplateMix mix = new TemplateMix(templates, accounts, scenario.customers());
        SpendingModel model = new SpendingModel(population, mix, merchants, customers);
        ArrivalIntensity intensity = ArrivalIntensity.of(scenario);
        List<EventSource> sources = new ArrayList<>();
        sources.add(new PopulationSource(population, onboarding, scenario.start(),
                RandomStreams.of(seed, "population", 0)));
        sources.add(new EverydaySource(population, model, customers, mix,
                new PoissonArrivals(intensity, context.genuineShare(), RandomStreams.of(seed, "everyday", 0)),
                RandomStreams.of(seed, "everyday", 1), scenario.timeZone(), VirtualClock.toNanos(scenario.start()),
                VirtualClock.toNanos(scenario.end())));
        sources.add(new ScheduleSource(population, model, templates, scenario.timeZone(),
                VirtualClock.toNanos(scenario.start()), VirtualClock.toNanos(scenario.end()),
                RandomStreams.of(seed, "standing-orders", 0)));
        if (scenario.newCustomersPerDay() > 0 && intensity.expectedTotal() > 0) {
            double expected = scenario.newCustomersPerDay() * scenario.duration().toNanos() / 86_400e9;
            sources.add(new ApplicantSource(population, onboarding,
                    new PoissonArrivals(intensity, expected / intensity.expectedTotal(),
                            RandomStreams.of(seed, "applicants", 0)),
                    RandomStreams.of(seed, "applicants", 1)));
        }
        double scheduled = ScheduleSource.expected(population, templates, scenario.timeZone(),
                VirtualClock.toNanos(scenario.start()), VirtualClock.toNanos(scenario.end()));
        return new GeneratedWorld(new StandardWorld(population, customers, merchants, onboarding), sources, scheduled);
    }

    /** The built-in templates with those of the providers on the classpath applied. */
    static List<TransactionTemplate> templates(ClassLoader loader) {
        return templates(ServiceLoader.load(TemplateProvider.class,
                loader != null ? loader : StandardTrafficGenerator.class.getClassLoader()));
    }

    /** The built-in templates with those of the given providers applied. */
    static List<TransactionTemplate> templates(Iterable<TemplateProvider> providers) {
        Map<String, TransactionTemplate> byName = new LinkedHashMap<>();
        for (TransactionTemplate t : StandardTemplates.all()) {
            byName.put(t.name(), t);
        }
        Map<String, String> offeredBy = new LinkedHashMap<>();
        for (TemplateProvider provider : providers) {
            for (TransactionTemplate t : provider.templates()) {
                String previous = offeredBy.putIfAbsent(t.name(), provider.getClass().getName());
                if (previous != null) {
                    throw new IllegalStateException("template '" + t.name() + "' is offered by two providers: "
                            + previous + " and " + provider.getClass().getName());
                }
                byName.put(t.name(), t);
            }
        }
        return new ArrayList<>(byName.values());
    }

    /**
     * How template amounts (in dollars) translate into the scenario's currency: 1 for the
     * country's own currency and other currencies near the dollar, else a rough exchange rate.
     */
    static double currencyScale(Scenario scenario, Country country) {
        return switch (scenario.currency().getCurrencyCode()) {
            case "GBP" -> 0.8;
            case "JPY" -> 150;
            case "CNY" -> 7;
            case "INR" -> 85;
            case "CHF" -> 0.9;
            case "CAD" -> 1.35;
            case "AUD" -> 1.5;
            case "SEK", "NOK" -> 10.5;
            case "DKK" -> 7;
            case "PLN" -> 4;
            case "MXN" -> 18;
            case "BRL" -> 5;
            case "KRW" -> 1_350;
            default -> 1;
        };
    }
}
