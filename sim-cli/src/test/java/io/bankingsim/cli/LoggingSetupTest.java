package io.bankingsim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** LOG_LEVEL and --verbose set the level; records go to stderr and the log file, one line each. */
@SuppressWarnings("try") // try-with-resources scopes the installed logging
class LoggingSetupTest {

    @TempDir
    Path dir;

    @Test
    void levelIsInfoByDefaultAndFollowsLogLevelInAnyCase() {
        assertThat(LoggingSetup.levelOf(null, false)).isEqualTo(Level.INFO);
        assertThat(LoggingSetup.levelOf("error", false)).isEqualTo(Level.SEVERE);
        assertThat(LoggingSetup.levelOf("WARN", false)).isEqualTo(Level.WARNING);
        assertThat(LoggingSetup.levelOf("Debug", false)).isEqualTo(Level.FINE);
        assertThat(LoggingSetup.levelOf("TRACE", false)).isEqualTo(Level.FINEST);
    }

    @Test
    void verboseMeansDebugUnlessTraceIsAsked() {
        assertThat(LoggingSetup.levelOf(null, true)).isEqualTo(Level.FINE);
        assertThat(LoggingSetup.levelOf("ERROR", true)).isEqualTo(Level.FINE);
        assertThat(LoggingSetup.levelOf("TRACE", true)).isEqualTo(Level.FINEST);
    }

    @Test
    void unknownLevelIsRefusedListingTheLevels() {
        assertThatThrownBy(() -> LoggingSetup.levelOf("loud", false))
                .hasMessageContaining("ERROR, WARN, INFO, DEBUG, TRACE").hasMessageContaining("loud");
    }

    @Test
    void libraryLogsReachTheConsoleAndTheLogFileOnOneLineEach() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path logFile = dir.resolve(BankingSim.LOG_FILE);
        System.Logger log = System.getLogger("io.bankingsim.core.engine.Engine");

        try (LoggingSetup ignored = LoggingSetup.install(Level.INFO,
                new ConsoleOutput(new PrintStream(err, true, StandardCharsets.UTF_8), false), logFile)) {
            log.log(System.Logger.Level.INFO, "hello {0}", "world");
            log.log(System.Logger.Level.DEBUG, "not shown at INFO");
        }

        String console = err.toString(StandardCharsets.UTF_8);
        assertThat(console).matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  Engine hello world\\R");
        List<String> file = Files.readAllLines(logFile);
        assertThat(file).hasSize(1);
        assertThat(file.get(0)).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  Engine hello world");
    }

    @Test
    void theLogFileIsAppendedTo() throws Exception {
        Path logFile = dir.resolve(BankingSim.LOG_FILE);
        ConsoleOutput console = new ConsoleOutput(new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), false);
        for (String message : List.of("first", "second")) {
            try (LoggingSetup ignored = LoggingSetup.install(Level.INFO, console, logFile)) {
                System.getLogger("x").log(System.Logger.Level.WARNING, message);
            }
        }

        assertThat(Files.readAllLines(logFile)).hasSize(2).anySatisfy(l -> assertThat(l).endsWith("WARN  x first"))
                .anySatisfy(l -> assertThat(l).endsWith("WARN  x second"));
    }

    @Test
    void anUnwritableLogFileIsAWarningNotAFailure() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path logFile = dir.resolve("no-such-dir").resolve(BankingSim.LOG_FILE);

        try (LoggingSetup ignored = LoggingSetup.install(Level.INFO,
                new ConsoleOutput(new PrintStream(err, true, StandardCharsets.UTF_8), false), logFile)) {
            System.getLogger("x").log(System.Logger.Level.INFO, "still logged");
        }

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot open the log file", "still logged");
    }

    @Test
    void closePutsBackThePreviousHandlersAndLevel() {
        Logger root = Logger.getLogger("");
        Level level = root.getLevel();
        List<Handler> handlers = List.of(root.getHandlers());

        LoggingSetup.install(Level.FINEST, new ConsoleOutput(new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), false), dir.resolve(BankingSim.LOG_FILE)).close();

        assertThat(root.getLevel()).isEqualTo(level);
        assertThat(root.getHandlers()).containsExactlyElementsOf(handlers);
    }
}
