package io.bankingsim.generators;

import io.bankingsim.core.scenario.Fraud;
import io.bankingsim.core.spi.FraudPattern;
import io.bankingsim.core.spi.TrafficGenerator;
import org.junit.jupiter.api.Test;

import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;

class RegistrationTest {

    @Test
    void theStandardGeneratorIsFoundByServiceLoader() {
        assertThat(ServiceLoader.load(TrafficGenerator.class).stream().map(p -> p.get().name()))
                .containsExactly("standard");
    }

    @Test
    void everyBuiltInPatternIsFoundByServiceLoaderOnce() {
        assertThat(ServiceLoader.load(FraudPattern.class).stream().map(p -> p.get().type()))
                .containsExactlyInAnyOrderElementsOf(Fraud.BUILT_IN_PATTERNS);
    }
}
