package org.studiopaths.reliability;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studiopaths.exercise.Exercise;
import org.studiopaths.exercise.ExerciseCatalog;
import org.studiopaths.exercise.Side;
import org.studiopaths.exercise.drill.EqDrillScores;
import org.studiopaths.exercise.drill.EqDrillStore;
import org.studiopaths.files.Installation;
import org.studiopaths.journal.Journal;
import org.studiopaths.model.Project;
import org.studiopaths.model.json.JsonFormatException;
import org.studiopaths.model.json.ProjectJson;
import org.studiopaths.ui.TestAttempts;
import org.studiopaths.ui.prefs.Settings;
import org.studiopaths.ui.prefs.SettingsStore;
import org.studiopaths.ui.session.AutosaveOrigin;
import org.studiopaths.ui.session.Recoverable;
import org.studiopaths.ui.session.RecoveryStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every kind of file the app reads besides projects (see {@link DamagedProjectFileTest}), damaged on disk: each
 * damage gives one line naming the file, the place (line:col and the field), what is wrong and what to do, and
 * whatever else is in the folder still works. What the window does with these lines is in
 * {@link DamagedFilesAppStartTest}.
 */
class DamagedDataFilesTest {

    /** An exercise.json for {@code exercise(ID)}: the difficulty on line 6, nothing after it on that line. */
    private static final String EXERCISE = """
            {
              "format": "studio-paths.exercise/1",
              "id": "%s",
              "side": "production",
              "title": "A title",
              "difficulty": 2,
              "order": 1,
              "summary": "One line.",
              "brief": "Some sentences.",
              "criteria": [ { "id": "tempo", "type": "project-tempo", "bpm": 100 } ]
            }
            """;

    private static Path exercise(Path root, String id, String json) throws Exception {
        Path dir = Files.createDirectories(root.resolve(id));
        Files.writeString(dir.resolve(ExerciseCatalog.EXERCISE_FILE), json);
        String project = ProjectJson.write(Project.empty("p", 100));
        Files.writeString(dir.resolve(ExerciseCatalog.START_FILE), project);
        Files.writeString(dir.resolve(ExerciseCatalog.SOLUTION_FILE), project);
        return dir;
    }

    @Test
    void eachDamagedExerciseIsOneLineAndTheOthersLoad(@TempDir Path root) throws Exception {
        exercise(root, "whole", EXERCISE.formatted("whole"));
        exercise(root, "broken-json", EXERCISE.formatted("broken-json").replace("\"difficulty\": 2,", "\"difficulty\": 2"));
        exercise(root, "unknown-field", EXERCISE.formatted("unknown-field").replace("\"order\"", "\"ordre\""));
        exercise(root, "too-hard", EXERCISE.formatted("too-hard").replace("\"difficulty\": 2", "\"difficulty\": 7"));
        Files.delete(exercise(root, "no-start", EXERCISE.formatted("no-start")).resolve(ExerciseCatalog.START_FILE));

        ExerciseCatalog catalog = ExerciseCatalog.load(root);

        assertEquals(List.of("whole"), catalog.exercises().stream().map(Exercise::id).toList(), "the whole one loads");
        assertEquals(List.of(
                root.resolve("broken-json/exercise.json") + ":7:3: broken JSON: Unexpected character ('\"' (code 34)):"
                        + " was expecting comma to separate Object entries; check for a missing comma, quote or bracket",
                root.resolve("no-start/start.json") + ": no such file; an exercise folder needs start.json, the project"
                        + " the exercise starts from",
                root.resolve("too-hard/exercise.json") + ":6:17: difficulty is 7; allowed 1 to 5",
                root.resolve("unknown-field/exercise.json") + ":7:3: ordre is not a known field (did you mean"
                        + " \"order\"?); allowed: format, id, side, title, difficulty, order, summary, brief, criteria,"
                        + " passScore"), catalog.problems(), "in folder order, one line each");

        // The command line names the same line for the broken exercise, and still lists and checks the others.
        Path solution = root.resolve("whole/solution.json");
        Clis broken = Clis.run("--exercises", root.toString(), "check", "too-hard", solution.toString());
        assertTrue(broken.refusedInOneLine(), broken.toString());
        assertEquals(catalog.problems().get(2), broken.err().strip());
        Clis listed = Clis.run("--exercises", root.toString(), "exercises");
        assertEquals(0, listed.exit(), listed.toString());
        assertTrue(listed.out().contains("whole"), listed.out());
    }

