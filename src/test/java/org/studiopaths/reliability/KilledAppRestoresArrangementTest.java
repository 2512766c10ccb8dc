package org.studiopaths.reliability;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.studiopaths.engine.AudioUnavailableException;
import org.studiopaths.exercise.ExerciseCatalog;
import org.studiopaths.files.Installation;
import org.studiopaths.model.Project;
import org.studiopaths.model.json.JsonFormatException;
import org.studiopaths.ui.AppServices;
import org.studiopaths.ui.DesktopApp;
import org.studiopaths.ui.MainWindow;
import org.studiopaths.ui.Screen;
import org.studiopaths.ui.arrange.ArrangeView;
import org.studiopaths.ui.session.Recoverable;
import org.studiopaths.ui.session.RecoveryStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * As a tester would: the real app is started in its own JVM, opened in the song-form exercise with its solution as
 * unsaved work, a track is renamed, and once that edit is autosaved the process is killed with SIGKILL. The app
 * started again over the same data folder asks about song-form, and Restore opens the arranger with exactly the
 * edited arrangement, unsaved.
 */
@ExtendWith(ApplicationExtension.class)
class KilledAppRestoresArrangementTest {

    private static final String EXERCISE = "song-form";
    /** Generous: the child's JVM and JavaFX start on a loaded two-core machine; the wait ends as soon as it is done. */
    private static final long AUTOSAVE_WAIT_NANOS = TimeUnit.SECONDS.toNanos(90);

    @TempDir
    static Path tmp;
    private static Path data;
    private static Project edited;
    private static Recoverable leftByTheCrash;

    private MainWindow window;

    @BeforeAll
    static void arrangeAndKillTheApp() throws Exception {
        Path root = Installation.installationRoot();
        data = tmp.resolve("data");
        Project solution = ExerciseCatalog.load(root.resolve("exercises")).find(EXERCISE).orElseThrow().solution();
        edited = ArrangingPerson.edited(solution);
        assertNotEquals(solution, edited, "the edit changes the arrangement");

        Path log = tmp.resolve("app.log");
        ProcessBuilder pb = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "-Dtestfx.robot=glass", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Dprism.text=t2k", "-Djava.awt.headless=true",
                "-Dheadless.geometry=1600x1000-32",
                "-Dstudiopaths.root=" + root,
                "-D" + DesktopApp.SCREEN_PROPERTY + "=" + DesktopApp.EXAMPLE_PREFIX + EXERCISE,
                ArrangingPerson.class.getName())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().put(Installation.DATA_ENV, data.toString());
        Process app = pb.start();
        try {
            awaitAutosaveOf(edited, app, log);
            app.destroyForcibly();
            assertTrue(app.waitFor(30, TimeUnit.SECONDS), "the killed app ended");
            assertEquals(128 + 9, app.exitValue(), "ended by SIGKILL, not by itself");
        } finally {
            app.destroyForcibly();
        }
        List<Recoverable> pending = new RecoveryStore(data).pending();
        assertEquals(1, pending.size(), "one piece of work was open");
        leftByTheCrash = pending.get(0);
    }

    /** Polls the data folder, as the next start would read it, until the edited arrangement is autosaved. */
    private static void awaitAutosaveOf(Project expected, Process app, Path log) throws Exception {
        RecoveryStore store = new RecoveryStore(data);
        long deadline = System.nanoTime() + AUTOSAVE_WAIT_NANOS;
        while (true) {
            for (Recoverable r : store.pending()) {
                try {
                    if (store.restore(r).equals(expected)) {
                        return;
                    }
                } catch (JsonFormatException replacedWhileReading) {
                    // the next look finds the newer autosave
                }
            }
            if (!app.isAlive()) {
                fail("the app ended by itself (exit " + app.exitValue() + "): " + Files.readString(log));
            }
            if (System.nanoTime() - deadline > 0) {
                fail("no autosave of the edited arrangement in " + store.folder() + " after "
                        + TimeUnit.NANOSECONDS.toSeconds(AUTOSAVE_WAIT_NANOS) + " s; the app said: "
                        + Files.readString(log));
            }
            Thread.sleep(100);
        }
    }

    @Start
    void startAgain(Stage stage) {
        Path root = Installation.installationRoot();
        AppServices services = AppServices.start(
                new Installation(root.resolve("samples"), root.resolve("exercises"), data), (rate, frames) -> {
                    throw new AudioUnavailableException("no audio output device was found");
                });
        window = DesktopApp.open(stage, services, null);
    }

    @Test
    void theBannerAsksAboutSongFormAndRestoreOpensTheEditedArrangementUnsaved(FxRobot robot) {
        robot.type(KeyCode.ESCAPE); // past the first-run tour: the killed app never wrote its settings
        assertEquals(EXERCISE, leftByTheCrash.origin().exerciseId());
        String at = DateTimeFormatter.ofPattern("HH:mm").format(leftByTheCrash.savedAt().atZone(ZoneId.systemDefault()));
        assertEquals("Restore your unsaved work on the exercise song-form from " + at + "?",
                robot.lookup("#recovery-question").queryLabeled().getText());
        assertEquals(Screen.HOME, window.current(), "nothing opens before the person answers");

        robot.clickOn("#recovery-restore");

        assertEquals(Screen.PRODUCTION, window.current());
        ArrangeView view = robot.lookup(".arrange-view").queryAs(ArrangeView.class);
        assertEquals(edited, view.model().project(), "exactly the arrangement autosaved before the kill");
        assertEquals(ArrangingPerson.RENAMED, view.model().project().tracks().get(0).name());
        assertTrue(view.model().session().dirtyProperty().get(), "marked unsaved");
        assertFalse(view.goals().freePlay(), "in the song-form exercise, with its goals");
        assertTrue(robot.lookup("#recovery-banner").tryQuery().isEmpty(), "nothing more to offer");
    }
}
