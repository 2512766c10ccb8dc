package org.studiopaths.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import org.studiopaths.exercise.Exercise;
import org.studiopaths.exercise.ExerciseCatalog;
import org.studiopaths.model.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code exercises [--json]}: lists the exercises; broken ones are named on standard error, one line each. */
@Command(name = "exercises", description = "Lists the exercises.")
final class ExercisesCommand implements Callable<Integer> {

    @ParentCommand
    Cli cli;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "print a JSON array instead of one line each")
    boolean json;

    @Override
    public Integer call() {
        ExerciseCatalog catalog = ExerciseCatalog.load(cli.installation().exercises());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (String problem : catalog.problems()) {
            err.println("skipped: " + Cli.oneLine(problem));
        }
        out.print(json ? json(catalog.exercises()) : lines(catalog.exercises()));
        out.flush();
        err.flush();
        return Cli.OK;
    }

    static String lines(List<Exercise> exercises) {
        StringBuilder b = new StringBuilder();
        for (Exercise e : exercises) {
            b.append(String.format(Locale.ROOT, "%-24s %-11s %d/5  %s: %s%n", e.id(), e.side().id(), e.difficulty(),
                    e.title(), e.summary()));
        }
        return b.toString();
    }

    static String json(List<Exercise> exercises) {
        StringWriter s = new StringWriter();
        try (JsonGenerator g = Json.FACTORY.createGenerator(s)) {
            DefaultPrettyPrinter pp = new DefaultPrettyPrinter();
            pp.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
            g.setPrettyPrinter(pp);
            g.writeStartArray();
            for (Exercise e : exercises) {
                g.writeStartObject();
                g.writeStringField("id", e.id());
                g.writeStringField("side", e.side().id());
                g.writeStringField("title", e.title());
                g.writeNumberField("difficulty", e.difficulty());
                g.writeStringField("summary", e.summary());
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return s + "\n";
    }
}
