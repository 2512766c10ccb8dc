package org.studiopaths.ui;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.studiopaths.engine.AudioUnavailableException;
import org.studiopaths.exercise.Side;
import org.studiopaths.files.Installation;
import org.studiopaths.model.Project;
import org.studiopaths.ui.arrange.ArrangeView;
import org.studiopaths.ui.session.AutosaveOrigin;
import org.studiopaths.ui.session.RecoveryStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Work left unsaved by a crash (autosaves in a temporary data folder) is offered when the window starts; Restore
 * opens it in its exercise, Discard throws it away. The installation's own samples and exercises.
 */
@ExtendWith(ApplicationExtension.class)
class RecoveryBannerTest {

    private static final Instant EXERCISE_SAVED = Instant.parse("2026-03-01T14:05:09Z");
    private static final Project GROOVE = Project.empty("My restored groove", 97);

    private AppServices services;
    private MainWindow window;
    private RecoveryStore store;

    @Start
    void start(Stage stage) throws Exception {
        Path data = Files.createTempDirectory("studio-paths-recovery");
        Path root = Installation.installationRoot();
        store = new RecoveryStore(data);
        store.write(AutosaveOrigin.freePlay(Side.ENGINEERING, null), Project.empty("An older mix", 90),
                EXERCISE_SAVED.minusSeconds(3600));
        store.write(AutosaveOrigin.exercise("first-groove", Side.PRODUCTION, null), GROOVE, EXERCISE_SAVED);
        services = AppServices.start(new Installation(root.resolve("samples"), root.resolve("exercises"), data),
                (rate, frames) -> {
                    throw new AudioUnavailableException("no audio output device was found");
                });
        window = DesktopApp.open(stage, services, null);
    }

    @Test
    void restoreOpensTheArrangerInItsExerciseWithThatProjectUnsaved(FxRobot robot) {
        robot.type(KeyCode.ESCAPE); // past the first-run tour
        String at = DateTimeFormatter.ofPattern("HH:mm").format(EXERCISE_SAVED.atZone(ZoneId.systemDefault()));
        assertEquals("Restore your unsaved work on the exercise first-groove from " + at + "?",
                robot.lookup("#recovery-question").queryLabeled().getText(), "the newest autosave is offered first");
        assertEquals(Screen.HOME, window.current());

        robot.clickOn("#recovery-restore");

        assertEquals(Screen.PRODUCTION, window.current());
        ArrangeView view = robot.lookup(".arrange-view").queryAs(ArrangeView.class);
        assertEquals(GROOVE, view.model().project(), "exactly the autosaved project");
        assertTrue(view.model().session().dirtyProperty().get(), "marked unsaved");
        assertFalse(view.goals().freePlay(), "in its exercise, with its goals");
        assertTrue(robot.lookup("#recovery-question").queryLabeled().getText()
                .startsWith("Restore your unsaved work on free play (engineering) from "), "then the older one");
    }

    @Test
    void discardThrowsEachAwayAndTheBannerGoes(FxRobot robot) {
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("#recovery-discard");
        assertEquals(1, store.pending().size());
        assertEquals("free-engineering", store.pending().get(0).slot());
        robot.clickOn("#recovery-discard");
        assertTrue(store.pending().isEmpty());
        assertTrue(robot.lookup("#recovery-banner").tryQuery().isEmpty(), "nothing more to offer");
        assertEquals(Screen.HOME, window.current());
    }
}