    @Test
    void aDamagedSampleLibraryStopsRenderAndCheckInOneLine(@TempDir Path tmp) throws Exception {
        Path samples = Files.createDirectories(tmp.resolve("samples"));
        Files.writeString(samples.resolve("library.json"), "[\n  {\"path\": \"drums/a.wav\", }\n]\n");
        Path project = Files.writeString(tmp.resolve("song.json"), ProjectJson.write(Project.empty("song", 100)));
        String expected = samples.resolve("library.json") + ":2:27: broken JSON: Unexpected"
                + " character ('}' (code 125)): was expecting double-quote to start field name; check for a missing"
                + " comma, quote or bracket";
        Path exercises = Installation.installationRoot().resolve("exercises");
        Clis render = Clis.run("--samples", samples.toString(), "--data", tmp.resolve("data").toString(),
                "render", project.toString(), "-o", tmp.resolve("out.wav").toString());
        assertTrue(render.refusedInOneLine(), render.toString());
        assertEquals(expected, render.err().strip());
        assertFalse(Files.exists(tmp.resolve("out.wav")), "nothing half-rendered");
        Clis check = Clis.run("--samples", samples.toString(), "--exercises", exercises.toString(),
                "--data", tmp.resolve("data").toString(), "check", "song-form", project.toString());
        assertTrue(check.refusedInOneLine(), check.toString());
        assertEquals(expected, check.err().strip());
    }

    @Test
    void aJournalCutInHalfIsKeptAsideByteForByteAndANewOneStarts(@TempDir Path data) throws Exception {
        Journal j = Journal.open(data).journal();
        j.record(TestAttempts.attempt(Side.PRODUCTION, 80, 4));
        j.record(TestAttempts.attempt(Side.ENGINEERING, 60, 3));
        byte[] whole = Files.readAllBytes(j.file());
        byte[] half = java.util.Arrays.copyOf(whole, whole.length / 2);
        Files.write(j.file(), half);

        Journal.Opened opened = Journal.open(data, Clock.fixed(Instant.parse("2026-03-01T14:05:09Z"), ZoneOffset.UTC));

        Path kept = data.resolve("journal.damaged-20260301-140509.json");
        String warning = opened.warning().orElseThrow();
        assertEquals(1, warning.lines().count(), warning);
        assertTrue(warning.matches("The journal could not be read \\(" + java.util.regex.Pattern.quote(j.file()
                + ":") + "\\d+:\\d+: broken JSON: [^;]+; check for a missing comma, quote or bracket\\); it is kept as "
                + java.util.regex.Pattern.quote(kept.toString()) + " and a new journal was started\\."), warning);
        assertArrayEquals(half, Files.readAllBytes(kept), "the damaged bytes are kept exactly");
        assertEquals(List.of(), opened.journal().attempts());
        opened.journal().record(TestAttempts.attempt(Side.PRODUCTION, 90, 5));
        assertEquals(1, Journal.open(data).journal().attempts().size(), "the new journal records and reads back");
    }

