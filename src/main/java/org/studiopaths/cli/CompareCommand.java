package org.studiopaths.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import org.studiopaths.exercise.Side;
import org.studiopaths.journal.Comparison;
import org.studiopaths.journal.Journal;
import org.studiopaths.journal.SideSummary;
import org.studiopaths.model.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code compare [--json]}: the two sides from the journal, as {@code spec/cli.md} describes. */
@Command(name = "compare", description = "Compares the two sides from the journal of attempts.")
final class CompareCommand implements Callable<Integer> {

    @ParentCommand
    Cli cli;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "print JSON instead of a table")
    boolean json;

    @Override
    public Integer call() {
        Path data = cli.installation().data();
        Journal.Opened opened;
        try {
            opened = Journal.open(data);
        } catch (IOException e) {
            throw new UserError(data.resolve(Journal.FILE_NAME) + ": could not be read ("
                    + Json.oneLine(String.valueOf(e.getMessage())) + "); check the folder's permissions or pass --data DIR");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        opened.warning().ifPresent(w -> err.println(Cli.oneLine(w)));
        Comparison c = Comparison.of(opened.journal().attempts());
        out.print(json ? json(c) : table(c));
        out.flush();
        return Cli.OK;
    }

    static String json(Comparison c) {
        StringWriter s = new StringWriter();
        try (JsonGenerator g = Json.FACTORY.createGenerator(s)) {
            DefaultPrettyPrinter pp = new DefaultPrettyPrinter();
            pp.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
            g.setPrettyPrinter(pp);
            g.writeStartObject();
            for (Side side : Side.values()) {
                SideSummary sum = c.of(side);
                g.writeObjectFieldStart(side.id());
                g.writeNumberField("attempts", sum.attempts());
                g.writeFieldName("meanEnjoyment");
                if (sum.meanEnjoyment() == null) {
                    g.writeNull();
                } else {
                    g.writeNumber(BigDecimal.valueOf(sum.meanEnjoyment()).setScale(1, RoundingMode.HALF_UP));
                }
                g.writeFieldName("meanScore");
                if (sum.meanScore() == null) {
                    g.writeNull();
                } else {
                    g.writeNumber(sum.meanScore());
                }
                g.writeNumberField("minutes", sum.minutes());
                g.writeEndObject();
            }
            g.writeStringField("leaning", c.leaning().id());
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return s + "\n";
    }

    static String table(Comparison c) {
        StringBuilder b = new StringBuilder();
        String row = "%-12s %8s %10s %6s %8s%n";
        b.append(String.format(Locale.ROOT, row, "", "attempts", "enjoyment", "score", "minutes"));
        for (Side side : Side.values()) {
            SideSummary s = c.of(side);
            b.append(String.format(Locale.ROOT, row, side.id(), s.attempts(),
                    s.meanEnjoyment() == null ? "-" : String.format(Locale.ROOT, "%.1f", s.meanEnjoyment()),
                    s.meanScore() == null ? "-" : s.meanScore(), s.minutes()));
        }
        b.append("leaning: ").append(c.leaning().id()).append(System.lineSeparator());
        b.append(c.reading().headline()).append(System.lineSeparator());
        return b.toString();
    }
}
