package org.studiopaths.cli;

import org.studiopaths.files.Installation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * The command line of {@code spec/cli.md}: global options, then a command. Exit 0 done, 1 check failed,
 * 2 bad input or usage (one line on stderr, no stack trace), 3 no audio output.
 */
@Command(name = "studio-paths", mixinStandardHelpOptions = true, version = "Studio Paths 0.1",
        description = "Try music production and audio engineering; these commands work without a window.",
        subcommands = {
                RenderCommand.class,
                PlayCommand.class,
                AnalyzeCommand.class,
                CompareCommand.class,
                ExercisesCommand.class,
                StartCommand.class,
                SolutionCommand.class,
                CheckCommand.class,
        })
public final class Cli implements Runnable {

    public static final int OK = 0;
    public static final int NOT_PASSED = 1;
    public static final int BAD_INPUT = 2;
    public static final int NO_AUDIO = 3;

    @Option(names = "--samples", paramLabel = "DIR", description = "the samples root (default: the installation's samples/)")
    Path samples;

    @Option(names = "--exercises", paramLabel = "DIR", description = "where exercises are read from (default: the installation's exercises/)")
    Path exercises;

    @Option(names = "--data", paramLabel = "DIR", description = "the user's data folder (default: $STUDIO_PATHS_DATA or the platform's data folder)")
    Path data;

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    /** The folders this run uses, with the defaults of the installation filled in. */
    public Installation installation() {
        return Installation.resolve(samples, exercises, data);
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Cli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("studio-paths: " + oneLine(ex.getMessage()) + " (see --help)");
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof UserError u) {
                err.println(oneLine(u.getMessage()));
                return u.exitCode();
            }
            err.println("studio-paths: internal error: " + oneLine(String.valueOf(ex)));
            return BAD_INPUT;
        });
        return cl.execute(args);
    }

    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }
}
