package io.bankingsim.generators.standard;

import io.bankingsim.core.event.CustomerOnboarded;
import io.bankingsim.core.event.Event;
import io.bankingsim.core.event.Transaction;
import io.bankingsim.core.event.TransactionType;
import io.bankingsim.core.scenario.HourWindow;
import io.bankingsim.core.scenario.Scenario;
import io.bankingsim.core.scenario.TransactionRate;
import io.bankingsim.core.spi.GenerationContext;
import io.bankingsim.core.spi.TrafficGenerator.GeneratedWorld;
import io.bankingsim.generators.activity.AmountDistribution;
import io.bankingsim.generators.activity.Segment;
import io.bankingsim.generators.activity.StandardTemplates;
import io.bankingsim.generators.activity.TransactionTemplate;
import io.bankingsim.generators.activity.TransactionTemplate.Scaling;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.bankingsim.generators.Fixtures.drain;
import static io.bankingsim.generators.Fixtures.scenario;
import static io.bankingsim.generators.Fixtures.variant;
import static io.bankingsim.generators.standard.GoodnessOfFit.chiSquare;
import static io.bankingsim.generators.standard.GoodnessOfFit.chiSquareQuantile999;
import static io.bankingsim.generators.standard.GoodnessOfFit.ksCritical;
import static io.bankingsim.generators.standard.GoodnessOfFit.ksDistance;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A template's amounts follow its distribution: drawn, scaled, rounded and clamped to its range,
 * as {@link TransactionTemplate} documents. Each run has one template and customers so rich that
 * no payment is ever declined, so every amount is the template's own.
 */
class TemplateAmountsTest {

    /** About 13,000 arrivals over a day, evenly spread over its hours. */
    private static final TransactionRate EVEN = new TransactionRate(15, 15, new HourWindow(8, 18), 1, 100);

    /** Amounts are in cents: each lies within half a cent of the unrounded value. */
    private static final double HALF_CENT = 0.005;

    /** The built-in templates whose amounts are as drawn: no scaling, no rounding, not recurring. */
    static Stream<String> builtInTemplatesWithPlainAmounts() {
        return StandardTemplates.all().stream().filter(t -> t.scaling() == Scaling.NONE && t.roundTo() == 0
                && !t.recurring()).map(TransactionTemplate::name);
    }

