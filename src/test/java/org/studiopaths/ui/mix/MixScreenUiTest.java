package org.studiopaths.ui.mix;

import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.studiopaths.audio.SampleStore;
import org.studiopaths.audio.WavWriter;
import org.studiopaths.engine.AudioLine;
import org.studiopaths.engine.LiveEngine;
import org.studiopaths.engine.LoadedSample;
import org.studiopaths.engine.PlanCompiler;
import org.studiopaths.engine.RenderException;
import org.studiopaths.engine.SampleSource;
import org.studiopaths.files.Installation;
import org.studiopaths.model.Project;
import org.studiopaths.ui.AppServices;
import org.studiopaths.ui.Navigator;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The mix screen on a headless stage, with a song of two generated WAV stems. */
@ExtendWith(ApplicationExtension.class)
class MixScreenUiTest {

    @TempDir
    static Path root;
    private static LiveEngine engine;

    /** A line that takes everything at once (no sound card). */
    private static final AudioLine SINK = new AudioLine() {
        public int bufferFrames() { return 2048; }
        public int availableBytes() { return 0; }
        public void write(byte[] b, int o, int l) { }
        public void start() { }
        public void stopAndFlush() { }
        public void drain() { }
        public void close() { }
    };

    @Start
    void start(Stage stage) throws Exception {
        prepared = new CountDownLatch(1);
        Path samples = root.resolve("samples");
        Files.createDirectories(samples.resolve("songs/test-song"));
        WavWriter.write(samples.resolve("songs/test-song/bass.wav"), MixFixtures.sine(110, 0.3, 44_100 * 4),
                MixFixtures.sine(110, 0.3, 44_100 * 4), 44_100 * 4, 44_100, 16);
        WavWriter.write(samples.resolve("songs/test-song/keys.wav"), MixFixtures.sine(880, 0.2, 44_100 * 4),
                MixFixtures.sine(880, 0.2, 44_100 * 4), 44_100 * 4, 44_100, 16);
        Files.writeString(samples.resolve("library.json"), """
                [{"path": "songs/test-song/bass.wav", "name": "Bass", "song": "test-song", "tempo": 120, "beatsPerBar": 4},
                 {"path": "songs/test-song/keys.wav", "name": "Keys", "song": "test-song", "tempo": 120, "beatsPerBar": 4}]
                """);
        SampleStore store = new SampleStore(samples, root.resolve("user"));
        SampleSource source = p -> {
            try {
                return new LoadedSample(store.load(p), Double.NaN);
            } catch (Exception e) {
                throw new RenderException(e.getMessage());
            }
        };
        engine = new LiveEngine(new PlanCompiler(source, (m, r, t) -> m), (rate, frames) -> SINK);
        AppServices services = AppServices.around(new Installation(samples, root, root.resolve("data")), engine);
        MixTask free = SongMixes.freeMixes(samples).get(0);
        Project reference = free.start().updateTrack(0, t -> t.withGainDb(6)).updateTrack(1, t -> t.withGainDb(6));
        MixCheck check = new MixCheck() {
            @Override
            public Result check(Project learner) {
                return new Result(40, false, List.of(new Line("Keys level", false, 0.2,
                        "Keys is 6.0 dB quieter than in the reference: push its fader up", 1)));
            }

            @Override
            public void prepare() {
                prepared.countDown();
            }
        };
        MixTask exercise = new MixTask("mix-test", "Balance the test song", "Keys under bass.", 2, "Make the keys sit under the bass.",
                free.start(), reference, check, null);
        MixHooks hooks = new MixHooks() {
            public List<MixTask> exercises() { return List.of(exercise); }
        };
        Navigator nav = new Navigator() {
            public void showHome() { }
            public void showProduction() { }
            public void showEngineering() { }
            public void showCompare() { }
        };
        stage.setScene(new Scene((javafx.scene.Parent) MixScreen.create(services, nav, hooks), 1400, 900));
        stage.show();
    }

    @AfterAll
    static void closeEngine() {
        if (engine != null) {
            engine.close();
        }
    }

    /** Counted down when the exercise's check is got ready, which opening the exercise does on the worker. */
    static volatile CountDownLatch prepared = new CountDownLatch(1);

