package org.studiopaths.ui.arrange;

import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.studiopaths.model.Clip;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The arrange screen without a mouse: Enter places a loop, Alt+Right selects a clip, Right moves it, Ctrl+Z. */
@ExtendWith(ApplicationExtension.class)
class KeyboardArrangeFxTest {

    private static final String DRUMS = ArrangeStage.DRUMS;

    @TempDir
    static Path root;

    @Start
    void start(Stage stage) throws Exception {
        ArrangeStage.show(stage, root, ArrangeStage.environment(root, attempt -> { }, null));
    }

    @Test
    void placeSelectMoveAndUndoByKeys(FxRobot robot) {
        robot.clickOn("1. Your first beat");
        ArrangeView view = robot.lookup(".arrange-view").queryAs(ArrangeView.class);
        ArrangeModel model = view.model();
        ListView<?> list = robot.lookup(".loop-list").queryAs(ListView.class);
        robot.interact(() -> {
            model.session().seekBar(3.4);
            list.requestFocus();
            list.getFocusModel().focus(0);
        });

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, model.project().tracks().size());
        assertEquals("Drums", model.project().tracks().get(0).name());
        assertEquals(List.of(Clip.of(DRUMS, 1, 2)), model.project().tracks().get(0).clips(),
                "the playhead is past the end of the empty song: the loop goes at its end, bar 1");
        assertEquals(3.4, model.session().positionBarsProperty().get(), 1e-9, "Enter in the list is not 'to start'");

        robot.interact(() -> model.session().seekBar(2.4));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of(Clip.of(DRUMS, 1, 2), Clip.of(DRUMS, 2, 2)), model.project().tracks().get(0).clips(),
                "the drum lane again, at the playhead snapped to the bar");
        assertEquals(new ClipRef(0, 1), model.selection(), "the new clip is selected");

        robot.interact(() -> {
            model.selectionProperty().set(null);
            view.timeline().requestFocus();
        });
        robot.push(KeyCode.ALT, KeyCode.RIGHT);
        assertEquals(new ClipRef(0, 0), model.selection(), "Alt+Right selects the first clip");
        assertTrue(view.timeline().isFocused(), "the timeline keeps the focus");

        robot.type(KeyCode.RIGHT);
        assertEquals(2, model.project().tracks().get(0).clips().get(0).startBar(), 1e-9);

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(1, model.project().tracks().get(0).clips().get(0).startBar(), 1e-9, "one press, one undo");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(List.of(Clip.of(DRUMS, 1, 2)), model.project().tracks().get(0).clips());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(0, model.project().tracks().size(), "placing was one undo step: lane and clip go");
        assertNull(model.selection());
    }
}
