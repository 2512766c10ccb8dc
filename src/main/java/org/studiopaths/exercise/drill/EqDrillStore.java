package org.studiopaths.exercise.drill;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import org.studiopaths.files.AtomicFiles;
import org.studiopaths.model.json.Json;
import org.studiopaths.model.json.JsonFormatException;
import org.studiopaths.model.json.ProjectFiles;
import org.studiopaths.model.json.StrictReader;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * The EQ drill's scores in the user's data folder, {@code eq-drill.json}, written whole (temporary file, then
 * rename):
 * <pre>{ "format": "studio-paths.eq-drill/1", "level": 2, "streak": 1, "rounds": 17, "totalCredit": 11.5 }</pre>
 */
public final class EqDrillStore {

    public static final String FILE_NAME = "eq-drill.json";
    public static final String FORMAT = "studio-paths.eq-drill/1";

    private final Path file;

    /** @param dataFolder the user's data folder ({@code Installation.data()}) */
    public EqDrillStore(Path dataFolder) {
        this.file = dataFolder.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    /** The saved scores; {@link EqDrillScores#FIRST} when none were saved yet. */
    public EqDrillScores load() throws IOException, JsonFormatException {
        if (!Files.exists(file)) {
            return EqDrillScores.FIRST;
        }
        return parse(ProjectFiles.readText(file), file.toString());
    }

    public void save(EqDrillScores scores) throws IOException {
        AtomicFiles.writeString(file, write(scores));
    }

    static EqDrillScores parse(String text, String fileName) throws JsonFormatException {
        StrictReader r = new StrictReader(fileName);
        Json.Obj root = r.object(Json.parse(text, fileName), "the document");
        r.onlyFields(root, "", Set.of("format", "level", "streak", "rounds", "totalCredit"));
        Json format = r.required(root, "", "format");
        if (!FORMAT.equals(r.string(format, "format"))) {
            throw r.error(format, "format", "is \"" + r.string(format, "format") + "\"; allowed \"" + FORMAT + "\"");
        }
        int level = (int) r.numberIn(root, "", "level", 1.0, 1, EqDrill.LEVELS, "1 to " + EqDrill.LEVELS);
        int streak = (int) r.numberIn(root, "", "streak", 0.0, 0, Integer.MAX_VALUE, "0 or more");
        int rounds = (int) r.numberIn(root, "", "rounds", 0.0, 0, Integer.MAX_VALUE, "0 or more");
        double credit = r.numberIn(root, "", "totalCredit", 0.0, 0, rounds, "0 to rounds (" + rounds + ")");
        return new EqDrillScores(level, streak, rounds, credit);
    }

    static String write(EqDrillScores s) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = Json.FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeNumberField("level", s.level());
            g.writeNumberField("streak", s.streak());
            g.writeNumberField("rounds", s.rounds());
            g.writeNumberField("totalCredit", s.totalCredit());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }
}