    @Test
    void openingAnExerciseGetsItsCheckReadyInTheBackground(FxRobot robot) throws Exception {
        openExercise(robot);
        assertTrue(prepared.await(10, TimeUnit.SECONDS), "MixCheck.prepare was called");
    }

    private ConsoleView openExercise(FxRobot robot) {
        robot.clickOn("Start");
        return robot.lookup(".mix-console").queryAs(ConsoleView.class);
    }

    @Test
    void movingAFaderChangesTheProjectAndItsLabel(FxRobot robot) {
        ConsoleView console = openExercise(robot);
        Label value = robot.lookup("#value-1").queryAs(Label.class);
        assertEquals("0.0 dB", value.getText());
        robot.drag("#fader-1").moveBy(0, 60).release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        double gain = console.mixer().session().project().tracks().get(1).gainDb();
        assertTrue(gain < 0, "dragged down: " + gain);
        assertEquals(FaderScale.label(gain), value.getText());
        assertNotEquals("0.0 dB", value.getText());
        robot.interact(() -> console.mixer().session().undo());
        assertEquals(0, console.mixer().session().project().tracks().get(1).gainDb(), "the drag was one undo step");
    }

    @Test
    void keysSelectStripsMuteSoloUndoPlayAndReturnToStart(FxRobot robot) {
        ConsoleView console = openExercise(robot);
        var session = console.mixer().session();
        assertEquals(0, console.mixer().selectedProperty().get());
        robot.type(KeyCode.RIGHT);
        assertEquals(1, console.mixer().selectedProperty().get(), "Right selects the next strip");
        robot.type(KeyCode.RIGHT);
        assertEquals(1, console.mixer().selectedProperty().get(), "the last strip stays selected");
        robot.type(KeyCode.M);
        assertTrue(session.project().tracks().get(1).mute() && !session.project().tracks().get(0).mute(),
                "M mutes the selected strip only");
        robot.type(KeyCode.LEFT);
        robot.type(KeyCode.S);
        assertTrue(session.project().tracks().get(0).solo() && !session.project().tracks().get(1).solo(),
                "S solos the selected strip only");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertTrue(!session.project().tracks().get(0).solo(), "Ctrl+Z undoes the solo");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertTrue(session.project().tracks().get(0).solo(), "Ctrl+Shift+Z redoes it");

        int plays = session.plays();
        robot.type(KeyCode.SPACE); // the test's sound sink ends playback at once, so count the starts
        assertEquals(plays + 1, session.plays(), "Space plays");
        for (KeyCode toStart : List.of(KeyCode.HOME, KeyCode.ENTER)) {
            robot.interact(() -> session.seekBar(2.5));
            robot.type(toStart);
            assertEquals(1, session.positionBarsProperty().get(), toStart + " goes back to the start");
        }
    }

    @Test
    void theChooserShowsEachExercisesSummaryAndDifficultyNotItsBrief(FxRobot robot) {
        assertTrue(robot.lookup("Keys under bass.").tryQuery().isPresent(), "the summary");
        assertTrue(robot.lookup("●●○○○  Difficulty 2 of 5").tryQuery().isPresent(), "the difficulty");
        assertTrue(robot.lookup("Make the keys sit under the bass.").tryQuery().isEmpty(), "no brief on the card");
        openExercise(robot);
        assertTrue(robot.lookup("Make the keys sit under the bass.").tryQuery().isPresent(), "the brief beside the console");
    }

    @Test
    void theMasterSitsAtTheRightEdgeTheStripsInTheMiddleAndTheBriefIsReadable(FxRobot robot) {
        openExercise(robot);
        WaitForAsyncUtils.waitForFxEvents();
        Bounds side = robot.lookup(".side-scroll").query().localToScene(robot.lookup(".side-scroll").query().getLayoutBounds());
        Bounds master = robot.lookup("#master-strip").query().localToScene(robot.lookup("#master-strip").query().getLayoutBounds());
        Bounds row = robot.lookup(".strip-scroll").query().localToScene(robot.lookup(".strip-scroll").query().getLayoutBounds());
        Bounds first = robot.lookup("#fader-0").query().getParent().getParent().localToScene(
                robot.lookup("#fader-0").query().getParent().getParent().getLayoutBounds());
        Bounds last = robot.lookup("#fader-1").query().getParent().getParent().localToScene(
                robot.lookup("#fader-1").query().getParent().getParent().getLayoutBounds());
        assertTrue(side.getWidth() >= ConsoleView.SIDE_MIN_WIDTH, "side panel " + side.getWidth() + " px");
        assertTrue(side.getMinX() - master.getMaxX() < 20, "master at the right edge: " + master + " / " + side);
        assertEquals(first.getMinX() - row.getMinX(), row.getMaxX() - last.getMaxX(), 2,
                "two strips at their widest are centred: " + first + " " + last + " in " + row);
    }

