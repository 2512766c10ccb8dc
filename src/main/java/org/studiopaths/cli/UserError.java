package org.studiopaths.cli;

/** A problem with the user's input: printed as one line, no stack trace, with an exit status. */
public class UserError extends RuntimeException {

    private final int exitCode;

    public UserError(String oneLineMessage) {
        this(oneLineMessage, Cli.BAD_INPUT);
    }

    public UserError(String oneLineMessage, int exitCode) {
        super(oneLineMessage);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
