package io.bankingsim.core.scenario;

import java.util.Objects;

/**
 * The live dashboard. Immutable.
 *
 * @param enabled whether a run starts the dashboard
 * @param port TCP port (1 to 65535)
 * @param host address to bind; {@code 127.0.0.1} keeps it local, anything else needs a token
 */
public record DashboardSettings(boolean enabled, int port, String host) {

    public static final DashboardSettings DEFAULTS = new DashboardSettings(false, 8095, "127.0.0.1");

    public DashboardSettings {
        Objects.requireNonNull(host, "host");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be 1 to 65535: " + port);
        }
    }
}
