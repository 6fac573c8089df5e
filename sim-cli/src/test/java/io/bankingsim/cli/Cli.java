package io.bankingsim.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * Runs banking-sim in-process for a test, in a working directory of the test's own (where the
 * log file goes) and with only the environment variables the test gives.
 */
final class Cli {

    private final Path workingDir;
    private final Map<String, String> variables;

    private Cli(Path workingDir, Map<String, String> variables) {
        this.workingDir = workingDir;
        this.variables = variables;
    }

    static Cli in(Path workingDir) {
        return new Cli(workingDir, Map.of());
    }

    Cli withEnv(Map<String, String> env) {
        return new Cli(workingDir, env);
    }

    Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = BankingSim.execute(args, o, e, new CliEnvironment(variables, workingDir, false));
        }
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** What one invocation did. */
    record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }
}
