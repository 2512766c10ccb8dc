package org.studiopaths.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** Placeholder: being built. */
@Command(name = "analyze", description = "(being built)")
final class AnalyzeCommand implements java.util.concurrent.Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Override
    public Integer call() {
        throw new UserError("analyze: not built yet");
    }
}
