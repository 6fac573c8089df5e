package io.bankingsim.core.spi;

import io.bankingsim.core.scenario.PatternSettings;
import io.bankingsim.core.testkit.TestFraudPattern;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PluginRegistryTest {

    /** A second pattern claiming the name of the test pattern. */
    static final class Impostor implements FraudPattern {
        @Override
        public String type() {
            return "card_testing";
        }

        @Override
        public double expectedTransactions(PatternSettings settings) {
            return 1;
        }

        @Override
        public EventSource campaign(Campaign campaign) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void findsPluginsListedInMetaInfServices() {
        PluginRegistry<FraudPattern> registry = PluginRegistry.load(FraudPattern.class, FraudPattern::type);
        assertThat(registry.names()).contains("card_testing");
        assertThat(registry.require("card_testing")).isInstanceOf(TestFraudPattern.class);
    }

    @Test
    void twoPluginsWithOneNameAreRefusedNamingBothClasses() {
        assertThatThrownBy(() -> PluginRegistry.of(FraudPattern.class, FraudPattern::type,
                List.of(new TestFraudPattern(), new Impostor())))
                .isInstanceOf(PluginException.class)
                .hasMessageContaining("'card_testing'")
                .hasMessageContaining(TestFraudPattern.class.getName())
                .hasMessageContaining(Impostor.class.getName());
    }

    @Test
    void addingADuplicateToALoadedRegistryIsRefusedToo() {
        PluginRegistry<FraudPattern> registry = PluginRegistry.load(FraudPattern.class, FraudPattern::type);
        assertThatThrownBy(() -> registry.with(FraudPattern::type, List.of(new Impostor())))
                .hasMessageContaining(Impostor.class.getName());
    }

    @Test
    void missingPluginNamesTheRegisteredOnes() {
        PluginRegistry<FraudPattern> registry = PluginRegistry.of(FraudPattern.class, FraudPattern::type,
                List.of(new TestFraudPattern()));
        assertThat(registry.find("bust_out")).isEmpty();
        assertThatThrownBy(() -> registry.require("bust_out"))
                .hasMessageContaining("'bust_out'").hasMessageContaining("registered: card_testing");
    }
}
