package org.studiopaths.reliability;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.studiopaths.audio.SampleLibrary;
import org.studiopaths.engine.AudioUnavailableException;
import org.studiopaths.exercise.ExerciseCatalog;
import org.studiopaths.exercise.Side;
import org.studiopaths.files.Installation;
import org.studiopaths.journal.Journal;
import org.studiopaths.model.Project;
import org.studiopaths.ui.AppServices;
import org.studiopaths.ui.DesktopApp;
import org.studiopaths.ui.MainWindow;
import org.studiopaths.ui.Screen;
import org.studiopaths.ui.TestAttempts;
import org.studiopaths.ui.session.AutosaveOrigin;
import org.studiopaths.ui.session.RecoveryStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The app started over one damaged file at a time (the installation's own samples and exercises otherwise, a
 * temporary data folder, no sound card): it starts, the status bar names the file, the place and what to do, and
 * the rest works. The exact lines for every kind of damage are in {@link DamagedDataFilesTest}.
 */
@ExtendWith(ApplicationExtension.class)
class DamagedFilesAppStartTest {

    private static final Path ROOT = Installation.installationRoot();

    @TempDir
    Path tmp;
    private Stage stage;
    private AppServices services;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        if (services != null) {
            services.close();
        }
    }

    private Installation installation(Path samples, Path exercises) {
        return new Installation(samples, exercises, tmp.resolve("data"));
    }

    private String startApp(FxRobot robot, Installation inst) {
        robot.interact(() -> {
            services = AppServices.start(inst, (rate, frames) -> {
                throw new AudioUnavailableException("no audio output device was found");
            });
            window = DesktopApp.open(stage, services, Screen.HOME.id()); // no first-run tour over the window
        });
        assertEquals(Screen.HOME, window.current());
        return robot.lookup("#status-message").queryLabeled().getText();
    }

    /** The production screen opens and lists {@code n} exercises (the cards' difficulty tooltips aside). */
    private void productionOpens(FxRobot robot) {
        robot.clickOn("#nav-production");
        assertEquals(Screen.PRODUCTION, window.current());
        assertTrue(robot.lookup(".arrange-screen .exercise-card").queryAll().size() > 1, "the chooser lists cards");
    }

    @Test
    void aDamagedSampleLibraryLeavesTheBrowserEmptyAndSaysWhere(FxRobot robot) throws Exception {
        Path samples = Files.createDirectories(tmp.resolve("samples"));
        Path lib = Files.writeString(samples.resolve(SampleLibrary.FILE_NAME), "[ {\"path\": 3} ]");

        String status = startApp(robot, installation(samples, ROOT.resolve("exercises")));

        assertEquals(lib + ":1:12: [0].path is a number; expected a string (the loop browser is empty until it is"
                + " fixed)", status);
        assertEquals(0, services.library().entries().size());
        assertEquals(ExerciseCatalog.load(ROOT.resolve("exercises")).exercises().size(),
                services.exercises().exercises().size(), "every exercise is still there");
        productionOpens(robot);
    }

    @Test
    void aDamagedUserCatalogueHidesOnlyTheImportedLoops(FxRobot robot) throws Exception {
        Path userLib = Files.createDirectories(tmp.resolve("data").resolve("library"));
        Path cat = Files.writeString(userLib.resolve(SampleLibrary.FILE_NAME), "[\n  {\"path\": \"mine.wav\"\n");

        String status = startApp(robot, installation(ROOT.resolve("samples"), ROOT.resolve("exercises")));

        assertEquals(cat + ":3:1: broken JSON: Unexpected end-of-input: expected close marker for Object; check for"
                + " a missing comma, quote or bracket (your imported loops are hidden until it is fixed)", status);
        assertEquals(SampleLibrary.load(ROOT.resolve("samples").resolve(SampleLibrary.FILE_NAME)).entries().size(),
                services.library().entries().size(), "all the installation's loops, none of the user's");
        productionOpens(robot);
    }

    @Test
    void aBrokenExerciseIsLeftOutAndSaid(FxRobot robot) throws Exception {
        Path exercises = tmp.resolve("exercises");
        copy(ROOT.resolve("exercises"), exercises);
        Path broken = exercises.resolve("song-form").resolve(ExerciseCatalog.EXERCISE_FILE);
        Files.writeString(broken, Files.readString(broken).replace("\"difficulty\": 3", "\"difficulty\": 9"));

        String status = startApp(robot, installation(ROOT.resolve("samples"), exercises));

        assertEquals(broken + ":6:17: difficulty is 9; allowed 1 to 5 (that exercise is left out until it is fixed)",
                status);
        assertEquals(ExerciseCatalog.load(ROOT.resolve("exercises")).exercises().size() - 1,
                services.exercises().exercises().size(), "only song-form is left out");
        assertTrue(services.exercises().find("song-form").isEmpty());
        productionOpens(robot);
    }

    @Test
    void aJournalCutInHalfIsKeptAsideAndTheHomeScreenStartsAfresh(FxRobot robot) throws Exception {
        Path data = tmp.resolve("data");
        Journal j = Journal.open(data).journal();
        j.record(TestAttempts.attempt(Side.PRODUCTION, 80, 4));
        byte[] whole = Files.readAllBytes(j.file());
        Files.write(j.file(), java.util.Arrays.copyOf(whole, whole.length / 2));

        String status = startApp(robot, installation(ROOT.resolve("samples"), ROOT.resolve("exercises")));

        assertTrue(Pattern.matches("The journal could not be read \\(" + Pattern.quote(j.file().toString())
                + ":\\d+:\\d+: broken JSON: [^;]+; check for a missing comma, quote or bracket\\); it is kept as "
                + Pattern.quote(data.toString()) + "/journal\\.damaged-\\d{8}-\\d{6}\\.json and a new journal was"
                + " started\\.", status), status);
        assertEquals("Not tried yet", robot.lookup("#home-progress-production").queryLabeled().getText());
        productionOpens(robot);
    }

    @Test
    void damagedSettingsGiveTheDefaultsAndSaySo(FxRobot robot) throws Exception {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Path settings = Files.writeString(data.resolve("settings.json"), "{\"theme\": \"PURPLE\"}");

        String status = startApp(robot, installation(ROOT.resolve("samples"), ROOT.resolve("exercises")));

        assertEquals(settings + ":1:11: theme is \"PURPLE\"; allowed \"DARK\", \"LIGHT\"; the defaults are used, and"
                + " the file is written again when you change a setting", status);
        assertTrue(window.root().getStyleClass().contains("theme-dark"), "the default theme");
        productionOpens(robot);
    }

    @Test
    void aDamagedAutosaveSidecarIsSaidAndTheOthersAreOffered(FxRobot robot) throws Exception {
        RecoveryStore store = new RecoveryStore(tmp.resolve("data"));
        Instant at = Instant.parse("2026-03-01T14:05:09Z");
        store.write(AutosaveOrigin.freePlay(Side.ENGINEERING, null), Project.empty("mix", 90), at);
        store.write(AutosaveOrigin.exercise("song-form", Side.PRODUCTION, null), Project.empty("song", 100), at);
        Path sidecar = store.folder().resolve("exercise-song-form.autosave.json");
        Files.writeString(sidecar, Files.readString(sidecar).replace("2026-03-01T14:05:09Z", "yesterday"));

        String status = startApp(robot, installation(ROOT.resolve("samples"), ROOT.resolve("exercises")));

        assertEquals(sidecar + ":6:15: savedAt is \"yesterday\"; expected a time such as \"2026-03-01T14:05:09Z\""
                + " (that autosave cannot be offered; delete the file, or let the next autosave of the same work"
                + " replace it)", status);
        assertTrue(robot.lookup("#recovery-question").queryLabeled().getText()
                .startsWith("Restore your unsaved work on free play (engineering) from "), "the whole one is offered");
    }

    @Test
    void aDamagedAutosaveProjectIsSaidWhenRestoredAndNothingOpens(FxRobot robot) throws Exception {
        RecoveryStore store = new RecoveryStore(tmp.resolve("data"));
        Path project = store.write(AutosaveOrigin.exercise("song-form", Side.PRODUCTION, null),
                Project.empty("song", 100), Instant.parse("2026-03-01T14:05:09Z")).projectFile();
        Files.writeString(project, "{\"format\": \"studio-paths.project/1\", \"tempo\": 0, \"tracks\": []}");
        startApp(robot, installation(ROOT.resolve("samples"), ROOT.resolve("exercises")));

        robot.clickOn("#recovery-restore");

        assertEquals(project + ":1:47: tempo is 0; allowed 40 to 240 (that autosave cannot be restored; it stays in "
                + store.folder() + " and is offered again at the next start until you discard it)",
                robot.lookup("#status-message").queryLabeled().getText());
        assertEquals(Screen.HOME, window.current(), "nothing half-restored opens");
        assertEquals(1, store.pending().size(), "the autosave is kept");
    }

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
