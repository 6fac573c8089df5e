package io.bankingsim.connectors.mock;

import io.bankingsim.connectors.EventFixtures;
import io.bankingsim.core.clock.ManualTicker;
import io.bankingsim.core.clock.VirtualClock;
import io.bankingsim.core.scenario.Scenario;
import io.bankingsim.core.spi.Connector;
import io.bankingsim.core.spi.ConnectorProvider;
import io.bankingsim.core.spi.PluginRegistry;
import io.bankingsim.core.spi.RunContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DryRunProviderTest {

    private static RunContext context() {
        Scenario scenario = Scenario.defaults("test");
        return new RunContext(scenario, VirtualClock.start(scenario.start(), scenario.speed(), new ManualTicker()),
                null);
    }

    @Test
    void dryRunIsFoundByServiceLoader() {
        PluginRegistry<ConnectorProvider> registry = PluginRegistry.load(ConnectorProvider.class,
                ConnectorProvider::name);

        assertThat(registry.require("dry-run")).isInstanceOf(DryRunConnectorProvider.class);
    }

    @Test
    void eachRunGetsItsOwnLedgerReachableFromTheConnector() {
        ConnectorProvider provider = new DryRunConnectorProvider();
        try (Connector connector = provider.open(context()); Connector other = provider.open(context())) {
            connector.deliver(new EventFixtures().open("c-1", "a-1", "10.00", "0")).join();

            assertThat(connector.health().up()).isTrue();
            assertThat(connector).isInstanceOfSatisfying(DryRunConnector.class,
                    dryRun -> assertThat(dryRun.ledger().balance("a-1")).isEqualTo(1_000));
            assertThat(((DryRunConnector) other).ledger().accountCount()).isZero();
        }
    }
}
