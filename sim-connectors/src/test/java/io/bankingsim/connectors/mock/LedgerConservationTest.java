package io.bankingsim.connectors.mock;

import io.bankingsim.connectors.EventFixtures;
import io.bankingsim.core.event.TransactionType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LedgerConservationTest {

    private final EventFixtures events = new EventFixtures();
    private final MockLedger ledger = new MockLedger();

    @BeforeEach
    void openTwoAccounts() {
        ledger.onboard(events.onboard("c-1"));
        ledger.onboard(events.onboard("c-2"));
        ledger.open(events.open("c-1", "a-1", "1000.00", "0"));
        ledger.open(events.open("c-2", "a-2", "500.00", "0"));
    }

    @Test
    void openingBalancesAreBooked() {
        assertThat(ledger.balance("a-1")).isEqualTo(100_000);
        assertThat(ledger.balance("a-2")).isEqualTo(50_000);
        assertThat(ledger.totalBalance()).isEqualTo(150_000);
        assertThat(ledger.accountCount()).isEqualTo(2);
        assertThat(ledger.customerCount()).isEqualTo(2);
    }

    @Test
    void transferInsideTheBankMovesMoneyWithoutChangingTheTotal() {
        MockLedger.Posting posting = ledger.post(events.tx(TransactionType.TRANSFER_OUT, "c-1", "a-1", "250.00")
                .to("a-2").build());

        assertThat(posting.booked()).isTrue();
        assertThat(ledger.balance("a-1")).isEqualTo(75_000);
        assertThat(ledger.balance("a-2")).isEqualTo(75_000);
        assertThat(ledger.totalBalance()).isEqualTo(150_000);
    }

    @Test
    void p2pToAnAccountOfTheBankCreditsIt() {
        ledger.post(events.tx(TransactionType.P2P, "c-2", "a-2", "20.00").to("a-1").build());

        assertThat(ledger.balance("a-1")).isEqualTo(102_000);
        assertThat(ledger.totalBalance()).isEqualTo(150_000);
    }

    @Test
    void transferToAnotherBankLeavesTheBank() {
        ledger.post(events.tx(TransactionType.TRANSFER_OUT, "c-1", "a-1", "100.00").to("ext-77").build());

        assertThat(ledger.balance("a-1")).isEqualTo(90_000);
        assertThat(ledger.totalBalance()).isEqualTo(140_000);
    }

    @Test
    void depositsAndIncomingTransfersCreditTheAccount() {
        ledger.post(events.tx(TransactionType.DEPOSIT, "c-1", "a-1", "10.00").build());
        ledger.post(events.tx(TransactionType.TRANSFER_IN, "c-1", "a-1", "5.50").to("ext-1").build());

        assertThat(ledger.balance("a-1")).isEqualTo(101_550);
    }

    @Test
    void cardPurchaseDebitsTheAccount() {
        ledger.post(events.purchase("c-1", "a-1", "12.34").build());

        assertThat(ledger.balance("a-1")).isEqualTo(98_766);
    }

    @Test
    void creditLimitLetsTheBalanceGoNegative() {
        ledger.open(events.open("c-1", "card-1", "0", "300.00"));

        MockLedger.Posting posting = ledger.post(events.purchase("c-1", "card-1", "300.00").build());

        assertThat(posting.booked()).isTrue();
        assertThat(ledger.balance("card-1")).isEqualTo(-30_000);
        assertThat(ledger.creditLimit("card-1")).isEqualTo(30_000);
    }
}
