package io.bankingsim.cli;

import io.helidon.logging.common.spi.LoggingProvider;

/**
 * Tells Helidon (the dashboard's and the stubs' web server) that logging is taken care of: the CLI
 * sets up java.util.logging itself (the console and banking_simulator.log, see
 * {@code LoggingSetup}). Without a provider, Helidon prints "There is no Helidon logging
 * implementation on classpath" to stderr on every start. Registered in
 * {@code META-INF/services/io.helidon.logging.common.spi.LoggingProvider}. Stateless.
 */
public final class HelidonLogging implements LoggingProvider {

    /** Found by ServiceLoader. */
    public HelidonLogging() {
    }

    @Override
    public void initialization() {
        // the CLI has configured java.util.logging already
    }

    @Override
    public void runTime() {
        // nothing to do at run time either
    }
}
