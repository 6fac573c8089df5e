package io.bankingsim.cli;

import java.io.Console;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What the program reads from the process around it: environment variables, the working
 * directory (where the log file goes) and whether the console is a terminal. Tests pass their
 * own. Immutable.
 *
 * @param variables environment variables
 * @param workingDir the current directory
 * @param terminal whether stderr is an interactive terminal (the progress line then rewrites one line)
 */
record CliEnvironment(Map<String, String> variables, Path workingDir, boolean terminal) {

    CliEnvironment {
        variables = Map.copyOf(variables);
        Objects.requireNonNull(workingDir, "workingDir");
    }

    /** The real process: its environment, its working directory, its console. */
    static CliEnvironment system() {
        return new CliEnvironment(System.getenv(), Path.of("").toAbsolutePath(), isTerminal());
    }

    /** A variable, or null when unset or blank. */
    String get(String name) {
        String value = variables.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static boolean isTerminal() {
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        Path stderr = Path.of("/proc/self/fd/2");
        if (Files.isSymbolicLink(stderr)) {
            // Linux: stderr itself, whatever stdin and stdout are (e.g. stdout piped to a file).
            try {
                String target = Files.readSymbolicLink(stderr).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                return false;
            }
        }
        Console console = System.console();
        if (console == null) {
            return false;
        }
        // From JDK 22 System.console() is never null; Console.isTerminal() then says whether it
        // is a terminal. This code is compiled for Java 21, hence the reflection.
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
