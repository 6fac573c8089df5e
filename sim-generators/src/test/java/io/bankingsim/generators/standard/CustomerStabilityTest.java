package io.bankingsim.generators.standard;

import io.bankingsim.core.event.Event;
import io.bankingsim.core.spi.TrafficGenerator.GeneratedWorld;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.bankingsim.generators.Fixtures.drain;
import static io.bankingsim.generators.Fixtures.generate;
import static io.bankingsim.generators.Fixtures.scenario;
import static org.assertj.core.api.Assertions.assertThat;

class CustomerStabilityTest {

    @Test
    void customerIsTheSameWhateverTheNumberOfCustomers() {
        GeneratedWorld small = generate(scenario(40, 11));
        GeneratedWorld large = generate(scenario(4_000, 11));

        for (int k = 0; k < 40; k++) {
            assertThat(large.world().customer(k)).isEqualTo(small.world().customer(k));
        }
    }

    @Test
    void customerIsOnboardedWithTheSameIdentityAndBalancesWhateverTheNumberOfCustomers() {
        int perCustomer = 1 + scenario(1, 11).accountsPerCustomer();
        List<Event> small = drain(generate(scenario(40, 11)).sources().get(0));
        List<Event> large = drain(generate(scenario(4_000, 11)).sources().get(0), 40 * perCustomer);

        assertThat(large).isEqualTo(small);
    }
}
