package io.bankingsim.generators.standard;

import io.bankingsim.core.event.AccountOpened;
import io.bankingsim.core.event.CustomerOnboarded;
import io.bankingsim.core.event.Event;
import io.bankingsim.core.event.GroundTruth;
import io.bankingsim.core.event.ProductType;
import io.bankingsim.core.scenario.Scenario;
import io.bankingsim.core.spi.EventSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import static io.bankingsim.generators.Fixtures.drain;
import static io.bankingsim.generators.Fixtures.generate;
import static io.bankingsim.generators.Fixtures.scenario;
import static io.bankingsim.generators.Fixtures.variant;
import static org.assertj.core.api.Assertions.assertThat;

class PopulationOnboardingTest {

    private static final int CUSTOMERS = 2_000;

    private final Scenario scenario = variant(scenario(CUSTOMERS, 3)).accounts(4).build();

    @Test
    void eachCustomerIsOnboardedThenOpensItsAccountsInProductOrder() {
        List<Event> events = drain(generate(scenario).sources().get(0));

        assertThat(events).hasSize(CUSTOMERS * 5);
        for (int k = 0; k < CUSTOMERS; k++) {
            String customerId = String.format(Locale.ROOT, "C%08d", k);
            assertThat(events.get(k * 5)).isInstanceOfSatisfying(CustomerOnboarded.class, e -> {
                assertThat(e.customerId()).isEqualTo(customerId);
                assertThat(e.kyc().status()).isEqualTo("verified");
                assertThat(e.kyc().documentCheckPassed() && e.kyc().identityConsistent() && e.kyc().addressMatch())
                        .isTrue();
            });
            for (int j = 0; j < 4; j++) {
                String accountId = String.format(Locale.ROOT, "A%09d", k * 4 + j);
                ProductType product = ProductType.values()[j];
                assertThat(events.get(k * 5 + 1 + j)).isInstanceOfSatisfying(AccountOpened.class, e -> {
                    assertThat(e.customerId()).isEqualTo(customerId);
                    assertThat(e.accountId()).isEqualTo(accountId);
                    assertThat(e.product()).isEqualTo(product);
                });
            }
        }
    }

    @Test
    void everyPopulationEventIsGenuineAndHappensAtTheStart() {
        assertThat(drain(generate(scenario).sources().get(0)))
                .allSatisfy(e -> {
                    assertThat(e.time()).isEqualTo(scenario.start());
                    assertThat(e.truth()).isEqualTo(GroundTruth.GENUINE);
                });
    }

    @Test
    void creditCardOpensEmptyWithALimitAndCheckingWithASmallOverdraft() {
        List<AccountOpened> accounts = openings(generate(scenario).sources().get(0));

        assertThat(accounts).filteredOn(a -> a.product() == ProductType.CREDIT_CARD).allSatisfy(a -> {
            assertThat(a.openingBalance().isZero()).isTrue();
            assertThat(a.creditLimit().amount()).isBetween(new BigDecimal("2000"), new BigDecimal("10000"));
        });
        assertThat(accounts).filteredOn(a -> a.product() == ProductType.CHECKING)
                .allSatisfy(a -> assertThat(a.creditLimit().amount()).isEqualByComparingTo("500"));
        assertThat(accounts).filteredOn(a -> a.product() == ProductType.SAVINGS || a.product() == ProductType.BUSINESS)
                .allSatisfy(a -> assertThat(a.creditLimit().isZero()).isTrue());
    }

    @Test
    void checkingBalancesHaveTheInitialBalanceAsMedianAndSavingsAreHigher() {
        List<AccountOpened> accounts = openings(generate(scenario).sources().get(0));

        double checking = median(accounts, ProductType.CHECKING);
        double savings = median(accounts, ProductType.SAVINGS);
        double initial = scenario.initialBalance().doubleValue();

        assertThat(checking).isBetween(initial * 0.95, initial * 1.05);
        assertThat(savings).isGreaterThan(checking * 1.2);
    }

    private static List<AccountOpened> openings(EventSource source) {
        return drain(source).stream().filter(AccountOpened.class::isInstance).map(AccountOpened.class::cast).toList();
    }

    private static double median(List<AccountOpened> accounts, ProductType product) {
        double[] values = accounts.stream().filter(a -> a.product() == product)
                .mapToDouble(a -> a.openingBalance().amount().doubleValue()).sorted().toArray();
        return values[values.length / 2];
    }
}
