package org.studiopaths.model.json;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Reads values out of a {@link Json} tree with the checks and messages every file format of ours shares:
 * each value's place is its file, line and column plus its JSON path.
 */
public final class StrictReader {

    private final String fileName;

    public StrictReader(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }

    public JsonFormatException error(Json at, String path, String what) {
        return new JsonFormatException(fileName + ":" + at.line() + ":" + at.column() + ": " + path + " " + what);
    }

    public Json.Obj object(Json node, String path) throws JsonFormatException {
        if (node instanceof Json.Obj o) {
            return o;
        }
        throw error(node, path, "is " + node.kind() + "; expected an object");
    }

    public Json.Arr array(Json node, String path) throws JsonFormatException {
        if (node instanceof Json.Arr a) {
            return a;
        }
        throw error(node, path, "is " + node.kind() + "; expected an array");
    }

    /** Refuses fields that are not in {@code allowed}, naming the closest allowed one. */
    public void onlyFields(Json.Obj obj, String path, Set<String> allowed) throws JsonFormatException {
        for (String key : obj.fields().keySet()) {
            if (!allowed.contains(key)) {
                int[] pos = obj.keyPositions().get(key);
                String where = path.isEmpty() ? key : path + "." + key;
                String hint = closest(key, allowed);
                throw new JsonFormatException(fileName + ":" + pos[0] + ":" + pos[1] + ": " + where
                        + " is not a known field" + (hint == null ? "" : " (did you mean \"" + hint + "\"?)")
                        + "; allowed: " + String.join(", ", allowed));
            }
        }
    }

    public Json required(Json.Obj obj, String path, String key) throws JsonFormatException {
        Json v = obj.fields().get(key);
        if (v == null) {
            throw error(obj, path.isEmpty() ? "the document" : path, "has no \"" + key + "\"; it is required");
        }
        return v;
    }

    public double number(Json node, String path) throws JsonFormatException {
        if (node instanceof Json.Num n) {
            if (!Double.isFinite(n.value())) {
                throw error(node, path, "is " + n.text() + "; expected a finite number");
            }
            return n.value() + 0.0; // -0 reads as 0: the writer cannot tell them apart, so a save would change it
        }
        throw error(node, path, "is " + node.kind() + "; expected a number");
    }

    public double number(Json.Obj obj, String path, String key, double dflt) throws JsonFormatException {
        Json v = obj.fields().get(key);
        return v == null ? dflt : number(v, join(path, key));
    }

    /** A number in [min, max]; the message quotes the allowed range as written in {@code allowed}. */
    public double numberIn(Json.Obj obj, String path, String key, Double dflt, double min, double max,
                           String allowed) throws JsonFormatException {
        Json v = dflt == null ? required(obj, path, key) : obj.fields().get(key);
        if (v == null) {
            return dflt;
        }
        double d = number(v, join(path, key));
        if (d < min || d > max) {
            throw error(v, join(path, key), "is " + ((Json.Num) v).text() + "; allowed " + allowed);
        }
        return d;
    }

    public int integer(Json node, String path) throws JsonFormatException {
        double d = number(node, path);
        if (d != Math.rint(d)) {
            throw error(node, path, "is " + ((Json.Num) node).text() + "; expected a whole number");
        }
        return (int) d;
    }

    public String string(Json node, String path) throws JsonFormatException {
        if (node instanceof Json.Str s) {
            return s.value();
        }
        throw error(node, path, "is " + node.kind() + "; expected a string");
    }

    public String string(Json.Obj obj, String path, String key, String dflt) throws JsonFormatException {
        Json v = obj.fields().get(key);
        return v == null ? dflt : string(v, join(path, key));
    }

    public boolean bool(Json.Obj obj, String path, String key, boolean dflt) throws JsonFormatException {
        Json v = obj.fields().get(key);
        if (v == null) {
            return dflt;
        }
        if (v instanceof Json.Bool b) {
            return b.value();
        }
        throw error(v, join(path, key), "is " + v.kind() + "; expected true or false");
    }

    public static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** The allowed name with the smallest edit distance, if it is close enough to be a typo. */
    static String closest(String key, Collection<String> allowed) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String a : allowed) {
            int d = distance(key.toLowerCase(), a.toLowerCase());
            if (d < bestDistance) {
                bestDistance = d;
                best = a;
            }
        }
        return bestDistance <= Math.max(2, key.length() / 3) ? best : null;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** A list of the array's items, checking the count. */
    public List<Json> items(Json node, String path, int max) throws JsonFormatException {
        Json.Arr arr = array(node, path);
        if (arr.items().size() > max) {
            throw error(node, path, "has " + arr.items().size() + " items; allowed at most " + max);
        }
        return new ArrayList<>(arr.items());
    }
}
