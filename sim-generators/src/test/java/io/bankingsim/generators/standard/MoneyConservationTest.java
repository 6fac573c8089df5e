package io.bankingsim.generators.standard;

import io.bankingsim.core.event.AccountOpened;
import io.bankingsim.core.event.CustomerOnboarded;
import io.bankingsim.core.event.Event;
import io.bankingsim.core.event.ProductType;
import io.bankingsim.core.event.Transaction;
import io.bankingsim.core.scenario.HourWindow;
import io.bankingsim.core.scenario.Scenario;
import io.bankingsim.core.scenario.TransactionRate;
import io.bankingsim.core.spi.TrafficGenerator.GeneratedWorld;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.bankingsim.generators.Fixtures.drain;
import static io.bankingsim.generators.Fixtures.generate;
import static io.bankingsim.generators.Fixtures.scenario;
import static io.bankingsim.generators.Fixtures.variant;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Money is neither made nor lost inside the bank: the sum of all balances changes only by money
 * coming in (deposits, incoming transfers) and going out (debits without a counterparty in the
 * bank); transfers between accounts of the bank move money, they do not create it; and no debit
 * ever spends more than its account's balance plus credit limit. Checked in minor units, exactly,
 * against the generator's own tracked balances.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MoneyConservationTest {

    /** Busy days for 2,000 customers with every product and the default opening balances. */
    private final Scenario scenario = variant(scenario(2_000, 37)).accounts(4).build()
            .withDuration(Duration.ofDays(3))
            .withTransactionRate(new TransactionRate(60, 20, new HourWindow(8, 18), 0.5, 100));

    private Population population;
    private final List<AccountOpened> openings = new ArrayList<>();
    /** Per account opened, its customer index and slot in the population, in opening order. */
    private final Map<String, int[]> slotOf = new HashMap<>();
    private List<Transaction> transactions;

    @BeforeAll
    void generateThreeDays() {
        GeneratedWorld generated = generate(scenario);
        population = ((StandardWorld) generated.world()).population();
        int k = -1;
        int j = 0;
        // The book is onboarded in customer index order, each customer followed by its accounts by slot.
        for (Event e : drain(generated.sources().get(0))) {
            if (e instanceof CustomerOnboarded) {
                k++;
                j = 0;
            } else if (e instanceof AccountOpened a) {
                openings.add(a);
                slotOf.put(a.accountId(), new int[] {k, j++});
            }
        }
        transactions = drain(generated.sources().get(1)).stream().filter(Transaction.class::isInstance)
                .map(Transaction.class::cast).toList();
    }

    @Test
    void theBanksTotalChangesOnlyByMoneyComingInAndGoingOut() {
        long opening = openings.stream().mapToLong(a -> a.openingBalance().minorUnits()).sum();
        long in = 0;
        long out = 0;
        for (Transaction t : transactions) {
            if (!t.type().isDebit()) {
                in += t.amount().minorUnits();
            } else if (t.counterpartyAccountId() == null) {
                out += t.amount().minorUnits();
            }
        }

        assertThat(in).isPositive();
        assertThat(out).isPositive();
        assertThat(population.totalBalance()).isEqualTo(opening + in - out);
    }

    @Test
    void replayingTheEventsGivesEveryAccountItsTrackedBalance() {
        Map<String, Long> balance = openingBalances();
        long internal = 0;
        for (Transaction t : transactions) {
            apply(balance, t);
            internal += t.counterpartyAccountId() != null ? 1 : 0;
        }

        assertThat(internal).as("transfers inside the bank").isGreaterThan(1_000);
        assertThat(balance).hasSize(population.count() * population.accounts())
                .allSatisfy((account, replayed) -> {
                    int[] slot = slotOf.get(account);
                    assertThat(replayed).as(account).isEqualTo(population.balance(slot[0], slot[1]));
                });
    }

    @Test
    void noDebitSpendsMoreThanTheBalancePlusTheCreditLimit() {
        Map<String, Long> balance = openingBalances();
        Map<String, Long> limit = new HashMap<>();
        for (AccountOpened a : openings) {
            limit.put(a.accountId(), a.creditLimit().minorUnits());
        }
        int intoCredit = 0;
        for (Transaction t : transactions) {
            if (t.type().isDebit()) {
                long available = balance.get(t.accountId()) + limit.get(t.accountId());
                assertThat(t.amount().minorUnits()).as("%s with %d available", t, available)
                        .isLessThanOrEqualTo(available);
                intoCredit += t.amount().minorUnits() > balance.get(t.accountId()) ? 1 : 0;
            }
            apply(balance, t);
        }

        assertThat(intoCredit).as("debits that used credit").isGreaterThan(100);
    }

    @Test
    void transfersInsideTheBankCreditAnAccountOpenedBefore() {
        Map<String, AccountOpened> opened = new HashMap<>();
        for (AccountOpened a : openings) {
            opened.put(a.accountId(), a);
        }

        assertThat(transactions).filteredOn(t -> t.counterpartyAccountId() != null).isNotEmpty()
                .allSatisfy(t -> {
                    assertThat(t.type().isDebit()).as("%s", t).isTrue();
                    assertThat(opened).as("%s", t).containsKey(t.counterpartyAccountId());
                    assertThat(opened.get(t.counterpartyAccountId()).time()).isBeforeOrEqualTo(t.time());
                    assertThat(t.counterpartyAccountId()).isNotEqualTo(t.accountId());
                });
    }

    @Test
    void shortCheckingAccountsAreFundedFromSavings() {
        Map<String, ProductType> product = new HashMap<>();
        for (AccountOpened a : openings) {
            product.put(a.accountId(), a.product());
        }

        assertThat(transactions).as("transfers from savings to checking")
                .filteredOn(t -> product.get(t.accountId()) == ProductType.SAVINGS
                        && product.get(t.counterpartyAccountId()) == ProductType.CHECKING)
                .isNotEmpty();
    }

    private Map<String, Long> openingBalances() {
        Map<String, Long> balance = new HashMap<>();
        for (AccountOpened a : openings) {
            balance.put(a.accountId(), a.openingBalance().minorUnits());
        }
        return balance;
    }

    /** Books a transaction: a debit leaves its account (for the counterparty's, if in the bank), a credit enters it. */
    private static void apply(Map<String, Long> balance, Transaction t) {
        long amount = t.amount().minorUnits();
        if (t.type().isDebit()) {
            balance.merge(t.accountId(), -amount, Long::sum);
            if (t.counterpartyAccountId() != null) {
                balance.merge(t.counterpartyAccountId(), amount, Long::sum);
            }
        } else {
            balance.merge(t.accountId(), amount, Long::sum);
        }
    }
}
