package io.bankingsim.generators.standard;

import io.bankingsim.core.event.AccountOpened;
import io.bankingsim.core.event.Channel;
import io.bankingsim.core.event.CustomerOnboarded;
import io.bankingsim.core.event.CustomerOnboarded.KycCheck;
import io.bankingsim.core.event.Device;
import io.bankingsim.core.event.GroundTruth;
import io.bankingsim.core.event.Money;
import io.bankingsim.generators.activity.Segment;

import io.bankingsim.generators.internal.KycModel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.IntFunction;

/**
 * Makes the onboarding and account-opening events of a customer of the population (of the book
 * or an applicant): the identity re-derived from the seed, the application (channel, device,
 * segment, declared income rounded to the hundred), each account's opening balance, credit
 * limit, printed number and card. Not thread-safe (engine thread).
 */
final class Onboarding {

    private final Population population;
    private final Customers customers;
    private final Merchants merchants;

    Onboarding(Population population, Customers customers, Merchants merchants) {
        this.population = population;
        this.customers = customers;
        this.merchants = merchants;
    }

    /**
     * Customer k's onboarding; {@code checks} makes the identity checks given the oldest the
     * applicant's e-mail and phone can be (from their date of birth, see {@link KycModel#maxAgeDays}).
     */
    CustomerOnboarded onboarded(String id, Instant time, int k, IntFunction<KycCheck> checks, Channel channel,
                                GroundTruth truth) {
        Segment segment = population.segment(k);
        var identity = population.facts().identity(k, segment, population.city(k));
        KycCheck kyc = checks.apply(KycModel.maxAgeDays(identity.dateOfBirth(),
                LocalDate.ofInstant(time, ZoneOffset.UTC)));
        Device device = switch (channel) {
            case MOBILE -> population.facts().device(k, true, merchants.geo(population.cityIndex(k)));
            case ONLINE -> population.facts().device(k, !population.hasComputer(k),
                    merchants.geo(population.cityIndex(k)));
            default -> null;
        };
        double income = population.monthlyIncome(k) * population.currencyScale();
        long declared = Math.max(1, Math.round(income / 100)) * 100 * population.minorPerMajor();
        var application = new CustomerOnboarded.Application(channel, device, segment.id(),
                Money.ofMinor(declared, population.currency()));
        return new CustomerOnboarded(id, time, customers.id(k), identity, kyc, application, truth);
    }

    AccountOpened accountOpened(String id, Instant time, int k, int j, GroundTruth truth) {
        return new AccountOpened(id, time, customers.id(k), customers.accountId(k, j), population.product(k, j),
                Money.ofMinor(population.openingBalance(k, j), population.currency()),
                Money.ofMinor(population.creditLimit(k, j), population.currency()), customers.accountNumber(k, j),
                customers.card(k, j), truth);
    }
}
