package org.studiopaths.ui;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.ListCell;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.studiopaths.ui.compare.RatingDialog;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 9 on every screen of the real window: each control a person can operate says what it does (a tooltip,
 * or a prompt in a text field), and Tab reaches each one.
 */
@ExtendWith(ApplicationExtension.class)
class ControlsAuditTest {

    private RealWindow app;

    @Start
    void start(Stage stage) throws Exception {
        app = RealWindow.open(stage);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(app::close);
    }

    /** Each screen and card by name, and how to bring it up from any screen. */
    private Map<String, Consumer<FxRobot>> places() {
        MainWindow w = app.window;
        Map<String, Consumer<FxRobot>> places = new LinkedHashMap<>();
        places.put("home", r -> r.interact(w::showHome));
        places.put("compare", r -> r.interact(w::showCompare));
        places.put("production chooser", r -> r.interact(w::showProduction));
        places.put("arrange view (song-form)", r -> r.interact(() -> app.openSolved("song-form")));
        places.put("engineering chooser", r -> r.interact(w::showEngineering));
        places.put("console (mix-balance)", r -> r.interact(() -> app.openSolved("mix-balance")));
        places.put("EQ drill", this::openDrill);
        places.put("settings", r -> r.interact(w::showSettings));
        places.put("tour", r -> r.interact(w::showTour));
        places.put("keys sheet", r -> r.interact(w::showShortcuts));
        places.put("rating", r -> r.interact(() -> RatingDialog.ask(w.root(), "Song form", answer -> { })));
        return places;
    }

    private void openDrill(FxRobot robot) {
        robot.interact(app.window::showEngineering);
        Button start = robot.lookup(".button").queryAllAs(Button.class).stream()
                .filter(b -> "Start training".equals(b.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("the engineering chooser has no \"Start training\""));
        robot.interact(start::fire);
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".eq-drill").tryQuery().isPresent());
        } catch (Exception e) {
            throw new AssertionError("the EQ drill did not open: " + app.services.status().messageProperty().get());
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** What is in front: the topmost card when one is open, else the whole window. */
    private Node front() {
        var layers = app.window.root().getChildrenUnmodifiable();
        return layers.get(layers.size() - 1);
    }

    private void closeCards(FxRobot robot) {
        while (app.window.root().getChildrenUnmodifiable().size() > 1) {
            robot.type(KeyCode.ESCAPE);
        }
    }

    @Test
    void everyControlSaysWhatItDoes(FxRobot robot) {
        Set<Control> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<String> offenders = new ArrayList<>();
        int checked = 0;
        for (var place : places().entrySet()) {
            place.getValue().accept(robot);
            WaitForAsyncUtils.waitForFxEvents();
            for (Control c : UiWalk.operable(front())) {
                if (seen.add(c)) { // the top bar is the same on every screen: reported once
                    checked++;
                    if (!UiWalk.explained(c)) {
                        offenders.add(place.getKey() + ": " + UiWalk.describe(c));
                    }
                }
            }
            closeCards(robot);
        }
        assertTrue(checked > 60, "the walk found the controls (" + checked + ")");
        assertEquals("", String.join("\n", offenders),
                offenders.size() + " of " + checked + " controls have no tooltip");
    }

    @Test
    void tabReachesEveryControl(FxRobot robot) {
        List<String> unreachable = new ArrayList<>();
        for (var place : places().entrySet()) {
            place.getValue().accept(robot);
            WaitForAsyncUtils.waitForFxEvents();
            List<Control> controls = UiWalk.operable(front());
            Set<Control> reached = Collections.newSetFromMap(new IdentityHashMap<>());
            Scene scene = app.window.root().getScene();
            // Round the whole focus cycle once: until the first control focused comes back.
            Node first = null;
            for (int i = 0; i < 4 * controls.size() + 20; i++) {
                robot.type(KeyCode.TAB);
                Node now = scene.getFocusOwner();
                if (now == first) {
                    break;
                }
                if (first == null) {
                    first = now;
                }
                Control owner = now == null ? null : UiWalk.owner(now);
                if (owner != null) {
                    reached.add(owner);
                }
            }
            for (Control c : controls) {
                if (!reached.contains(c) && !groupReached(c, reached) && !inListCell(c)) {
                    unreachable.add(place.getKey() + ": " + UiWalk.describe(c));
                }
            }
            closeCards(robot);
        }
        assertEquals("", String.join("\n", unreachable), unreachable.size() + " controls Tab does not reach");
    }

    /**
     * Tab stops once in a group of toggles (the selected one); the arrow keys move within it, as in any toolkit.
     * {@link ScreenKeysTest} holds the window's tabs to that.
     */
    private static boolean groupReached(Control c, Set<Control> reached) {
        return c instanceof ToggleButton t && t.getToggleGroup() != null
                && t.getToggleGroup().getToggles().stream().anyMatch(reached::contains);
    }

    /** A button inside a list's row: the list takes the focus, its rows are chosen with the arrow keys. */
    private static boolean inListCell(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ListCell<?>) {
                return true;
            }
        }
        return false;
    }
}
