package org.studiopaths.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code solution ID -o FILE.json}: writes the exercise's reference solution, a project that passes. */
@Command(name = "solution", description = "Writes an exercise's reference solution, a project that passes.")
final class SolutionCommand implements Callable<Integer> {

    @ParentCommand
    Cli cli;

    @Parameters(index = "0", paramLabel = "ID", description = "the exercise (see the exercises command)")
    String id;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.json", description = "where to write it")
    Path output;

    @Override
    public Integer call() {
        ProjectOutput.write(ExerciseSupport.find(cli.installation(), id).solution(), output);
        return Cli.OK;
    }
}
