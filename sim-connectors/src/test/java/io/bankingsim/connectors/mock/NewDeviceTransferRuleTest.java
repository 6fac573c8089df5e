package io.bankingsim.connectors.mock;

import io.bankingsim.connectors.EventFixtures;
import io.bankingsim.core.event.Device;
import io.bankingsim.core.event.TransactionType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class NewDeviceTransferRuleTest {

    private static final Device USUAL = EventFixtures.device("fp-usual", "US");
    private static final Device OTHER = EventFixtures.device("fp-other", "US");

    private final EventFixtures events = new EventFixtures();
    private final MockFraudDetector detector = new MockFraudDetector();

    @BeforeEach
    void customerHasAUsualDevice() {
        detector.score(ScoringRequest.of(events.login("c-1", USUAL)));
        events.advance(Duration.ofDays(3));
    }

    private FraudScore transferFrom(Device device) {
        return detector.score(ScoringRequest.of(events.tx(TransactionType.TRANSFER_OUT, "c-1", "a-1", "300.00")
                .to("ext-1").from(device).build()));
    }

    @Test
    void transferOutFromADeviceFirstSeenTodayHits() {
        detector.score(ScoringRequest.of(events.login("c-1", OTHER)));
        events.advance(Duration.ofMinutes(5));

        assertThat(transferFrom(OTHER).ruleHits()).containsExactly("new_device_transfer");
    }

    @Test
    void transferOutFromABrandNewDeviceHits() {
        assertThat(transferFrom(OTHER).ruleHits()).containsExactly("new_device_transfer");
    }

    @Test
    void transferOutFromTheUsualDeviceDoesNot() {
        assertThat(transferFrom(USUAL).ruleHits()).isEmpty();
    }

    @Test
    void deviceKnownForDaysDoesNot() {
        detector.score(ScoringRequest.of(events.login("c-1", OTHER)));
        events.advance(Duration.ofDays(2));

        assertThat(transferFrom(OTHER).ruleHits()).isEmpty();
    }

    @Test
    void purchaseFromANewDeviceDoesNot() {
        FraudScore score = detector.score(ScoringRequest.of(
                events.purchase("c-1", "a-1", "30.00").from(OTHER).build()));

        assertThat(score.ruleHits()).isEmpty();
    }

    @Test
    void customersFirstDeviceIsNeverNew() {
        FraudScore score = detector.score(ScoringRequest.of(events.tx(TransactionType.P2P, "c-2", "a-2", "30.00")
                .to("a-1").from(OTHER).build()));

        assertThat(score.ruleHits()).isEmpty();
    }
}
