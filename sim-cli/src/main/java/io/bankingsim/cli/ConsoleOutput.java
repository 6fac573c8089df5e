package io.bankingsim.cli;

import java.io.PrintStream;
import java.util.Objects;

/**
 * The console's stderr, shared by log messages and the progress line. On a terminal the progress
 * line is a status line rewritten in place with {@code '\r'}; a log message clears it, prints
 * itself on a line of its own and redraws the status below. Elsewhere (a file, a pipe, CI) every
 * status is printed as a plain line. Thread-safe: log records arrive from any thread.
 */
final class ConsoleOutput {

    private final PrintStream err;
    private final boolean terminal;
    private String status;

    ConsoleOutput(PrintStream err, boolean terminal) {
        this.err = Objects.requireNonNull(err, "err");
        this.terminal = terminal;
    }

    /** Whether the status line is rewritten in place. */
    boolean terminal() {
        return terminal;
    }

    /** Prints a line of its own (a log message), keeping the status line below it. */
    synchronized void line(String text) {
        if (status != null) {
            err.print("\r" + " ".repeat(status.length()) + "\r");
        }
        err.println(text);
        if (status != null) {
            err.print(status);
        }
        err.flush();
    }

    /** Shows the status line: rewritten in place on a terminal, else printed as a line. */
    synchronized void status(String text) {
        if (!terminal) {
            err.println(text);
            err.flush();
            return;
        }
        int padding = status == null ? 0 : Math.max(0, status.length() - text.length());
        err.print("\r" + text + " ".repeat(padding));
        status = text;
        err.flush();
    }

    /** Ends the status line so that what follows starts on a line of its own. */
    synchronized void endStatus() {
        if (status != null) {
            err.println();
            status = null;
            err.flush();
        }
    }

    /** Prints an error message for the user, prefixed with the program's name. */
    void error(String message) {
        line("banking-sim: " + message);
    }
}
