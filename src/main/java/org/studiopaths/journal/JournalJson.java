package org.studiopaths.journal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import org.studiopaths.exercise.Side;
import org.studiopaths.model.json.Json;
import org.studiopaths.model.json.JsonFormatException;
import org.studiopaths.model.json.StrictReader;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The journal file's text ({@code docs/journal.md}): written with every field spelled out, read strictly with
 * one-line messages such as {@code journal.json:9:18: attempts[2].score is 140; allowed 0 to 100 or null}.
 */
public final class JournalJson {

    public static final String FORMAT = "studio-paths.journal/1";

    private static final int MAX_ATTEMPTS = 100_000;
    private static final Set<String> TOP = ordered("format", "attempts");
    private static final Set<String> ATTEMPT = ordered("id", "side", "exerciseId", "exerciseTitle", "startedAt",
            "endedAt", "secondsOnTask", "edits", "plays", "checks", "score", "passed", "rating");
    private static final Set<String> RATING = ordered("enjoyment", "lostTrackOfTime", "wantAnother", "note");

    private JournalJson() {
    }

    public static String write(List<Attempt> attempts) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = Json.FACTORY.createGenerator(out)) {
            DefaultPrettyPrinter pp = new DefaultPrettyPrinter();
            pp.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
            g.setPrettyPrinter(pp);
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeArrayFieldStart("attempts");
            for (Attempt a : attempts) {
                writeAttempt(g, a);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    private static void writeAttempt(JsonGenerator g, Attempt a) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", a.id());
        g.writeStringField("side", a.side().id());
        g.writeStringField("exerciseId", a.exerciseId());
        g.writeStringField("exerciseTitle", a.exerciseTitle());
        g.writeStringField("startedAt", a.startedAt().toString());
        g.writeStringField("endedAt", a.endedAt().toString());
        g.writeNumberField("secondsOnTask", a.secondsOnTask());
        g.writeNumberField("edits", a.edits());
        g.writeNumberField("plays", a.plays());
        g.writeNumberField("checks", a.checks());
        g.writeFieldName("score");
        if (a.score() == null) {
            g.writeNull();
        } else {
            g.writeNumber(a.score());
        }
        g.writeBooleanField("passed", a.passed());
        Rating r = a.rating();
        g.writeObjectFieldStart("rating");
        g.writeFieldName("enjoyment");
        if (r.enjoyment() == null) {
            g.writeNull();
        } else {
            g.writeNumber(r.enjoyment());
        }
        writeBoolean(g, "lostTrackOfTime", r.lostTrackOfTime());
        writeBoolean(g, "wantAnother", r.wantAnother());
        g.writeStringField("note", r.note());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeBoolean(JsonGenerator g, String name, Boolean value) throws IOException {
        g.writeFieldName(name);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeBoolean(value);
        }
    }

    /** Parses a journal document; {@code fileName} is used in messages. */
    public static List<Attempt> parse(String text, String fileName) throws JsonFormatException {
        StrictReader r = new StrictReader(fileName);
        Json.Obj root = r.object(Json.parse(text, fileName), "the document");
        r.onlyFields(root, "", TOP);
        Json format = r.required(root, "", "format");
        String f = r.string(format, "format");
        if (!FORMAT.equals(f)) {
            throw r.error(format, "format", "is \"" + f + "\"; allowed \"" + FORMAT + "\"");
        }
        List<Json> items = r.items(r.required(root, "", "attempts"), "attempts", MAX_ATTEMPTS);
        List<Attempt> attempts = new ArrayList<>(items.size());
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String path = "attempts[" + i + "]";
            Attempt a = attempt(r, items.get(i), path);
            if (!ids.add(a.id())) {
                Json.Obj o = (Json.Obj) items.get(i);
                throw r.error(o.fields().get("id"), path + ".id", "is \"" + a.id()
                        + "\", the id of an earlier attempt; allowed a unique id");
            }
            attempts.add(a);
        }
        return List.copyOf(attempts);
    }

    private static Attempt attempt(StrictReader r, Json node, String path) throws JsonFormatException {
        Json.Obj o = r.object(node, path);
        r.onlyFields(o, path, ATTEMPT);
        String id = nonBlank(r, o, path, "id");
        Json sideNode = r.required(o, path, "side");
        Side side;
        try {
            side = Side.parse(r.string(sideNode, path + ".side"));
        } catch (IllegalArgumentException e) {
            throw r.error(sideNode, path + ".side", "is \"" + ((Json.Str) sideNode).value()
                    + "\"; allowed \"production\" or \"engineering\"");
        }
        String exerciseId = nonBlank(r, o, path, "exerciseId");
        String title = r.string(o, path, "exerciseTitle", "");
        Instant started = instant(r, o, path, "startedAt");
        Instant ended = instant(r, o, path, "endedAt");
        if (ended.isBefore(started)) {
            throw r.error(o.fields().get("endedAt"), path + ".endedAt", "is " + ended
                    + ", before startedAt; allowed a time at or after " + started);
        }
        long seconds = count(r, o, path, "secondsOnTask");
        int edits = (int) count(r, o, path, "edits");
        int plays = (int) count(r, o, path, "plays");
        int checks = (int) count(r, o, path, "checks");
        Integer score = optionalInt(r, o, path, "score", 0, 100, "0 to 100 or null (never checked)");
        boolean passed = r.bool(o, path, "passed", false);
        if (passed && score == null) {
            throw r.error(o.fields().get("passed"), path + ".passed",
                    "is true but score is null; allowed false when never checked");
        }
        Rating rating = Rating.NONE;
        Json ratingNode = o.fields().get("rating");
        if (ratingNode != null && !(ratingNode instanceof Json.Null)) {
            rating = rating(r, ratingNode, path + ".rating");
        }
        return new Attempt(id, side, exerciseId, title, started, ended, seconds, edits, plays, checks, score,
                passed, rating);
    }

    private static Rating rating(StrictReader r, Json node, String path) throws JsonFormatException {
        Json.Obj o = r.object(node, path);
        r.onlyFields(o, path, RATING);
        Integer enjoyment = optionalInt(r, o, path, "enjoyment", Rating.MIN_ENJOYMENT, Rating.MAX_ENJOYMENT,
                "1 to 5 or null (skipped)");
        Boolean lost = optionalBool(r, o, path, "lostTrackOfTime");
        Boolean another = optionalBool(r, o, path, "wantAnother");
        Json noteNode = o.fields().get("note");
        String note = noteNode == null || noteNode instanceof Json.Null ? null : r.string(noteNode, path + ".note");
        return new Rating(enjoyment, lost, another, note);
    }

    private static String nonBlank(StrictReader r, Json.Obj o, String path, String key) throws JsonFormatException {
        Json node = r.required(o, path, key);
        String s = r.string(node, path + "." + key);
        if (s.isBlank()) {
            throw r.error(node, path + "." + key, "is empty; allowed a non-empty string");
        }
        return s;
    }

    private static Instant instant(StrictReader r, Json.Obj o, String path, String key) throws JsonFormatException {
        Json node = r.required(o, path, key);
        String s = r.string(node, path + "." + key);
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw r.error(node, path + "." + key, "is \"" + s
                    + "\"; allowed a UTC time such as \"2024-05-01T14:03:00Z\"");
        }
    }

    private static long count(StrictReader r, Json.Obj o, String path, String key) throws JsonFormatException {
        Json node = r.required(o, path, key);
        double d = r.number(node, path + "." + key);
        if (d != Math.rint(d) || d < 0 || d > Integer.MAX_VALUE) {
            throw r.error(node, path + "." + key, "is " + ((Json.Num) node).text()
                    + "; allowed a whole number from 0 up");
        }
        return (long) d;
    }

    /** A whole number in [min, max], or null when absent or null. */
    private static Integer optionalInt(StrictReader r, Json.Obj o, String path, String key, int min, int max,
                                       String allowed) throws JsonFormatException {
        Json node = o.fields().get(key);
        if (node == null || node instanceof Json.Null) {
            return null;
        }
        double d = r.number(node, path + "." + key);
        if (d != Math.rint(d) || d < min || d > max) {
            throw r.error(node, path + "." + key, "is " + ((Json.Num) node).text() + "; allowed " + allowed);
        }
        return (int) d;
    }

    private static Boolean optionalBool(StrictReader r, Json.Obj o, String path, String key)
            throws JsonFormatException {
        Json node = o.fields().get(key);
        if (node == null || node instanceof Json.Null) {
            return null;
        }
        return r.bool(o, path, key, false);
    }

    private static Set<String> ordered(String... names) {
        return new LinkedHashSet<>(List.of(names));
    }
}
