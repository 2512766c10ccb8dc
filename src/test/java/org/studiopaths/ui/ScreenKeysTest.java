package org.studiopaths.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.studiopaths.model.Clip;
import org.studiopaths.model.Project;
import org.studiopaths.ui.arrange.ArrangeModel;
import org.studiopaths.ui.arrange.ArrangeView;
import org.studiopaths.ui.arrange.ClipRef;
import org.studiopaths.ui.compare.RatingDialog;
import org.studiopaths.ui.mix.ConsoleView;
import org.studiopaths.ui.mix.MixerModel;
import org.studiopaths.ui.session.ProjectSession;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The keys of the shortcuts sheet do what it says on the screens it names, in the real window (arrange view and
 * console, each in an exercise with its solution loaded); a button reached with Tab answers Space; and an open card
 * (tour, rating, keys sheet) keeps every key from the screen below.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenKeysTest {

    private RealWindow app;

    @Start
    void start(Stage stage) throws Exception {
        app = RealWindow.open(stage);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(app::close);
    }

    private ArrangeView arrange(FxRobot robot) throws Exception {
        robot.interact(() -> app.openSolved("song-form"));
        ArrangeView view = robot.lookup(".arrange-view").queryAs(ArrangeView.class);
        app.audioReady(view.model().project());
        return view;
    }

    private ConsoleView console(FxRobot robot) throws Exception {
        robot.interact(() -> app.openSolved("mix-balance"));
        ConsoleView view = robot.lookup(".mix-console").queryAs(ConsoleView.class);
        app.audioReady(view.mixer().session().project());
        return view;
    }

    @Test
    void arrangeViewAnswersItsKeys(FxRobot robot) throws Exception {
        ArrangeView view = arrange(robot);
        ArrangeModel model = view.model();
        ProjectSession session = model.session();

        robot.type(KeyCode.SPACE);
        assertTrue(session.playingProperty().get(), () -> "Space plays; focus on "
                + app.window.root().getScene().getFocusOwner() + ", " + session.messageProperty().get());
        robot.type(KeyCode.SPACE);
        assertFalse(session.playingProperty().get(), "Space stops");
        for (KeyCode k : List.of(KeyCode.ENTER, KeyCode.HOME)) {
            robot.interact(() -> session.seekBar(5));
            robot.type(k);
            assertEquals(1, session.positionBarsProperty().get(), 1e-9, k + " goes back to the start (bar 1)");
        }

        Clip first = model.project().tracks().get(0).clips().get(0);
        int clips = model.project().tracks().get(0).clips().size();
        robot.interact(() -> model.selectionProperty().set(new ClipRef(0, 0)));
        robot.push(KeyCode.CONTROL, KeyCode.D);
        List<Clip> after = model.project().tracks().get(0).clips();
        assertEquals(clips + 1, after.size(), "Ctrl+D duplicates the selected clip");
        assertEquals(first.withStartBar(first.endBar()), after.get(after.size() - 1), "the copy follows the clip");
        assertEquals(new ClipRef(0, clips), model.selection(), "and is selected");
        robot.type(KeyCode.DELETE);
        assertEquals(clips, model.project().tracks().get(0).clips().size(), "Delete removes the selected clip");
        assertNull(model.selection());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(clips + 1, model.project().tracks().get(0).clips().size(), "Ctrl+Z brings it back");
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertEquals(clips, model.project().tracks().get(0).clips().size(), "Ctrl+Shift+Z deletes it again");

        robot.interact(() -> model.selectionProperty().set(new ClipRef(0, 0)));
        robot.type(KeyCode.M);
        assertTrue(model.project().tracks().get(0).mute(), "M mutes the selected clip's track");
        robot.type(KeyCode.S);
        assertTrue(model.project().tracks().get(0).solo(), "S solos it");

        double zoom = model.pixelsPerBarProperty().get();
        robot.type(KeyCode.EQUALS);
        assertEquals(zoom * 1.25, model.pixelsPerBarProperty().get(), 1e-9, "+ zooms in");
        robot.type(KeyCode.MINUS);
        assertEquals(zoom, model.pixelsPerBarProperty().get(), 1e-9, "- zooms out");

        // A lane's volume from the keyboard: each arrow key is one undo step.
        javafx.scene.control.Slider volume = robot.lookup(".lane-header .slider")
                .queryAs(javafx.scene.control.Slider.class);
        robot.interact(volume::requestFocus);
        Project beforeVolume = session.project();
        robot.type(KeyCode.LEFT);
        assertTrue(session.project().tracks().stream().anyMatch(t -> t.gainDb() < 0 && !beforeVolume.tracks()
                .contains(t)), "Left turns a lane's volume down");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(beforeVolume, session.project(), "in one undo step");

        assertSaves(robot, session);
    }

    @Test
    void consoleAnswersItsKeys(FxRobot robot) throws Exception {
        ConsoleView view = console(robot);
        MixerModel mixer = view.mixer();
        ProjectSession session = mixer.session();
        robot.type(KeyCode.SPACE);
        assertTrue(session.playingProperty().get(), () -> "Space plays; focus on "
                + app.window.root().getScene().getFocusOwner() + ", " + session.messageProperty().get());
        robot.type(KeyCode.SPACE);
        assertFalse(session.playingProperty().get(), "Space stops");
        for (KeyCode k : List.of(KeyCode.ENTER, KeyCode.HOME)) {
            robot.interact(() -> session.seekBar(5));
            robot.type(k);
            assertEquals(1, session.positionBarsProperty().get(), 1e-9, k + " goes back to the start (bar 1)");
        }

        int selected = mixer.selectedProperty().get();
        robot.type(KeyCode.RIGHT);
        assertEquals(selected + 1, mixer.selectedProperty().get(), "Right selects the next strip");
        robot.type(KeyCode.LEFT);
        assertEquals(selected, mixer.selectedProperty().get(), "Left the previous one");

        boolean muted = session.project().tracks().get(selected).mute();
        robot.type(KeyCode.M);
        assertEquals(!muted, session.project().tracks().get(selected).mute(), "M mutes the selected strip");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(muted, session.project().tracks().get(selected).mute(), "Ctrl+Z undoes it");
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertEquals(!muted, session.project().tracks().get(selected).mute(), "Ctrl+Shift+Z redoes it");
        boolean soloed = session.project().tracks().get(selected).solo();
        robot.type(KeyCode.S);
        assertEquals(!soloed, session.project().tracks().get(selected).solo(), "S solos the selected strip");

        assertSaves(robot, session);
    }

    /** Ctrl+S saves to the project's file (one is given first, so no file chooser opens). */
    private void assertSaves(FxRobot robot, ProjectSession session) throws Exception {
        Path file = Files.createTempDirectory("studio-paths-keys").resolve("song.json");
        robot.interact(() -> session.save(file));
        robot.interact(() -> session.edit("Tempo", p -> p.withTempo(p.tempo() + 1)));
        assertTrue(session.dirtyProperty().get());
        robot.push(KeyCode.CONTROL, KeyCode.S);
        assertFalse(session.dirtyProperty().get(), "Ctrl+S saves");
        assertTrue(Files.readString(file).contains("\"tempo\" : " + (int) session.project().tempo()),
                Files.readString(file));
    }

    @Test
    void aClickedButtonLeavesSpaceToPlayButOneReachedWithTabTakesIt(FxRobot robot) throws Exception {
        ArrangeView view = arrange(robot);
        ArrangeModel model = view.model();
        List<Button> buttons = robot.lookup(".transport .button").queryAllAs(Button.class).stream().toList();
        Button zoomIn = buttons.stream().filter(b -> "+".equals(b.getText())).findFirst().orElseThrow();
        Button zoomOut = buttons.stream().filter(b -> "−".equals(b.getText())).findFirst().orElseThrow();
        double zoom = model.pixelsPerBarProperty().get();

        robot.clickOn(zoomIn);
        assertEquals(zoom * 1.25, model.pixelsPerBarProperty().get(), 1e-9);
        robot.type(KeyCode.SPACE);
        assertTrue(model.session().playingProperty().get(), "after a click Space still plays");
        robot.type(KeyCode.SPACE);
        assertFalse(model.session().playingProperty().get());

        tabTo(robot, n -> n == zoomOut);
        robot.type(KeyCode.SPACE);
        assertFalse(model.session().playingProperty().get(), "Space pressed the button it was tabbed to");
        assertEquals(zoom, model.pixelsPerBarProperty().get(), 1e-9);
        tabTo(robot, n -> n == zoomIn);
        double at = model.session().positionBarsProperty().get();
        robot.type(KeyCode.ENTER);
        assertEquals(zoom * 1.25, model.pixelsPerBarProperty().get(), 1e-9, "and so does Enter");
        assertEquals(at, model.session().positionBarsProperty().get(), 1e-9, "instead of going to the start");
    }

    @Test
    void theArrowKeysMoveAlongTheWindowsTabsAndSpaceOpensOne(FxRobot robot) {
        tabTo(robot, n -> "nav-home".equals(n.getId()));
        robot.type(KeyCode.RIGHT);
        assertEquals("nav-production", app.window.root().getScene().getFocusOwner().getId());
        robot.type(KeyCode.SPACE);
        assertEquals(Screen.PRODUCTION, app.window.current());
    }

    private void tabTo(FxRobot robot, Predicate<Node> wanted) {
        for (int i = 0; i < 200 && !wanted.test(app.window.root().getScene().getFocusOwner()); i++) {
            robot.type(KeyCode.TAB);
        }
        assertTrue(wanted.test(app.window.root().getScene().getFocusOwner()), "Tab reached the control");
    }

    @Test
    void keysUnderAnOpenCardDoNotReachTheScreen(FxRobot robot) throws Exception {
        ArrangeView view = arrange(robot);
        ArrangeModel model = view.model();
        ProjectSession session = model.session();
        Node timeline = robot.lookup(".timeline").query();
        Project before = session.project();
        double zoom = model.pixelsPerBarProperty().get();
        List<Runnable> cards = List.of(app.window::showTour, app.window::showShortcuts,
                () -> RatingDialog.ask(app.window.root(), "Song form", answer -> { }));
        for (Runnable card : cards) {
            robot.interact(timeline::requestFocus); // the focus is on the screen when the card comes
            robot.interact(card);
            Node layer = app.window.root().getChildrenUnmodifiable().get(1);
            robot.interact(() -> model.selectionProperty().set(new ClipRef(0, 0)));
            robot.type(KeyCode.M, KeyCode.DELETE, KeyCode.EQUALS);
            robot.push(KeyCode.CONTROL, KeyCode.D);
            assertSame(before, session.project(), "M, Delete and Ctrl+D under a card change nothing");
            assertEquals(zoom, model.pixelsPerBarProperty().get(), 1e-9, "+ under a card does not zoom");
            for (int i = 0; i < 8; i++) {
                robot.type(KeyCode.TAB);
                assertTrue(isInside(app.window.root().getScene().getFocusOwner(), layer), "Tab stays on the card");
            }
            robot.push(KeyCode.SHIFT, KeyCode.TAB);
            assertTrue(isInside(app.window.root().getScene().getFocusOwner(), layer), "so does Shift+Tab");
            robot.type(KeyCode.SPACE); // presses the card's focused button at most
            assertFalse(session.playingProperty().get(), "Space under a card does not play");
            if (app.window.root().getChildrenUnmodifiable().size() > 1) {
                robot.type(KeyCode.ESCAPE);
            }
            assertEquals(1, app.window.root().getChildrenUnmodifiable().size(), "the card is closed");
            assertSame(timeline, app.window.root().getScene().getFocusOwner(), "the focus is back on the screen");
        }
        robot.type(KeyCode.SPACE);
        assertTrue(session.playingProperty().get(), "with the cards gone Space plays again");
        robot.type(KeyCode.SPACE);
    }

    private static boolean isInside(Node n, Node layer) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == layer) {
                return true;
            }
        }
        return false;
    }
}
