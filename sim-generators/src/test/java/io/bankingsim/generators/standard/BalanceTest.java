package io.bankingsim.generators.standard;

import io.bankingsim.core.event.AccountOpened;
import io.bankingsim.core.event.Event;
import io.bankingsim.core.event.Transaction;
import io.bankingsim.core.scenario.HourWindow;
import io.bankingsim.core.scenario.Scenario;
import io.bankingsim.core.scenario.TransactionRate;
import io.bankingsim.core.spi.TrafficGenerator.GeneratedWorld;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static io.bankingsim.generators.Fixtures.drain;
import static io.bankingsim.generators.Fixtures.generate;
import static io.bankingsim.generators.Fixtures.scenario;
import static io.bankingsim.generators.Fixtures.variant;
import static org.assertj.core.api.Assertions.assertThat;

class BalanceTest {

    /** Poor customers and busy traffic, so that balances run out often. */
    private final Scenario scenario = variant(scenario(200, 9)).accounts(4).initialBalance("150.00").build()
            .withTransactionRate(new TransactionRate(50, 20, new HourWindow(8, 18), 1, 100));

    @Test
    void noDebitExceedsTheTrackedBalancePlusCreditLimit() {
        GeneratedWorld generated = generate(scenario);
        Map<String, Long> balance = new HashMap<>();
        Map<String, Long> limit = new HashMap<>();
        for (Event e : drain(generated.sources().get(0))) {
            if (e instanceof AccountOpened a) {
                balance.put(a.accountId(), a.openingBalance().minorUnits());
                limit.put(a.accountId(), a.creditLimit().minorUnits());
            }
        }
        int debits = 0;
        int atTheLimit = 0;
        for (Event e : drain(generated.sources().get(1))) {
            if (!(e instanceof Transaction t)) {
                continue;
            }
            long amount = t.amount().minorUnits();
            if (t.type().isDebit()) {
                long available = balance.get(t.accountId()) + limit.get(t.accountId());
                assertThat(amount).as("%s with %d available", t, available).isLessThanOrEqualTo(available);
                balance.merge(t.accountId(), -amount, Long::sum);
                debits++;
                atTheLimit += available - amount < 10_000 ? 1 : 0;
                if (t.counterpartyAccountId() != null) {
                    balance.merge(t.counterpartyAccountId(), amount, Long::sum);
                }
            } else {
                balance.merge(t.accountId(), amount, Long::sum);
            }
        }
        assertThat(debits).isGreaterThan(10_000);
        assertThat(atTheLimit).as("debits that left less than 100 available").isPositive();
    }
}
