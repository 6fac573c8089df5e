package io.bankingsim.cli;

import io.bankingsim.core.scenario.Connections;
import io.bankingsim.core.scenario.Scenario;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The backends from the environment: {@code NEXUM_URL} and {@code BASTION_URL}, which override
 * the scenario's {@code connections.nexum_url} and {@code connections.bastion_url} (each must be
 * an absolute http or https URL with a host), and {@code NEXUM_USERNAME} / {@code NEXUM_PASSWORD},
 * which override {@code connections.nexum_username} / {@code nexum_password}. Immutable.
 *
 * @param nexum Nexum's base URL, or null to keep the scenario's
 * @param bastion Bastion's base URL, or null to keep the scenario's
 * @param username Nexum's log-in name, or null to keep the scenario's
 * @param password Nexum's password, or null to keep the scenario's
 */
record BackendUrls(URI nexum, URI bastion, String username, String password) {

    /**
     * Reads the variables.
     *
     * @throws IllegalArgumentException naming the variable when a value is not a usable URL
     */
    static BackendUrls from(CliEnvironment environment) {
        return new BackendUrls(parse("NEXUM_URL", environment.get("NEXUM_URL")),
                parse("BASTION_URL", environment.get("BASTION_URL")), blankToNull(environment.get("NEXUM_USERNAME")),
                blankToNull(environment.get("NEXUM_PASSWORD")));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** The change to apply to the scenario's connections. */
    UnaryOperator<Scenario> override() {
        return scenario -> {
            Connections connections = scenario.connections();
            if (nexum != null) {
                connections = connections.withNexumUrl(nexum);
            }
            if (bastion != null) {
                connections = connections.withBastionUrl(bastion);
            }
            if (username != null) {
                connections = connections.toBuilder().nexumUsername(username.strip()).build();
            }
            if (password != null) {
                connections = connections.toBuilder().nexumPassword(password).build();
            }
            return scenario.withConnections(connections);
        };
    }

    private static URI parse(String variable, String value) {
        if (value == null) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(variable + " is not a valid URL: '" + value + "' (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException(variable + " must be an http or https URL with a host, such as"
                    + (variable.startsWith("BASTION") ? " http://localhost:8080" : " http://localhost:8090")
                    + ", not '" + value + "'");
        }
        return uri;
    }
}
