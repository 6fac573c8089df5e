package io.bankingsim.cli;

import java.util.logging.LogManager;

/**
 * The JDK's {@link LogManager}, except that it keeps its handlers while the JVM shuts down.
 *
 * <p>The stock LogManager closes every handler from a shutdown hook of its own, which runs at the
 * same time as the CLI's Ctrl-C hook: the messages of a run that is stopping would be lost. With
 * this manager they still reach the console and the log file; {@link LoggingSetup#close()}
 * closes the handlers after the run. Installed by {@link BankingSim#main} through the
 * {@code java.util.logging.manager} system property, before anything logs. Thread-safe.
 */
public final class ShutdownSafeLogManager extends LogManager {

    /** Called by {@link LogManager} when it starts. */
    public ShutdownSafeLogManager() {
    }

    @Override
    public void reset() {
        if (shuttingDown()) {
            return;
        }
        super.reset();
    }

    private static boolean shuttingDown() {
        Thread probe = new Thread(() -> { }, "banking-sim-shutdown-probe");
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }
}
