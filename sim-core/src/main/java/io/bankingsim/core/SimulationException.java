package io.bankingsim.core;

/**
 * A simulation could not be set up or did not complete: an invalid scenario, a missing plug-in,
 * an unreachable backend, a failed output file. The message says what and where.
 */
public class SimulationException extends Exception {

    /** True when the cause is the user's input (scenario, options) rather than the run itself. */
    private final boolean badInput;

    public SimulationException(String message, boolean badInput, Throwable cause) {
        super(message, cause);
        this.badInput = badInput;
    }

    public SimulationException(String message, boolean badInput) {
        this(message, badInput, null);
    }

    /** Whether the fault lies in the input (exit code 2) rather than in the run (exit code 1). */
    public boolean isBadInput() {
        return badInput;
    }
}