    @Test
    void aBlockFromAnotherThreadLightsTheMeter(FxRobot robot) throws Exception {
        ConsoleView console = openExercise(robot);
        MeterView meter = robot.lookup("#meter-0").queryAs(MeterView.class);
        assertTrue(!meter.lit(), "dark before any audio");
        float[] block = MixFixtures.sine(441, 0.5, 512);
        Thread audio = new Thread(() -> console.mixer().meterBank().trackBlock(0, block, block, 512));
        audio.start();
        audio.join();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, meter::lit);
        assertEquals(-6.0, console.mixer().strips().get(0).meter().holdDb(0), 0.1);
        assertTrue(!robot.lookup("#meter-1").queryAs(MeterView.class).lit(), "the other strip stays dark");
    }

    @Test
    void answeringTheEqDrillUpdatesTheScoreAndKeepsIt(FxRobot robot) throws Exception {
        Files.deleteIfExists(root.resolve("data/eq-drill.json"));
        robot.clickOn("Start training");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#drill-score").tryQuery().isPresent());
        Label score = robot.lookup("#drill-score").queryAs(Label.class);
        assertEquals("Score 0 so far: no rounds answered yet", score.getText());
        // fired, not clicked: a tooltip popping up under the pointer as the drill appears trips TestFX's
        // visible-node query
        robot.interact(() -> robot.lookup("#band-5").queryAs(javafx.scene.control.ButtonBase.class).fire());
        robot.interact(() -> robot.lookup("#drill-boost").queryAs(javafx.scene.control.ButtonBase.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(score.getText().matches("Score [0-9.]+ from 1 round \\([0-9]+%\\)"), score.getText());
        assertTrue(robot.lookup("#drill-credit").queryAs(Label.class).getText().startsWith("Credit "));
        assertTrue(Files.readString(root.resolve("data/eq-drill.json")).contains("\"rounds\" : 1"),
                "the score is kept in the data folder");
    }

    @Test
    void hearTheDifferenceSolosTheTrackTheCheckNamesAndPlaysTheReference(FxRobot robot) throws Exception {
        ConsoleView console = openExercise(robot);
        robot.clickOn("#check");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#hear-difference").tryQuery().isPresent());
        assertEquals("Hear the difference on Keys",
                robot.lookup("#hear-difference").queryAs(javafx.scene.control.Button.class).getText());
        robot.clickOn("#hear-difference");
        Project mine = console.mixer().session().project();
        assertTrue(mine.tracks().get(1).solo() && !mine.tracks().get(0).solo(), "Keys alone is soloed");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> console.abSwitch().hearingBProperty().get());
        Project heard = console.abSwitch().heardProperty().get();
        assertEquals(6, heard.tracks().get(1).gainDb(), "B: the reference's Keys");
        assertTrue(heard.tracks().get(1).solo() && !heard.tracks().get(0).solo(), "B follows the solo");
        robot.clickOn("#hear-difference");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(mine, console.abSwitch().heardProperty().get(), "a second click: back to A, still soloed");
    }

    @Test
    void abSwitchesWhatTheSessionHears(FxRobot robot) throws Exception {
        ConsoleView console = openExercise(robot);
        robot.clickOn("#ab");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> console.abSwitch().hearingBProperty().get());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> engine.currentPlan() != null
                && engine.currentPlan().project().tracks().get(0).gainDb() == 6);
        assertEquals(-6.0, engine.currentPlan().project().master().gainDb(), 0.1,
                "the reference, 6 dB louder, is heard 6 dB down");
        robot.clickOn("#ab");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> engine.currentPlan().project().tracks().get(0).gainDb() == 0);
        assertEquals(console.mixer().session().project(), engine.currentPlan().project(), "A: the learner's mix");
    }
}
