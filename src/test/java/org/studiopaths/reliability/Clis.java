package org.studiopaths.reliability;

import org.studiopaths.cli.Cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in this JVM and keeps what it printed. */
record Clis(int exit, String out, String err) {

    static Clis run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Clis(exit, out.toString(), err.toString());
    }

    /** The refusal: exit 2, exactly one line on stderr, nothing that looks like a stack trace. */
    boolean refusedInOneLine() {
        return exit == 2 && err.endsWith(System.lineSeparator()) && err.strip().lines().count() == 1
                && !err.contains("Exception") && !err.contains("\tat ") && !err.contains("internal error");
    }
}
