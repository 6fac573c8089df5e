package io.bankingsim.core.spi;

/**
 * Extension point: a way of delivering events, e.g. {@code dry-run} (in-process mock ledger and
 * detector) or {@code http} (the real Nexum and Bastion). Found by {@link java.util.ServiceLoader}
 * under a unique {@link #name()}.
 */
public interface ConnectorProvider {

    /** Stable, unique name, e.g. {@code dry-run}. */
    String name();

    /** Opens a connector for one run. */
    Connector open(RunContext context);
}
