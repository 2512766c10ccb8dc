package org.studiopaths.model.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON tree that remembers where each value stood in its file, so that a strict reader can say
 * "song.json:14:22: tracks[1].pan is 3.0; allowed -1 to +1". Jackson's own tree forgets locations.
 */
public sealed interface Json {

    int line();

    int column();

    /** A short description of the value for messages ("a number", "an object" ...). */
    String kind();

    record Obj(Map<String, Json> fields, Map<String, int[]> keyPositions, int line, int column) implements Json {
        public String kind() { return "an object"; }
    }

    record Arr(List<Json> items, int line, int column) implements Json {
        public String kind() { return "an array"; }
    }

    record Num(double value, String text, int line, int column) implements Json {
        public String kind() { return "a number"; }
    }

    record Str(String value, int line, int column) implements Json {
        public String kind() { return "a string"; }
    }

    record Bool(boolean value, int line, int column) implements Json {
        public String kind() { return "true or false"; }
    }

    record Null(int line, int column) implements Json {
        public String kind() { return "null"; }
    }

    JsonFactory FACTORY = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    /**
     * Parses a whole document. Syntax errors become a {@link JsonFormatException} whose message is
     * "file:line:col: what is wrong".
     */
    static Json parse(String text, String fileName) throws JsonFormatException {
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new JsonFormatException(fileName + ":1:1: the file is empty; expected a JSON document");
            }
            Json root = read(p);
            if (p.nextToken() != null) {
                JsonLocation at = p.currentTokenLocation();
                throw new JsonFormatException(fileName + ":" + at.getLineNr() + ":" + at.getColumnNr()
                        + ": unexpected text after the end of the JSON document");
            }
            return root;
        } catch (JsonParseException e) {
            JsonLocation at = e.getLocation();
            String what = e.getOriginalMessage();
            throw new JsonFormatException(fileName + ":" + (at == null ? 1 : at.getLineNr()) + ":"
                    + (at == null ? 1 : at.getColumnNr()) + ": broken JSON: " + oneLine(what).replaceAll("\\s*\\(start marker at .*\\)", "")
                    .replaceAll("\\s*at \\[Source: .*", "") + "; check for a missing comma, quote or bracket");
        } catch (IOException e) {
            throw new JsonFormatException(fileName + ": could not be read: " + oneLine(e.getMessage()));
        }
    }

    private static Json read(JsonParser p) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        int line = at.getLineNr();
        int col = at.getColumnNr();
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                Map<String, Json> fields = new LinkedHashMap<>();
                Map<String, int[]> keys = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonLocation k = p.currentTokenLocation();
                    keys.put(name, new int[] {k.getLineNr(), k.getColumnNr()});
                    p.nextToken();
                    fields.put(name, read(p));
                }
                return new Obj(Collections.unmodifiableMap(fields), keys, line, col);
            }
            case START_ARRAY: {
                List<Json> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(p));
                }
                return new Arr(List.copyOf(items), line, col);
            }
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new Num(p.getDoubleValue(), p.getText(), line, col);
            case VALUE_STRING:
                return new Str(p.getText(), line, col);
            case VALUE_TRUE:
                return new Bool(true, line, col);
            case VALUE_FALSE:
                return new Bool(false, line, col);
            case VALUE_NULL:
                return new Null(line, col);
            default:
                throw new JsonParseException(p, "unexpected " + t);
        }
    }

    /** Collapses line breaks so a message stays one line. */
    static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        return s.replaceAll("[\\r\\n]+", " ").replaceAll("\\s+", " ").trim();
    }
}
