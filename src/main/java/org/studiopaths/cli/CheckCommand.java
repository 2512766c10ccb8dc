package org.studiopaths.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import org.studiopaths.engine.RenderException;
import org.studiopaths.engine.StoreSampleSource;
import org.studiopaths.exercise.CheckReport;
import org.studiopaths.exercise.Checker;
import org.studiopaths.exercise.CriterionResult;
import org.studiopaths.exercise.Exercise;
import org.studiopaths.files.Installation;
import org.studiopaths.journal.Attempt;
import org.studiopaths.journal.Journal;
import org.studiopaths.journal.Rating;
import org.studiopaths.model.Project;
import org.studiopaths.model.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;

/**
 * {@code check ID FILE.json [--json] [--record --enjoyment N]}: checks a project against an exercise. Exit 0
 * passed, 1 not passed, 2 bad input. With {@code --record}, the attempt goes into the journal.
 */
@Command(name = "check", description = "Checks a project against an exercise.")
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    Cli cli;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "the exercise (see the exercises command)")
    String id;

    @Parameters(index = "1", paramLabel = "FILE.json", description = "the project to check")
    Path file;

    @Option(names = "--json", description = "print JSON instead of text")
    boolean json;

    @Option(names = "--record", description = "add the attempt to the journal (needs --enjoyment)")
    boolean record;

    @Option(names = "--enjoyment", paramLabel = "N", description = "how much you enjoyed it, 1 to 5 (with --record)")
    Integer enjoyment;

    @Override
    public Integer call() {
        if (record && enjoyment == null) {
            throw new UserError("check: --record needs --enjoyment N, how much you enjoyed it from 1 to 5");
        }
        if (!record && enjoyment != null) {
            throw new UserError("check: --enjoyment is kept only with --record; add --record or leave it out");
        }
        if (enjoyment != null && (enjoyment < Rating.MIN_ENJOYMENT || enjoyment > Rating.MAX_ENJOYMENT)) {
            throw new UserError("check: --enjoyment is " + enjoyment + "; allowed 1 to 5");
        }
        Installation inst = cli.installation();
        Exercise exercise = ExerciseSupport.find(inst, id);
        Project project = ProjectInput.read(file);
        StoreSampleSource samples = ProjectInput.samples(inst).readingInPlace(); // one-shot: read stems in place
        ProjectInput.requireSamples(samples.store(), project, file);
        CheckReport report;
        try {
            report = Checker.check(exercise, project, ExerciseSupport.services(samples));
        } catch (RenderException e) {
            throw new UserError(file + ": " + e.getMessage());
        }
        if (record) {
            record(inst, exercise, report); // first, so a journal that cannot be written is the only output
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? json(report) : text(report));
        out.flush();
        return report.passed() ? Cli.OK : Cli.NOT_PASSED;
    }

    private void record(Installation inst, Exercise exercise, CheckReport report) {
        Path data = inst.data();
        Instant now = Instant.now();
        Attempt attempt = new Attempt(Attempt.newId(), exercise.side(), exercise.id(), exercise.title(), now, now, 0,
                0, 0, 1, report.score(), report.passed(), Rating.ofEnjoyment(enjoyment));
        try {
            Journal.open(data).journal().record(attempt)
                    .ifPresent(w -> spec.commandLine().getErr().println(Cli.oneLine(w)));
        } catch (IOException e) {
            throw new UserError(data.resolve(Journal.FILE_NAME) + ": could not be written ("
                    + Json.oneLine(String.valueOf(e.getMessage())) + "); check the folder's permissions or pass --data DIR");
        }
    }

    static String text(CheckReport r) {
        StringBuilder b = new StringBuilder();
        b.append(r.exerciseId()).append(": ").append(r.passed() ? "passed" : "not passed yet").append(", score ")
                .append(r.score()).append(System.lineSeparator());
        for (CriterionResult c : r.criteria()) {
            b.append(c.passed() ? "  [x] " : "  [ ] ").append(c.id()).append(": ").append(c.message())
                    .append(System.lineSeparator());
        }
        return b.toString();
    }

    static String json(CheckReport r) {
        StringWriter s = new StringWriter();
        try (JsonGenerator g = Json.FACTORY.createGenerator(s)) {
            DefaultPrettyPrinter pp = new DefaultPrettyPrinter();
            pp.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
            g.setPrettyPrinter(pp);
            g.writeStartObject();
            g.writeStringField("exercise", r.exerciseId());
            g.writeStringField("side", r.side().id());
            g.writeBooleanField("passed", r.passed());
            g.writeNumberField("score", r.score());
            g.writeArrayFieldStart("criteria");
            for (CriterionResult c : r.criteria()) {
                g.writeStartObject();
                g.writeStringField("id", c.id());
                g.writeBooleanField("passed", c.passed());
                g.writeStringField("message", c.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return s + "\n";
    }
}
