package io.bankingsim.connectors.mock;

import io.bankingsim.core.spi.ConnectorProvider;
import io.bankingsim.core.spi.RunContext;

/**
 * Provides the {@code dry-run} connector: a {@link DryRunConnector} on a fresh ledger and
 * detector for every run. Registered through {@code META-INF/services}. Stateless, thread-safe.
 */
public final class DryRunConnectorProvider implements ConnectorProvider {

    /** The provider's name, used by {@code --dry-run}. */
    public static final String NAME = "dry-run";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public DryRunConnector open(RunContext context) {
        return new DryRunConnector();
    }
}
