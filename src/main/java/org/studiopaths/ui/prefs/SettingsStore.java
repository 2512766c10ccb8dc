package org.studiopaths.ui.prefs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.studiopaths.files.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads and writes {@code settings.json} in the data folder, whole (temporary file, then rename). Settings are a
 * convenience: a file that cannot be read gives the defaults and a one-line warning, never a failed start.
 */
public final class SettingsStore {

    public static final String FILE_NAME = "settings.json";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

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
        try {
            Settings s = JSON.readValue(Files.readString(file), Settings.class);
            return new Loaded(s == null ? Settings.DEFAULTS : s, Optional.empty());
        } catch (NoSuchFileException e) {
            return new Loaded(Settings.DEFAULTS, Optional.empty());
        } catch (JsonProcessingException e) {
            return new Loaded(Settings.DEFAULTS, Optional.of(file + ":" + e.getLocation().getLineNr() + ":"
                    + e.getLocation().getColumnNr() + ": settings could not be read, so the defaults are used; "
                    + "they will be written again when you change one"));
        } catch (IOException e) {
            return new Loaded(Settings.DEFAULTS, Optional.of(file + ": settings could not be read ("
                    + e.getMessage() + "), so the defaults are used"));
        }
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
