package org.studiopaths.ui.prefs;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.studiopaths.files.AtomicFiles;
import org.studiopaths.model.json.Json;
import org.studiopaths.model.json.JsonFormatException;
import org.studiopaths.model.json.ProjectFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads and writes {@code settings.json} in the data folder, whole (temporary file, then rename). Settings are a
 * convenience: a file that cannot be read gives the defaults and a one-line warning, never a failed start.
 */
public final class SettingsStore {

    public static final String FILE_NAME = "settings.json";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES) // a newer version's settings still load
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);     // "textSize": 3 is not LARGER

    /** Settings just read; {@code warning} says why the defaults were used instead of the file. */
    public record Loaded(Settings settings, Optional<String> warning) {
    }

    private final Path file;

    public SettingsStore(Path dataFolder) {
        this.file = dataFolder.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    public Loaded load() {
        if (!Files.exists(file)) {
            return new Loaded(Settings.DEFAULTS, Optional.empty());
        }
        try {
            Settings s = JSON.readValue(ProjectFiles.readText(file), Settings.class);
            return new Loaded(s == null ? Settings.DEFAULTS : s, Optional.empty());
        } catch (JsonFormatException e) { // not UTF-8, a folder, unreadable: the message names the file
            return defaults(e.getMessage());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            return defaults(file + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr()) + ": "
                    + whatIsWrong(e));
        }
    }

    private static Loaded defaults(String problem) {
        return new Loaded(Settings.DEFAULTS, Optional.of(problem
                + "; the defaults are used, and the file is written again when you change a setting"));
    }

    /** Which setting holds what, in the file's own words, rather than Jackson's class names. */
    private static String whatIsWrong(JsonProcessingException e) {
        if (!(e instanceof MismatchedInputException m)) {
            return "broken JSON: " + Json.oneLine(e.getOriginalMessage()).replaceAll("\\s*\\(start marker at .*\\)", "")
                    + "; check for a missing comma, quote or bracket";
        }
        String path = m.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        if (path.isEmpty()) {
            return "the document is not an object; expected {\"theme\": \"DARK\", ...}";
        }
        if (m instanceof InvalidFormatException f) {
            Object v = f.getValue();
            return path + " is " + (v instanceof String str ? "\"" + str + "\"" : String.valueOf(v)) + "; allowed "
                    + expected(f.getTargetType());
        }
        return path + " has the wrong kind of value; allowed " + expected(m.getTargetType());
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "another kind of value";
        }
        if (type.isEnum()) {
            return Arrays.stream(type.getEnumConstants()).map(c -> "\"" + c + "\"").collect(Collectors.joining(", "));
        }
        if (type == double.class || type == int.class || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        return type == String.class ? "a string" : "an object";
    }

    /** Writes the settings whole; returns a one-line problem, or empty when written. */
    public Optional<String> save(Settings settings) {
        try {
            AtomicFiles.writeString(file, JSON.writeValueAsString(settings) + "\n");
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("Could not save settings to " + file + ": " + e.getMessage());
        }
    }
}
