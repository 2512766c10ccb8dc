package org.studiopaths.ui.arrange;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.studiopaths.audio.LibraryEntry;
import org.studiopaths.audio.SampleLibrary;
import org.studiopaths.audio.WavWriter;
import org.studiopaths.audio.importing.UserLibrary;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Importing on a real (headless) stage: the dialog, Save, the loop in the browser; a damaged file refused. */
@ExtendWith(ApplicationExtension.class)
class LoopImportFxTest {

    @TempDir
    static Path root;

    private static Path userFolder;

    @Start
    void start(Stage stage) throws Exception {
        userFolder = root.resolve("data/library");
        UserLibrary user = new UserLibrary(userFolder);
        ArrangeStage.show(stage, root, ArrangeStage.environment(root, attempt -> { },
                (wav, facts) -> ArrangeEnvironment.loopInfo(user.add(wav, facts))));
    }

    @Test
    void theExerciseCardsAreAsTallAsTheirTextNotTheWindow(FxRobot robot) {
        // The first card once stretched to the whole height of the window.
        for (javafx.scene.Node card : robot.lookup(".exercise-card").queryAll()) {
            double h = card.getBoundsInParent().getHeight();
            assertTrue(h > 30 && h < 100, "card height " + h);
        }
        assertEquals(2, robot.lookup(".exercise-card").queryAll().size());
    }

    @Test
    void aDroppedLoopIsCorrectedSavedAndShownAndADamagedOneIsRefused(FxRobot robot) throws Exception {
        robot.clickOn("Free play");
        ArrangeView view = robot.lookup(".arrange-view").queryAs(ArrangeView.class);
        Path wav = root.resolve("desktop/Funky Bass.wav");
        Files.createDirectories(wav.getParent());
        WavWriter.write(wav, LoopImportTest.twoBarsAt120(), 16);

        robot.interact(() -> view.imports().importFiles(List.of(wav)));
        WaitForAsyncUtils.waitForFxEvents();
        ImportDialog dialog = view.imports().showing();
        assertTrue(dialog.isShowing());
        assertEquals("bass", dialog.form().categoryProperty().get());
        assertEquals(120.0, dialog.form().tempoProperty().get());
        robot.clickOn("#import-half"); // the user says it is 60 BPM over 1 bar
        assertEquals(1, dialog.form().barsProperty().get());
        assertEquals(60.0, dialog.form().tempoProperty().get());
        robot.clickOn("#import-double");
        assertEquals(120.0, dialog.form().tempoProperty().get());
        robot.clickOn("#import-save");
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(dialog.isShowing());
        assertNull(view.imports().showing());
        LibraryEntry kept = SampleLibrary.load(userFolder.resolve("library.json")).entries().get(0);
        assertEquals("funky-bass.wav", kept.path());
        assertEquals(120.0, kept.tempo());
        ListView<?> list = robot.lookup(".loop-list").queryAs(ListView.class);
        assertEquals(List.of("user/funky-bass.wav"),
                list.getItems().stream().map(i -> ((LoopInfo) i).path()).toList()); // filtered to "my loops"
        assertEquals("Added \u201cFunky Bass\u201d to your loops", view.imports().messageProperty().get());

        Path broken = root.resolve("desktop/broken.wav");
        byte[] bytes = Files.readAllBytes(wav);
        Files.write(broken, Arrays.copyOf(bytes, 1000));
        robot.interact(() -> view.imports().importFiles(List.of(broken)));
        WaitForAsyncUtils.waitForFxEvents();

        assertNull(view.imports().showing());
        String message = broken + ": the data chunk says 352800 bytes but only 956 follow; the file is cut short"
                + " or was written as a stream: export it again";
        assertEquals(message, view.imports().messageProperty().get());
        assertTrue(robot.lookup(".import-message").queryAs(Label.class).isVisible());
        assertEquals(message, robot.lookup(".import-message").queryAs(Label.class).getText());
        try (var files = Files.list(userFolder)) {
            assertEquals(List.of("funky-bass.wav", "library.json"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
