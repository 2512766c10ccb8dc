package org.studiopaths.exercise;

import org.studiopaths.model.Project;
import org.studiopaths.model.json.Json;
import org.studiopaths.model.json.JsonFormatException;
import org.studiopaths.model.json.StrictReader;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code exercise.json} ({@code exercises/README.md}) strictly: unknown fields and bad values are refused
 * with one line naming the file, line:col, what is wrong and what is allowed.
 */
public final class ExerciseJson {

    public static final String FORMAT = "studio-paths.exercise/1";
    /** Ids are folder names and command-line arguments: lower case, digits and dashes. */
    public static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> TOP = new LinkedHashSet<>(List.of("format", "id", "side", "title", "difficulty",
            "order", "summary", "brief", "criteria", "passScore"));

    private ExerciseJson() {
    }

    /** Parses an exercise's own file; {@code start} and {@code solution} are its two project files, already read. */
    public static Exercise parse(String text, String fileName, Project start, Project solution)
            throws JsonFormatException {
        StrictReader r = new StrictReader(fileName);
        Json.Obj root = r.object(Json.parse(text, fileName), "the document");
        r.onlyFields(root, "", TOP);
        Json format = r.required(root, "", "format");
        String f = r.string(format, "format");
        if (!FORMAT.equals(f)) {
            throw r.error(format, "format", "is \"" + f + "\"; allowed \"" + FORMAT + "\"");
        }
        Json idNode = r.required(root, "", "id");
        String id = r.string(idNode, "id");
        if (!ID.matcher(id).matches() || id.length() > 60) {
            throw r.error(idNode, "id", "is \"" + id + "\"; allowed lower-case letters, digits and single dashes,"
                    + " at most 60 characters, such as \"first-groove\"");
        }
        Json sideNode = r.required(root, "", "side");
        Side side;
        try {
            side = Side.parse(r.string(sideNode, "side"));
        } catch (IllegalArgumentException e) {
            throw r.error(sideNode, "side", "is \"" + ((Json.Str) sideNode).value()
                    + "\"; allowed \"production\" or \"engineering\"");
        }
        String title = text(r, root, "title", 60);
        int difficulty = wholeIn(r, root, "difficulty", 1, 5);
        int order = wholeIn(r, root, "order", 0, 10_000);
        String summary = text(r, root, "summary", 120);
        String brief = text(r, root, "brief", 2000);
        List<Criterion> criteria = criteria(r, r.required(root, "", "criteria"));
        OptionalInt passScore = root.fields().containsKey("passScore")
                ? OptionalInt.of(wholeIn(r, root, "passScore", 0, 100)) : OptionalInt.empty();
        return new Exercise(id, side, title, difficulty, order, summary, brief, criteria, passScore, start, solution);
    }

    private static List<Criterion> criteria(StrictReader r, Json node) throws JsonFormatException {
        List<Json> items = r.items(node, "criteria", 100);
        if (items.isEmpty()) {
            throw r.error(node, "criteria", "is empty; list at least one goal");
        }
        List<Criterion> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String path = "criteria[" + i + "]";
            Json.Obj c = r.object(items.get(i), path);
            Json idNode = r.required(c, path, "id");
            String id = r.string(idNode, path + ".id");
            if (!ID.matcher(id).matches()) {
                throw r.error(idNode, path + ".id", "is \"" + id + "\"; allowed lower-case letters, digits and"
                        + " single dashes, such as \"bass-in-verse\"");
            }
            if (!ids.add(id)) {
                throw r.error(idNode, path + ".id", "is \"" + id + "\", which an earlier criterion already has;"
                        + " give each criterion its own id");
            }
            String type = r.string(r.required(c, path, "type"), path + ".type");
            out.add(CriterionTypes.parse(new CriterionSpec(r, c, path, id, type)));
        }
        return out;
    }

    private static String text(StrictReader r, Json.Obj root, String key, int maxLength) throws JsonFormatException {
        Json node = r.required(root, "", key);
        String s = r.string(node, key);
        if (s.isBlank() || s.length() > maxLength) {
            throw r.error(node, key, "is " + s.length() + " characters long; allowed 1 to " + maxLength);
        }
        return s;
    }

    private static int wholeIn(StrictReader r, Json.Obj root, String key, int min, int max) throws JsonFormatException {
        Json node = r.required(root, "", key);
        int v = r.integer(node, key);
        if (v < min || v > max) {
            throw r.error(node, key, "is " + v + "; allowed " + min + " to " + max);
        }
        return v;
    }
}
