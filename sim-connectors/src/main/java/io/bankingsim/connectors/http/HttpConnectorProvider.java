package io.bankingsim.connectors.http;

import io.bankingsim.core.scenario.Connections;
import io.bankingsim.core.spi.Connector;
import io.bankingsim.core.spi.ConnectorProvider;
import io.bankingsim.core.spi.RunContext;

import java.time.Duration;
import java.time.InstantSource;

/**
 * The {@code http} connector: the real Nexum and Bastion at {@code connections.nexum_url} and
 * {@code connections.bastion_url}. Credentials come from {@code connections.nexum_username} /
 * {@code nexum_password}; the NEXUM_USERNAME / NEXUM_PASSWORD environment variables override them
 * (as NEXUM_URL overrides the URL), so no secret needs to be written into a scenario file.
 */
public final class HttpConnectorProvider implements ConnectorProvider {

    /** The provider's name. */
    public static final String NAME = "http";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Connector open(RunContext context) {
        Connections c = withCredentials(context.scenario().connections(), System.getenv("NEXUM_USERNAME"),
                System.getenv("NEXUM_PASSWORD"));
        HttpConnector connector = new HttpConnector(c, context.scenario().currency(),
                new JdkHttpTransport(Duration.ofSeconds(c.timeoutSeconds())), InstantSource.system());
        context.output().ifPresent(connector::writeIdsTo);
        return connector;
    }

    /** The settings with the given credentials, when set, in place of the scenario's. */
    static Connections withCredentials(Connections c, String username, String password) {
        Connections.Builder b = c.toBuilder();
        if (username != null && !username.isBlank()) {
            b.nexumUsername(username.strip());
        }
        if (password != null && !password.isEmpty()) {
            b.nexumPassword(password);
        }
        return b.build();
    }
}
