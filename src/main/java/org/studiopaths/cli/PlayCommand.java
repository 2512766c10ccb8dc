package org.studiopaths.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** Placeholder: being built. */
@Command(name = "play", description = "(being built)")
final class PlayCommand implements java.util.concurrent.Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Override
    public Integer call() {
        throw new UserError("play: not built yet");
    }
}
