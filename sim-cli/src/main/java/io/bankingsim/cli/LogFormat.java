package io.bankingsim.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/**
 * One line per log record: {@code time LEVEL logger message}, e.g.
 * {@code 14:32:10.123 INFO  RunCommand running scenario normal_day}. The logger is its simple
 * name (after the last dot); levels use the names of {@code LOG_LEVEL} (ERROR, WARN, INFO,
 * DEBUG, TRACE). The log file adds the date, since it collects runs of many days. A record's
 * exception follows as a stack trace when {@code withStackTraces}, else as its message.
 * Thread-safe.
 */
final class LogFormat extends Formatter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    private final DateTimeFormatter timeFormat;
    private final boolean withStackTraces;

    private LogFormat(DateTimeFormatter timeFormat, boolean withStackTraces) {
        this.timeFormat = timeFormat.withZone(ZoneId.systemDefault());
        this.withStackTraces = withStackTraces;
    }

    /** For the console: time of day; stack traces only when {@code withStackTraces}. */
    static LogFormat console(boolean withStackTraces) {
        return new LogFormat(TIME, withStackTraces);
    }

    /** For the log file: date and time, stack traces always. */
    static LogFormat file() {
        return new LogFormat(DATE_TIME, true);
    }

    @Override
    public String format(LogRecord record) {
        StringBuilder line = new StringBuilder(128)
                .append(timeFormat.format(record.getInstant())).append(' ')
                .append(String.format("%-5s", levelName(record.getLevel()))).append(' ')
                .append(shortName(record.getLoggerName())).append(' ')
                .append(formatMessage(record));
        Throwable thrown = record.getThrown();
        if (thrown != null) {
            if (withStackTraces) {
                StringWriter trace = new StringWriter();
                thrown.printStackTrace(new PrintWriter(trace));
                line.append(System.lineSeparator()).append(trace.toString().stripTrailing());
            } else {
                line.append(" (").append(thrown).append(')');
            }
        }
        return line.append(System.lineSeparator()).toString();
    }

    /** The {@code LOG_LEVEL} name of a java.util.logging level. */
    static String levelName(Level level) {
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            return "ERROR";
        }
        if (value >= Level.WARNING.intValue()) {
            return "WARN";
        }
        if (value >= Level.INFO.intValue()) {
            return "INFO";
        }
        if (value >= Level.FINE.intValue()) {
            return "DEBUG";
        }
        return "TRACE";
    }

    private static String shortName(String loggerName) {
        if (loggerName == null || loggerName.isEmpty()) {
            return "root";
        }
        return loggerName.substring(loggerName.lastIndexOf('.') + 1);
    }
}