    @Test
    void eachDamagedSettingsFileGivesTheDefaultsAndOneLine(@TempDir Path data) throws Exception {
        String tail = "; the defaults are used, and the file is written again when you change a setting";
        Path f = data.resolve(SettingsStore.FILE_NAME);
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("{\"theme\": \"DARK\",", f + ":1:18: broken JSON: Unexpected end-of-input within/between Object"
                + " entries; check for a missing comma, quote or bracket");
        cases.put("{\"theme\": \"PURPLE\"}", f + ":1:11: theme is \"PURPLE\"; allowed \"DARK\", \"LIGHT\"");
        cases.put("{\n  \"textSize\": 3\n}", f + ":2:15: textSize is 3; allowed \"SMALL\", \"NORMAL\", \"LARGE\", \"LARGER\"");
        cases.put("{\"tourSeen\": \"yes\"}", f + ":1:14: tourSeen is \"yes\"; allowed true or false");
        cases.put("{\"window\": {\"x\": \"left\"}}", f + ":1:18: window.x is \"left\"; allowed a number");
        cases.put("[1]", f + ":1:1: the document is not an object; expected {\"theme\": \"DARK\", ...}");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            Files.writeString(f, c.getKey());
            SettingsStore.Loaded loaded = new SettingsStore(data).load();
            assertEquals(new SettingsStore.Loaded(Settings.DEFAULTS, Optional.of(c.getValue() + tail)), loaded,
                    c.getKey());
        }
        Files.write(f, new byte[] {'{', (byte) 0xE9, '}'});
        assertEquals(Optional.of(f + ":1:1: is not UTF-8 text; save it as UTF-8 JSON" + tail),
                new SettingsStore(data).load().warning());
        // the next change writes the file whole again, and it reads back
        assertEquals(Optional.empty(), new SettingsStore(data).save(Settings.DEFAULTS.withTourSeen(true)));
        assertEquals(new SettingsStore.Loaded(Settings.DEFAULTS.withTourSeen(true), Optional.empty()),
                new SettingsStore(data).load());
    }

    @Test
    void eachDamagedEqDrillFileIsOneLineNamingTheWholePath(@TempDir Path data) throws Exception {
        Path f = data.resolve(EqDrillStore.FILE_NAME);
        String head = "{\"format\": \"studio-paths.eq-drill/1\", ";
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put(head + "\"level\": 9}", f + ":1:48: level is 9; allowed 1 to 5");
        cases.put(head + "\"levle\": 2}", f + ":1:39: levle is not a known field (did you mean \"level\"?); allowed:");
        cases.put(head, f + ":1:39: broken JSON: Unexpected end-of-input within/between Object entries;"
                + " check for a missing comma, quote or bracket");
        cases.put(head + "\"rounds\": 2, \"totalCredit\": 5}", f + ":1:67: totalCredit is 5; allowed 0 to rounds (2)");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            Files.writeString(f, c.getKey());
            String m = assertThrows(JsonFormatException.class, () -> new EqDrillStore(data).load()).getMessage();
            assertTrue(m.startsWith(c.getValue()), m);
            assertEquals(1, m.lines().count(), m);
        }
        Files.write(f, new byte[] {'{', (byte) 0xE9, '}'});
        assertEquals(f + ":1:1: is not UTF-8 text; save it as UTF-8 JSON",
                assertThrows(JsonFormatException.class, () -> new EqDrillStore(data).load()).getMessage());
        new EqDrillStore(data).save(new EqDrillScores(2, 1, 3, 2.5));
        assertEquals(new EqDrillScores(2, 1, 3, 2.5), new EqDrillStore(data).load(), "a save replaces the damage");
    }

    @Test
    void eachDamagedAutosaveSidecarIsSaidAndTheOtherAutosavesAreStillOffered(@TempDir Path data) throws Exception {
        RecoveryStore store = new RecoveryStore(data);
        Instant at = Instant.parse("2026-03-01T14:05:09Z");
        store.write(AutosaveOrigin.freePlay(Side.ENGINEERING, null), Project.empty("mix", 90), at);
        store.write(AutosaveOrigin.exercise("song-form", Side.PRODUCTION, null), Project.empty("song", 100), at);
        Path sidecar = store.folder().resolve("exercise-song-form.autosave.json");
        String good = Files.readString(sidecar);
        String tail = " (that autosave cannot be offered; delete the file, or let the next autosave of the same work"
                + " replace it)";
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put(good.substring(0, good.indexOf("\"savedAt\"") + 4), sidecar + ":6:7: broken JSON: Unexpected"
                + " end-of-input in field name; check for a missing comma, quote or bracket");
        cases.put(good.replace("studio-paths.autosave/1", "studio-paths.autosave/2"),
                sidecar + ":2:14: format is \"studio-paths.autosave/2\"; allowed \"studio-paths.autosave/1\"");
        cases.put(good.replace("exercise-song-form.a.json", "../journal.json"), sidecar + ":7:15: project is"
                + " \"../journal.json\"; allowed \"exercise-song-form.a.json\" or \"exercise-song-form.b.json\"");
        cases.put(good.replace("exercise-song-form.a.json", "exercise-song-form.b.json"), sidecar + ":7:15: project"
                + " is \"exercise-song-form.b.json\", which is not in " + store.folder());
        cases.put(good.replace("\"production\"", "\"mixing\""),
                sidecar + ":4:12: side is \"mixing\"; allowed \"production\", \"engineering\" or null");
        cases.put(good.replace("2026-03-01T14:05:09Z", "yesterday"),
                sidecar + ":6:15: savedAt is \"yesterday\"; expected a time such as \"2026-03-01T14:05:09Z\"");
        cases.put("[]", sidecar + ":1:1: the document is an array; expected an object");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            Files.writeString(sidecar, c.getKey());
            List<String> problems = new ArrayList<>();
            List<Recoverable> offered = store.pending(problems::add);
            assertEquals(List.of(c.getValue() + tail), problems, c.getKey());
            assertEquals(List.of("free-engineering"), offered.stream().map(Recoverable::slot).toList(),
                    "the other autosave is still offered");
        }
        // the next autosave of that exercise replaces the damaged sidecar
        store.write(AutosaveOrigin.exercise("song-form", Side.PRODUCTION, null), Project.empty("song 2", 100), at);
        List<String> problems = new ArrayList<>();
        assertEquals(2, store.pending(problems::add).size());
        assertEquals(List.of(), problems);
    }
}
