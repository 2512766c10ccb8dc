package org.studiopaths.journal;

import org.studiopaths.exercise.Side;
import org.studiopaths.model.json.Json;
import org.studiopaths.model.json.JsonFormatException;
import org.studiopaths.model.json.StrictReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the app says about the two paths, kept as data in {@code careers.json} beside this class so the wording
 * lives in one place (drawn from {@code context/career-paths.md}).
 *
 * @param both    what the two paths share, a sentence each
 * @param handsOn the advice to keep trying both sides
 */
public record CareerFacts(PathFacts production, PathFacts engineering, List<String> both, String handsOn) {

    /**
     * One path.
     *
     * @param activity what the learner does on this side's exercises, for "You enjoyed arranging more"
     * @param exercise one such exercise, for "try an arranging exercise"
     * @param about    what people on this path do, one sentence
     * @param signs    "you ..." phrases describing who it suits
     */
    public record PathFacts(String activity, String exercise, String about, List<String> signs, List<String> skills,
                       List<String> careers) {
    }

    private static final String RESOURCE = "careers.json";
    private static final CareerFacts BUNDLED = load();

    public PathFacts of(Side side) {
        return side == Side.PRODUCTION ? production : engineering;
    }

    /** The facts shipped with the app. */
    public static CareerFacts bundled() {
        return BUNDLED;
    }

    private static CareerFacts load() {
        try (InputStream in = CareerFacts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JsonFormatException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    static CareerFacts parse(String text, String fileName) throws JsonFormatException {
        StrictReader r = new StrictReader(fileName);
        Json.Obj root = r.object(Json.parse(text, fileName), "the document");
        r.onlyFields(root, "", Set.of("_about", "production", "engineering", "both", "handsOn"));
        return new CareerFacts(path(r, r.required(root, "", "production"), "production"),
                path(r, r.required(root, "", "engineering"), "engineering"),
                strings(r, r.required(root, "", "both"), "both"),
                r.string(r.required(root, "", "handsOn"), "handsOn"));
    }

    private static PathFacts path(StrictReader r, Json node, String path) throws JsonFormatException {
        Json.Obj o = r.object(node, path);
        r.onlyFields(o, path, Set.of("activity", "exercise", "about", "signs", "skills", "careers"));
        return new PathFacts(text(r, o, path, "activity"), text(r, o, path, "exercise"), text(r, o, path, "about"),
                strings(r, r.required(o, path, "signs"), path + ".signs"),
                strings(r, r.required(o, path, "skills"), path + ".skills"),
                strings(r, r.required(o, path, "careers"), path + ".careers"));
    }

    private static String text(StrictReader r, Json.Obj o, String path, String key) throws JsonFormatException {
        return r.string(r.required(o, path, key), path + "." + key);
    }

    private static List<String> strings(StrictReader r, Json node, String path) throws JsonFormatException {
        List<Json> items = r.items(node, path, 20);
        if (items.isEmpty()) {
            throw r.error(node, path, "is empty; allowed one or more strings");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            out.add(r.string(items.get(i), path + "[" + i + "]"));
        }
        return List.copyOf(out);
    }
}
