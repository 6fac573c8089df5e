package io.bankingsim.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Log lines and the status line share stderr without garbling each other. */
class ConsoleOutputTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @Test
    void onATerminalALogLineClearsTheStatusAndRedrawsItBelow() {
        ConsoleOutput console = new ConsoleOutput(err, true);

        console.status("status 1");
        console.line("a log message");

        assertThat(text()).isEqualTo("\rstatus 1" + "\r        \r" + "a log message" + System.lineSeparator()
                + "status 1");
    }

    @Test
    void onATerminalAShorterStatusBlanksTheRestOfTheLonger() {
        ConsoleOutput console = new ConsoleOutput(err, true);

        console.status("longer status");
        console.status("short");
        console.endStatus();

        assertThat(text()).isEqualTo("\rlonger status\rshort        " + System.lineSeparator());
    }

    @Test
    void elsewhereEveryStatusIsALine() {
        ConsoleOutput console = new ConsoleOutput(err, false);

        console.status("one");
        console.line("log");
        console.status("two");
        console.endStatus();

        assertThat(text()).isEqualTo(String.join(System.lineSeparator(), "one", "log", "two", ""));
    }

    private String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
