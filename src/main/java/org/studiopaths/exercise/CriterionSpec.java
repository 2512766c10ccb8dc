package org.studiopaths.exercise;

import org.studiopaths.model.json.Json;
import org.studiopaths.model.json.JsonFormatException;
import org.studiopaths.model.json.StrictReader;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * One entry of an exercise's {@code criteria} list, handed to its type's parser. Every getter names the field
 * it reads; after parsing, fields no getter asked for are refused as unknown (most often typos), with the
 * allowed list taken from what the parser asked for. Messages: {@code file:line:col: criteria[2].minBars is -1;
 * allowed at least 1}.
 */
public final class CriterionSpec {

    private final StrictReader reader;
    private final Json.Obj node;
    private final String path;
    private final Set<String> asked = new LinkedHashSet<>(List.of("id", "type"));
    private final String id;
    private final String type;

    CriterionSpec(StrictReader reader, Json.Obj node, String path, String id, String type) {
        this.reader = reader;
        this.node = node;
        this.path = path;
        this.id = id;
        this.type = type;
    }

    public String id() {
        return id;
    }

    public String type() {
        return type;
    }

    /** Whether the entry has this field (and marks it as known). */
    public boolean has(String key) {
        asked.add(key);
        return node.fields().containsKey(key);
    }

    /** An error placed at the field (or at the entry when the field is absent). */
    public JsonFormatException error(String key, String what) {
        Json at = node.fields().getOrDefault(key, node);
        return reader.error(at, StrictReader.join(path, key), what);
    }

    /** An error about the entry as a whole. */
    public JsonFormatException error(String what) {
        return reader.error(node, path, what);
    }

    public String string(String key) throws JsonFormatException {
        asked.add(key);
        String s = reader.string(reader.required(node, path, key), StrictReader.join(path, key));
        if (s.isBlank()) {
            throw error(key, "is empty; write some text");
        }
        return s;
    }

    public Optional<String> optionalString(String key) throws JsonFormatException {
        return has(key) ? Optional.of(string(key)) : Optional.empty();
    }

    /** A required number in [min, max]; {@code allowed} says the range in words ("at least 1"). */
    public double number(String key, double min, double max, String allowed) throws JsonFormatException {
        asked.add(key);
        return reader.numberIn(node, path, key, null, min, max, allowed);
    }

    public OptionalDouble optionalNumber(String key, double min, double max, String allowed)
            throws JsonFormatException {
        return has(key) ? OptionalDouble.of(number(key, min, max, allowed)) : OptionalDouble.empty();
    }

    /** A required whole number in [min, max]. */
    public int integer(String key, int min, int max, String allowed) throws JsonFormatException {
        double d = number(key, min, max, allowed);
        if (d != Math.rint(d)) {
            throw error(key, "is " + d + "; expected a whole number (" + allowed + ")");
        }
        return (int) d;
    }

    public boolean bool(String key, boolean dflt) throws JsonFormatException {
        asked.add(key);
        return reader.bool(node, path, key, dflt);
    }

    /** A required non-empty list of non-empty strings. */
    public List<String> strings(String key) throws JsonFormatException {
        asked.add(key);
        String p = StrictReader.join(path, key);
        List<Json> items = reader.items(reader.required(node, path, key), p, 64);
        if (items.isEmpty()) {
            throw error(key, "is empty; list at least one name");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String s = reader.string(items.get(i), p + "[" + i + "]");
            if (s.isBlank()) {
                throw reader.error(items.get(i), p + "[" + i + "]", "is empty; write a name");
            }
            out.add(s);
        }
        return List.copyOf(out);
    }

    /** A required string that is one of {@code allowed}. */
    public String choice(String key, List<String> allowed) throws JsonFormatException {
        String s = string(key);
        if (!allowed.contains(s)) {
            throw error(key, "is \"" + s + "\"; allowed " + quoted(allowed));
        }
        return s;
    }

    /** Refuses any field no getter asked for. Called by the registry after the type's parser. */
    void refuseUnknownFields() throws JsonFormatException {
        reader.onlyFields(node, path, asked);
    }

    private static String quoted(List<String> names) {
        List<String> q = new ArrayList<>();
        for (String n : names) {
            q.add("\"" + n + "\"");
        }
        return String.join(", ", q);
    }
}
