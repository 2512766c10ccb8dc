package org.studiopaths.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** Placeholder: being built. */
@Command(name = "render", description = "(being built)")
final class RenderCommand implements java.util.concurrent.Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Override
    public Integer call() {
        throw new UserError("render: not built yet");
    }
}
