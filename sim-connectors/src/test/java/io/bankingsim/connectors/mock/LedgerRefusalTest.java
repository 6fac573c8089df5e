package io.bankingsim.connectors.mock;

import io.bankingsim.connectors.EventFixtures;
import io.bankingsim.core.event.AccountOpened;
import io.bankingsim.core.event.GroundTruth;
import io.bankingsim.core.event.Money;
import io.bankingsim.core.event.ProductType;
import io.bankingsim.core.event.TransactionType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.NoSuchElementException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LedgerRefusalTest {

    private final EventFixtures events = new EventFixtures();
    private final MockLedger ledger = new MockLedger();

    @BeforeEach
    void openAccount() {
        ledger.open(events.open("c-1", "a-1", "100.00", "50.00"));
        ledger.open(events.open("c-2", "a-2", "0", "0"));
    }

    @Test
    void debitBeyondBalanceAndCreditLimitIsRefusedAndChangesNothing() {
        MockLedger.Posting posting = ledger.post(events.tx(TransactionType.TRANSFER_OUT, "c-1", "a-1", "150.01")
                .to("a-2").build());

        assertThat(posting.booked()).isFalse();
        assertThat(posting.detail()).isEqualTo("insufficient funds");
        assertThat(ledger.balance("a-1")).isEqualTo(10_000);
        assertThat(ledger.balance("a-2")).isZero();
    }

    @Test
    void debitUsingTheWholeCreditLimitIsBooked() {
        assertThat(ledger.post(events.purchase("c-1", "a-1", "150.00").build()).booked()).isTrue();
        assertThat(ledger.post(events.purchase("c-1", "a-1", "0.01").build()).detail())
                .isEqualTo("insufficient funds");
    }

    @Test
    void aRaisedCreditLimitLetsTheAccountSpendMore() {
        var raise = new io.bankingsim.core.event.CreditLimitChange("e-1", java.time.Instant.EPOCH, "c-1", "a-1",
                Money.of("250.00", "USD"), GroundTruth.GENUINE);

        assertThat(ledger.changeLimit(raise).booked()).isTrue();
        assertThat(ledger.creditLimit("a-1")).isEqualTo(25_000);
        assertThat(ledger.post(events.purchase("c-1", "a-1", "350.00").build()).booked()).isTrue();
        assertThat(ledger.changeLimit(new io.bankingsim.core.event.CreditLimitChange("e-2", java.time.Instant.EPOCH,
                "c-9", "a-9", Money.of("1.00", "USD"), GroundTruth.GENUINE)).detail()).isEqualTo("unknown account a-9");
    }

    @Test
    void unknownAccountIsRefused() {
        MockLedger.Posting posting = ledger.post(events.purchase("c-9", "a-9", "1.00").build());

        assertThat(posting.booked()).isFalse();
        assertThat(posting.detail()).isEqualTo("unknown account a-9");
    }

    @Test
    void accountIdUsedTwiceIsRefused() {
        assertThat(ledger.open(events.open("c-1", "a-1", "1.00", "0")).detail()).contains("already exists");
        assertThat(ledger.balance("a-1")).isEqualTo(10_000);
    }

    @Test
    void customerOnboardedTwiceIsRefused() {
        assertThat(ledger.onboard(events.onboard("c-7")).booked()).isTrue();
        assertThat(ledger.onboard(events.onboard("c-7")).booked()).isFalse();
    }

    @Test
    void amountInAnotherCurrencyIsRefused() {
        ledger.open(new AccountOpened("e-eur", events.now(), "c-3", "eur-1", ProductType.SAVINGS,
                Money.of("10.00", "EUR"), Money.of("0", "EUR"), GroundTruth.GENUINE));

        MockLedger.Posting posting = ledger.post(events.purchase("c-3", "eur-1", "1.00").build());

        assertThat(posting.detail()).startsWith("currency mismatch");
        assertThat(ledger.balance("eur-1")).isEqualTo(1_000);
    }

    @Test
    void balanceOfUnknownAccountFails() {
        assertThatThrownBy(() -> ledger.balance("nope")).isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("nope");
    }
}
