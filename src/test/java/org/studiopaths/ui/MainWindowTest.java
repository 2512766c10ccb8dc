package org.studiopaths.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.studiopaths.engine.AudioUnavailableException;
import org.studiopaths.exercise.Side;
import org.studiopaths.files.Installation;
import org.studiopaths.journal.Attempt;
import org.studiopaths.journal.Rating;
import org.studiopaths.ui.compare.RatingDialog;
import org.studiopaths.ui.prefs.SettingsStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The window as a newcomer meets it: a temporary data folder (first run) and no audio device. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private AppServices services;
    private MainWindow window;
    private Path data;

    @Start
    void start(Stage stage) throws Exception {
        data = Files.createTempDirectory("studio-paths-ui");
        Installation inst = new Installation(data.resolve("samples"), data.resolve("exercises"), data);
        services = AppServices.start(inst, (rate, frames) -> {
            throw new AudioUnavailableException("no audio output device was found");
        });
        window = DesktopApp.open(stage, services, null);
    }

    @Test
    void firstRunShowsBothPathsAndTheTourWhichEscapeSkipsAndF1Reopens(FxRobot robot) {
        assertTrue(robot.lookup("#home-path-production").tryQuery().isPresent());
        assertTrue(robot.lookup("#home-path-engineering").tryQuery().isPresent());
        assertEquals("Start production", robot.lookup("#home-start-production").queryButton().getText());
        assertEquals("Not tried yet", robot.lookup("#home-progress-production").queryLabeled().getText());

        assertTrue(window.isTourShowing());
        assertEquals("Welcome to Studio Paths", robot.lookup("#tour-title").queryLabeled().getText());
        robot.clickOn("#tour-next");
        assertEquals("Production: build the track", robot.lookup("#tour-title").queryLabeled().getText());

        robot.type(KeyCode.ESCAPE);
        assertFalse(window.isTourShowing());
        assertTrue(robot.lookup("#tour-card").tryQuery().isEmpty());
        assertTrue(new SettingsStore(data).load().settings().tourSeen(), "the tour is remembered as seen");

        robot.type(KeyCode.F1);
        assertTrue(window.isTourShowing());
        assertEquals("Welcome to Studio Paths", robot.lookup("#tour-title").queryLabeled().getText());
    }

    @Test
    void statusBarSaysPlaybackIsOffWithoutAnAudioDevice(FxRobot robot) throws Exception {
        services.probeAudio((rate, frames) -> {
            throw new AudioUnavailableException("no audio output device was found");
        });
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> services.status().playbackOff());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(StatusModel.PLAYBACK_OFF, robot.lookup("#status-playback").queryLabeled().getText());
    }

    @Test
    void ratingAnAttemptShowsInTheComparison(FxRobot robot) throws Exception {
        robot.type(KeyCode.ESCAPE); // past the tour
        Attempt attempt = TestAttempts.attempt(Side.PRODUCTION, 85, Rating.NONE);
        robot.interact(() -> RatingDialog.rateAttempt(window.root(), services, attempt, window::showCompare));
        assertTrue(robot.lookup("#rating-save").queryButton().isDisabled(), "nothing to save before an answer");
        robot.clickOn("#enjoy-4");
        robot.clickOn("#lost-yes");
        robot.clickOn("#rating-save");

        assertEquals(Screen.COMPARE, window.current());
        assertEquals("4.0 out of 5", robot.lookup("#compare-enjoyment-production").queryLabeled().getText());
        assertEquals("not rated yet", robot.lookup("#compare-enjoyment-engineering").queryLabeled().getText());
        assertEquals(new Rating(4, true, null, null), services.journal().attempts().get(0).rating());
        assertTrue(Files.readString(data.resolve("journal.json")).contains("\"enjoyment\" : 4"));
        // Undecided: the comparison nudges into the other path.
        robot.clickOn("#compare-nudge");
        assertEquals(Screen.ENGINEERING, window.current());
        assertTrue(robot.lookup(".mix-screen").tryQuery().isPresent(), "the mix screen's chooser is shown");
    }

    @Test
    void skippingTheRatingLeavesTheAttemptUnrated(FxRobot robot) {
        robot.type(KeyCode.ESCAPE); // past the tour
        Attempt attempt = TestAttempts.attempt(Side.ENGINEERING, 70, Rating.NONE);
        robot.interact(() -> RatingDialog.rateAttempt(window.root(), services, attempt, null));
        robot.clickOn("#enjoy-2");
        robot.type(KeyCode.ESCAPE);
        assertTrue(robot.lookup("#rating-dialog").tryQuery().isEmpty());
        assertEquals(1, services.journal().attempts().size());
        assertEquals(Rating.NONE, services.journal().attempts().get(0).rating());
    }

    @Test
    void eachPathOpensItsScreenWithItsExercises(FxRobot robot) {
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("#nav-production");
        assertTrue(robot.lookup(".arrange-screen").tryQuery().isPresent(), "production opens the arranger");
        robot.clickOn("#nav-engineering");
        assertTrue(robot.lookup(".mix-screen").tryQuery().isPresent(), "engineering opens the console's chooser");
        robot.interact(() -> window.setScreenFactory(Side.PRODUCTION, (s, nav) -> {
            Label l = new Label("arranger");
            l.setId("fake-arranger");
            return l;
        }));
        robot.clickOn("#nav-production");
        assertTrue(robot.lookup("#fake-arranger").query().isVisible(), "a registered factory makes the screen");
    }

    @Test
    void questionMarkOpensTheKeysSheet(FxRobot robot) {
        robot.type(KeyCode.ESCAPE);
        robot.interact(window::showShortcuts);
        assertTrue(robot.lookup("#shortcuts-sheet").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
        assertTrue(robot.lookup("#shortcuts-sheet").tryQuery().isEmpty());
    }
}