    @Test
    void theBuiltInPlainTemplatesIncludeCoffeeAndFuel() {
        assertThat(builtInTemplatesWithPlainAmounts()).contains("coffee", "fuel");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builtInTemplatesWithPlainAmounts")
    void builtInTemplateAmountsFollowTheirDistributionClampedToTheRange(String name) {
        TransactionTemplate template = builtIn(name);
        double[] amounts = amounts(run(template, 500, 3).transactions());

        assertThat(amounts.length).isGreaterThan(5_000);
        assertThat(ksDistance(amounts, clamped(template), HALF_CENT)).isLessThan(ksCritical(amounts.length));
    }

    @Test
    void logNormalAmountsFollowTheirDistribution() {
        TransactionTemplate template = grocery("log_normal").logNormal(35, 0.8).build();
        double[] amounts = amounts(run(template, 500, 5).transactions());

        assertThat(amounts.length).isGreaterThan(10_000);
        assertThat(ksDistance(amounts, clamped(template), HALF_CENT)).isLessThan(ksCritical(amounts.length));
    }

    @Test
    void uniformAmountsAreUniformBetweenTheirBounds() {
        TransactionTemplate template = grocery("uniform").uniform(10, 30).build();
        double[] amounts = amounts(run(template, 500, 7).transactions());

        assertThat(amounts).isNotEmpty();
        assertThat(Arrays.stream(amounts).min().orElseThrow()).isGreaterThanOrEqualTo(10.0);
        assertThat(Arrays.stream(amounts).max().orElseThrow()).isLessThanOrEqualTo(30.0);
        assertThat(ksDistance(amounts, clamped(template), HALF_CENT)).isLessThan(ksCritical(amounts.length));
    }

    @Test
    void fixedAmountsAreAlwaysTheFixedAmount() {
        TransactionTemplate template = grocery("fixed").fixed(12.34).build();

        assertThat(run(template, 500, 11).transactions()).hasSizeGreaterThan(10_000)
                .allSatisfy(t -> assertThat(t.amount().amount()).isEqualByComparingTo("12.34"));
    }

    @Test
    void amountsBeyondTheRangeAreClampedToItsEnds() {
        AmountDistribution.LogNormal drawn = new AmountDistribution.LogNormal(50, 0.6);
        TransactionTemplate template = grocery("clamped").amount(drawn).range(30, 100).build();
        double[] amounts = amounts(run(template, 500, 13).transactions());
        int n = amounts.length;

        double atMin = drawn.cdf(30);
        double atMax = 1 - drawn.cdf(100);
        assertThat(count(amounts, 30.0)).isBetween(lowBand(n, atMin), highBand(n, atMin));
        assertThat(count(amounts, 100.0)).isBetween(lowBand(n, atMax), highBand(n, atMax));
        assertThat(Arrays.stream(amounts).min().orElseThrow()).isEqualTo(30.0);
        assertThat(Arrays.stream(amounts).max().orElseThrow()).isEqualTo(100.0);
        assertThat(ksDistance(amounts, clamped(template), HALF_CENT)).isLessThan(ksCritical(n));
    }

    @Test
    void spendingScaledAmountsOverTheSegmentsSpendingFactorFollowTheDistribution() {
        TransactionTemplate groceries = builtIn("groceries");
        assertThat(groceries.scaling()).isEqualTo(Scaling.SPENDING);
        Run run = run(groceries, 1_000, 17);
        List<Transaction> purchases = run.transactions();
        Map<Segment, Long> perSegment = purchases.stream().collect(Collectors.groupingBy(run::segment,
                Collectors.counting()));
        double[] unscaled = purchases.stream()
                .mapToDouble(t -> t.amount().amount().doubleValue() / run.segment(t).spendingFactor()).toArray();
        // Each segment's unscaled amounts are clamped to the range over its factor: the expected
        // distribution is the mixture of the segments' in the proportions observed.
        DoubleUnaryOperator mixture = x -> perSegment.entrySet().stream().mapToDouble(e -> e.getValue()
                * clamped(groceries.amount(), groceries.minAmount() / e.getKey().spendingFactor(),
                        groceries.maxAmount() / e.getKey().spendingFactor()).applyAsDouble(x)).sum()
                / purchases.size();
        double rounding = HALF_CENT / Arrays.stream(Segment.values()).mapToDouble(Segment::spendingFactor).min()
                .orElseThrow();

        assertThat(perSegment).containsKeys(Segment.STUDENT, Segment.SALARIED, Segment.HIGH_NET_WORTH);
        assertThat(ksDistance(unscaled, mixture, rounding)).isLessThan(ksCritical(unscaled.length));
    }

    @Test
    void atmAmountsAreMultiplesOfTwentyFromTwentyToEightHundred() {
        List<Transaction> withdrawals = run(builtIn("atm_cash"), 500, 19).transactions();

        assertThat(withdrawals).hasSizeGreaterThan(5_000).allSatisfy(t -> {
            assertThat(t.amount().minorUnits() % 2_000).as("%s", t.amount()).isZero();
            assertThat(t.amount().amount()).isBetween(new BigDecimal(20), new BigDecimal(800));
        });
    }

    @Test
    void atmAmountsAreTheDistributionRoundedToTheNearestTwenty() {
        TransactionTemplate atm = builtIn("atm_cash");
        List<Transaction> withdrawals = run(atm, 500, 23).transactions();
        int notes = 40;
        double[] p = new double[notes + 1];
        for (int m = 1; m <= notes; m++) {
            double upper = m == notes ? 1 : atm.amount().cdf(20 * m + 10);
            double lower = m == 1 ? 0 : atm.amount().cdf(20 * m - 10);
            p[m] = upper - lower;
        }
        long[] observed = new long[notes + 1];
        for (Transaction t : withdrawals) {
            observed[(int) (t.amount().minorUnits() / 2_000)]++;
        }

        // cells 1..40, pooled from the top down until each expects at least 5
        int n = withdrawals.size();
        int cells = notes;
        while (cells > 1 && tail(p, cells) * n < 5) {
            cells--;
        }
        double[] expectedCells = new double[cells];
        long[] observedCells = new long[cells];
        for (int m = 1; m <= notes; m++) {
            int c = Math.min(m, cells) - 1;
            expectedCells[c] += p[m] * n;
            observedCells[c] += observed[m];
        }
        assertThat(chiSquare(observedCells, expectedCells)).as("observed %s", Arrays.toString(observed))
                .isLessThan(chiSquareQuantile999(cells - 1));
    }

    /** A recurring everyday template (built-in recurring bills are standing orders, see StandingOrdersTest). */
    private static final TransactionTemplate MEMBERSHIP = TransactionTemplate.builder("membership",
            io.bankingsim.core.event.TransactionType.CARD_PURCHASE).category("entertainment").logNormal(85, 0.3)
            .recurring().perMonth(1).build();

    @Test
    void aRecurringBillIsTheSameAmountEachTimeForACustomer() {
        TransactionTemplate phone = MEMBERSHIP;
        assertThat(phone.recurring()).isTrue();
        List<Transaction> bills = run(phone, 1_000, 29).transactions();
        Map<String, Set<BigDecimal>> amountsByCustomer = bills.stream().collect(Collectors.groupingBy(
                Transaction::customerId, Collectors.mapping(t -> t.amount().amount(), Collectors.toSet())));
        Map<String, Long> paymentsByCustomer = bills.stream()
                .collect(Collectors.groupingBy(Transaction::customerId, Collectors.counting()));

        assertThat(paymentsByCustomer.values().stream().filter(c -> c >= 2).count()).isGreaterThan(500);
        assertThat(amountsByCustomer).allSatisfy((customer, amounts) -> assertThat(amounts).hasSize(1));
    }

    @Test
    void recurringAmountsDifferBetweenCustomersAsTheDistributionSays() {
        TransactionTemplate phone = MEMBERSHIP;
        double[] perCustomer = run(phone, 1_000, 31).transactions().stream()
                .collect(Collectors.toMap(Transaction::customerId, t -> t.amount().amount().doubleValue(),
                        (a, b) -> a))
                .values().stream().mapToDouble(Double::doubleValue).toArray();

        assertThat(perCustomer.length).isGreaterThan(900);
        assertThat(ksDistance(perCustomer, clamped(phone), HALF_CENT)).isLessThan(ksCritical(perCustomer.length));
    }

    /** What a one-template run made: its transactions of the template's type, and each customer's segment. */
    private record Run(List<Transaction> transactions, Map<String, Segment> segments) {
        Segment segment(Transaction t) {
            return segments.get(t.customerId());
        }
    }

    /** A day of one template's traffic among customers too rich to be declined. */
    private static Run run(TransactionTemplate template, int customers, long seed) {
        Scenario scenario = variant(scenario(customers, seed)).initialBalance("10000000").build()
                .withTransactionRate(EVEN);
        GeneratedWorld generated = new StandardTrafficGenerator().generate(new GenerationContext(scenario, 1.0),
                List.of(template));
        Map<String, Segment> segments = new HashMap<>();
        for (Event e : drain(generated.sources().get(0))) {
            if (e instanceof CustomerOnboarded c) {
                segments.put(c.customerId(), segmentOf(c.application().segment()));
            }
        }
        // A customer who cannot pay tops the account up instead (a transfer in): left out.
        List<Transaction> made = drain(generated.sources().get(1)).stream().filter(Transaction.class::isInstance)
                .map(Transaction.class::cast).filter(t -> t.type() == template.type()).toList();
        return new Run(made, segments);
    }

    private static Segment segmentOf(String id) {
        return Arrays.stream(Segment.values()).filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static TransactionTemplate.Builder grocery(String name) {
        return TransactionTemplate.builder(name, TransactionType.CARD_PURCHASE).category("grocery").perMonth(1);
    }

    private static TransactionTemplate builtIn(String name) {
        return StandardTemplates.all().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    private static double[] amounts(List<Transaction> transactions) {
        return transactions.stream().mapToDouble(t -> t.amount().amount().doubleValue()).toArray();
    }

    /** The distribution function of a template's unscaled amounts: drawn, then clamped to its range. */
    private static DoubleUnaryOperator clamped(TransactionTemplate template) {
        return clamped(template.amount(), template.minAmount(), template.maxAmount());
    }

    private static DoubleUnaryOperator clamped(AmountDistribution drawn, double min, double max) {
        return x -> x < min ? 0 : x >= max ? 1 : drawn.cdf(x);
    }

    private static long count(double[] values, double value) {
        return Arrays.stream(values).filter(v -> v == value).count();
    }

    private static long lowBand(int n, double p) {
        return (long) Math.floor(n * p - 5 * Math.sqrt(n * p * (1 - p)));
    }

    private static long highBand(int n, double p) {
        return (long) Math.ceil(n * p + 5 * Math.sqrt(n * p * (1 - p)));
    }

    private static double tail(double[] p, int from) {
        double sum = 0;
        for (int m = from; m < p.length; m++) {
            sum += p[m];
        }
        return sum;
    }
}
