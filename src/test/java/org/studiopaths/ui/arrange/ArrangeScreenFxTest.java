package org.studiopaths.ui.arrange;

import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.studiopaths.journal.Attempt;
import org.studiopaths.model.Clip;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The arrange screen on a real (headless) stage: drag a loop in, undo, redo. */
@ExtendWith(ApplicationExtension.class)
class ArrangeScreenFxTest {

    @TempDir
    static Path root;

    private final List<Attempt> journal = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        ArrangeStage.show(stage, root, ArrangeStage.environment(root, journal::add, null));
    }

    @Test
    void draggingALoopOntoTheTimelineMeetsTheGoalAndUndoRedoFollow(FxRobot robot) throws Exception {
        robot.clickOn("1. Your first beat");
        ArrangeView view = robot.lookup(".arrange-view").queryAs(ArrangeView.class);
        Node timeline = robot.lookup(".timeline").query();
        Node cell = robot.lookup(".loop-cell").match(n -> ((javafx.scene.control.ListCell<?>) n).getItem() != null)
                .query();

        // Bar 3 of the first lane: 64 px per bar, so 2.3 bars in lands on bar 3 with snapping to bars.
        Point2D target = robot.point(timeline).atPosition(Pos.TOP_LEFT)
                .atOffset(new Point2D(64 * 2.3, ArrangeModel.RULER_HEIGHT + 30)).query();
        robot.drag(cell).moveTo(target).drop();
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of(Clip.of("loops/pop/drums-basic.wav", 3, 2)),
                view.model().project().tracks().get(0).clips());
        assertEquals("Drums", view.model().project().tracks().get(0).name());
        assertTrue(view.goals().done("drums"));
        assertTrue(robot.lookup("#goal-drums").query().getStyleClass().contains("goal-done"));

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertTrue(view.model().project().tracks().isEmpty());
        assertFalse(view.goals().done("drums"));
        assertTrue(robot.lookup("#goal-drums").query().getStyleClass().contains("goal-open"));

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertTrue(view.goals().done("drums"));
        assertEquals(1, view.model().project().tracks().get(0).clips().size());

        robot.clickOn("Check");
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> journal.size() == 1);
        assertEquals(100, journal.get(0).score());
        assertEquals("first-beat", journal.get(0).exerciseId());
    }
}
