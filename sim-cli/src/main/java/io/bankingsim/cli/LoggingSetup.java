package io.bankingsim.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.logging.ErrorManager;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Configures java.util.logging, where the library's {@link System.Logger}s write: the root level
 * from {@code LOG_LEVEL} or {@code --verbose}, one-line records on the console (stderr) and
 * appended to the log file. If the log file cannot be opened, a warning says so and the console
 * carries on alone. {@link #close()} puts back the handlers and level that were there before, so
 * that the program can run in-process more than once. Not thread-safe: install and close on one
 * thread; the handlers themselves are thread-safe.
 */
final class LoggingSetup implements AutoCloseable {

    private static final List<String> LEVEL_NAMES = List.of("ERROR", "WARN", "INFO", "DEBUG", "TRACE");

    /**
     * Libraries that say a lot at INFO (Kafka's client prints its whole configuration, Helidon its
     * start-up): warnings only, unless debugging. Held here because java.util.logging keeps
     * loggers weakly and would forget their level.
     */
    private static final List<Logger> CHATTY = List.of(Logger.getLogger("org.apache.kafka"),
            Logger.getLogger("io.helidon"));

    private final Logger root;
    private final Level previousLevel;
    private final Handler[] previousHandlers;
    private final List<Handler> installed;
    private final List<Level> previousChatty;

    private LoggingSetup(Logger root, Level previousLevel, Handler[] previousHandlers, List<Handler> installed,
                         List<Level> previousChatty) {
        this.root = root;
        this.previousLevel = previousLevel;
        this.previousHandlers = previousHandlers;
        this.installed = installed;
        this.previousChatty = previousChatty;
    }

    /**
     * Keeps the libraries' start-up chatter (Helidon's sockets, Kafka's configuration) to warnings,
     * unless debugging; returns their levels before, for {@link #close()}.
     */
    static List<Level> quietLibraries(boolean debug) {
        List<Level> before = new java.util.ArrayList<>(CHATTY.size());
        for (Logger chatty : CHATTY) {
            before.add(chatty.getLevel());
            chatty.setLevel(debug ? null : Level.WARNING);
        }
        return java.util.Collections.unmodifiableList(before);
    }

    /**
     * The root level: {@code LOG_LEVEL} (ERROR, WARN, INFO, DEBUG or TRACE, any case; INFO when
     * unset), at least DEBUG with {@code --verbose}.
     *
     * @throws IllegalArgumentException when {@code LOG_LEVEL} is none of those
     */
    static Level levelOf(String logLevel, boolean verbose) {
        Level level = Level.INFO;
        if (logLevel != null) {
            level = switch (logLevel.strip().toUpperCase(Locale.ROOT)) {
                case "ERROR" -> Level.SEVERE;
                case "WARN", "WARNING" -> Level.WARNING;
                case "INFO" -> Level.INFO;
                case "DEBUG" -> Level.FINE;
                case "TRACE" -> Level.FINEST;
                default -> throw new IllegalArgumentException("LOG_LEVEL must be one of "
                        + String.join(", ", LEVEL_NAMES) + ", not '" + logLevel + "'");
            };
        }
        if (verbose && level.intValue() > Level.FINE.intValue()) {
            level = Level.FINE;
        }
        return level;
    }

    /** Replaces the root logger's handlers with the console and the log file at {@code level}. */
    static LoggingSetup install(Level level, ConsoleOutput console, Path logFile) {
        Objects.requireNonNull(level, "level");
        Logger root = Logger.getLogger("");
        Level previousLevel = root.getLevel();
        Handler[] previousHandlers = root.getHandlers();
        for (Handler handler : previousHandlers) {
            root.removeHandler(handler);
        }
        boolean debug = level.intValue() <= Level.FINE.intValue();
        Handler consoleHandler = new ConsoleHandler(console, LogFormat.console(debug));
        List<Handler> installed = new java.util.ArrayList<>(List.of(consoleHandler));
        try {
            installed.add(openFile(logFile));
        } catch (IOException | RuntimeException e) {
            console.line("banking-sim: warning: cannot open the log file " + logFile + " (" + e.getMessage()
                    + "); logging to the console only");
        }
        for (Handler handler : installed) {
            handler.setLevel(Level.ALL);
            root.addHandler(handler);
        }
        root.setLevel(level);
        List<Level> previousChatty = quietLibraries(debug);
        return new LoggingSetup(root, previousLevel, previousHandlers, List.copyOf(installed), previousChatty);
    }

    private static Handler openFile(Path logFile) throws IOException {
        // A FileHandler pattern gives '%' a meaning: escape it in the path.
        FileHandler file = new FileHandler(logFile.toAbsolutePath().toString().replace("%", "%%"), true);
        file.setEncoding(StandardCharsets.UTF_8.name());
        file.setFormatter(LogFormat.file());
        return file;
    }

    /** Flushes and closes the handlers, and puts back the previous ones. */
    @Override
    public void close() {
        for (Handler handler : installed) {
            root.removeHandler(handler);
            handler.close();
        }
        for (Handler handler : previousHandlers) {
            root.addHandler(handler);
        }
        root.setLevel(previousLevel);
        for (int i = 0; i < CHATTY.size(); i++) {
            CHATTY.get(i).setLevel(previousChatty.get(i));
        }
    }

    /** Writes records to the {@link ConsoleOutput}, around the progress line. */
    private static final class ConsoleHandler extends Handler {
        private final ConsoleOutput console;

        ConsoleHandler(ConsoleOutput console, LogFormat format) {
            this.console = console;
            setFormatter(format);
        }

        @Override
        public void publish(LogRecord record) {
            if (!isLoggable(record)) {
                return;
            }
            String text;
            try {
                text = getFormatter().format(record);
            } catch (RuntimeException e) {
                reportError("cannot format a log record", e, ErrorManager.FORMAT_FAILURE);
                return;
            }
            console.line(text.stripTrailing());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
