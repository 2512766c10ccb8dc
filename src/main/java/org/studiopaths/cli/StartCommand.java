package org.studiopaths.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code start ID -o FILE.json}: writes the exercise's starting project. */
@Command(name = "start", description = "Writes an exercise's starting project.")
final class StartCommand implements Callable<Integer> {

    @ParentCommand
    Cli cli;

    @Parameters(index = "0", paramLabel = "ID", description = "the exercise (see the exercises command)")
    String id;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.json", description = "where to write it")
    Path output;

    @Override
    public Integer call() {
        ProjectOutput.write(ExerciseSupport.find(cli.installation(), id).start(), output);
        return Cli.OK;
    }
}
