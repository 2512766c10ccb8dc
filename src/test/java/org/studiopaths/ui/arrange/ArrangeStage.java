package org.studiopaths.ui.arrange;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.studiopaths.audio.WavReader;
import org.studiopaths.audio.WavWriter;
import org.studiopaths.files.Installation;
import org.studiopaths.ui.AppServices;
import org.studiopaths.ui.Navigator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The arrange screen alone on a stage for TestFX tests: a samples folder under {@code root} holding the one
 * drum loop of {@link TestSessions#drums()}, the drum exercise, no sound card, a navigator that goes nowhere.
 */
final class ArrangeStage {

    static final String DRUMS = "loops/pop/drums-basic.wav";

    private ArrangeStage() {
    }

    static Path samples(Path root) {
        return root.resolve("samples");
    }

    /** The environment the tests share; {@code journal} and {@code importer} vary. */
    static ArrangeEnvironment environment(Path root, ArrangeEnvironment.AttemptSink journal,
                                          LoopImporter importer) throws Exception {
        Path loop = samples(root).resolve(DRUMS);
        Files.createDirectories(loop.getParent());
        WavWriter.write(loop, TestSessions.tone(44_100), 16);
        ArrangeEnvironment plain = new ArrangeEnvironment(() -> List.of(TestSessions.drums()),
                path -> WavReader.read(samples(root).resolve(path)), () -> List.of(TestSessions.drumExercise()),
                journal, (owner, attempt) -> { });
        return importer == null ? plain : new ArrangeEnvironment(plain.loops(), plain.audio(), plain.exercises(),
                plain.journal(), plain.rating(), importer);
    }

    static void show(Stage stage, Path root, ArrangeEnvironment env) {
        Installation inst = new Installation(samples(root), root.resolve("exercises"), root.resolve("data"));
        Navigator nowhere = new Navigator() {
            public void showHome() { }
            public void showProduction() { }
            public void showEngineering() { }
            public void showCompare() { }
        };
        Parent screen = (Parent) ArrangeScreen.create(AppServices.around(inst, TestSessions.engine()), nowhere, env);
        stage.setScene(new Scene(screen, 1280, 720));
        stage.show();
    }
}
