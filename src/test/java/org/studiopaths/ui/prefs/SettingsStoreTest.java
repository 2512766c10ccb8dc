package org.studiopaths.ui.prefs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingsStoreTest {

    @TempDir
    Path dir;

    @Test
    void missingFileGivesDefaultsQuietly() {
        assertEquals(new SettingsStore.Loaded(Settings.DEFAULTS, Optional.empty()), new SettingsStore(dir).load());
    }

    @Test
    void settingsRoundTrip() {
        Settings s = new Settings(Settings.Theme.LIGHT, Settings.TextSize.LARGE, true,
                new Settings.WindowBounds(10, 20, 1300, 850, false));
        SettingsStore store = new SettingsStore(dir);
        assertEquals(Optional.empty(), store.save(s));
        assertEquals(s, new SettingsStore(dir).load().settings());
    }

    @Test
    void damagedFileGivesDefaultsAndSaysWhere() throws Exception {
        Files.writeString(dir.resolve("settings.json"), "{\n  \"theme\": \"PURPLE\"\n}\n");
        SettingsStore.Loaded loaded = new SettingsStore(dir).load();
        assertEquals(Settings.DEFAULTS, loaded.settings());
        String warning = loaded.warning().orElseThrow();
        assertTrue(warning.startsWith(dir.resolve("settings.json") + ":2:"), warning);
        assertTrue(warning.contains("the defaults are used"), warning);
    }

    @Test
    void prefsWriteEachChangeAndReportProblems() {
        List<String> problems = new ArrayList<>();
        Prefs prefs = new Prefs(new SettingsStore(dir), problems::add);
        prefs.update(s -> s.withTourSeen(true));
        assertTrue(new SettingsStore(dir).load().settings().tourSeen());
        assertEquals(List.of(), problems);
    }
}
