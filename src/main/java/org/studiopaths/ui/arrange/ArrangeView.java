package org.studiopaths.ui.arrange;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.HBox;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.studiopaths.journal.Attempt;
import org.studiopaths.journal.Rating;
import org.studiopaths.model.Project;
import org.studiopaths.ui.FocusedControlKeys;
import org.studiopaths.ui.session.ProjectSession;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The arrange view: transport on top, loop browser left, track headers and timeline in the middle, goals
 * right. Owns the keyboard shortcuts and the file, export, example and journal actions.
 */
public final class ArrangeView extends BorderPane {

    private final ProjectSession session;
    private final ArrangeModel model;
    private final GoalsModel goals;
    private final Audition audition;
    private final ArrangeEnvironment env;
    private final TimelineView timeline;
    private final TransportBar transport;
    private final LoopImportFlow imports;
    private final LoopBrowserView browser;
    private boolean exampleOn;

    /**
     * @param onLeave    called after the attempt is recorded when the learner leaves
     * @param onNext     opens the exercise after this one (null when this is the last or free play)
     */
    public ArrangeView(ProjectSession session, ArrangeExercise exercise, ArrangeEnvironment env, Executor worker,
                       Runnable onLeave, Consumer<ArrangeExercise> onNext, ArrangeExercise nextExercise) {
        this.session = session;
        this.env = env;
        getStyleClass().add("arrange-view");
        model = new ArrangeModel(session);
        goals = new GoalsModel(session, exercise, worker, Platform::runLater, Clock.systemUTC());
        audition = new Audition(session, model);
        LoopDrag drag = new LoopDrag();
        timeline = new TimelineView(model, env.loops(),
                ready -> new WaveformCache(env.audio(), worker, Platform::runLater, ready), drag);
        LoopBrowserModel loops = new LoopBrowserModel(env.loops());
        browser = new LoopBrowserView(loops, audition, drag);
        imports = new LoopImportFlow(this, env.importer(), loops::add);
        browser.acceptImports(imports);
        LaneHeaders headers = new LaneHeaders(model, env.loops());
        VBox timelineColumn = new VBox(timeline, horizontalScrollBar(model, timeline));
        VBox.setVgrow(timeline, Priority.ALWAYS);
        HBox centre = new HBox(headers, timelineColumn);
        HBox.setHgrow(timelineColumn, Priority.ALWAYS);
        centre.getStyleClass().add("arrangement");

        transport = new TransportBar(model, this::togglePlay);
        transport.back.setOnAction(e -> leave(onLeave));
        transport.save.setOnAction(e -> save(false));
        transport.open.setOnAction(e -> open());
        transport.export.setOnAction(e -> export(transport));

        GoalsPanel panel = new GoalsPanel(goals);
        panel.check.setOnAction(e -> goals.check(() -> afterCheck(panel, nextExercise)));
        panel.example.setOnAction(e -> toggleExample(panel, exercise));
        panel.next.setOnAction(e -> {
            stopSound();
            onNext.accept(nextExercise);
        });

        setTop(transport);
        setCenter(resizablePanels(browser, centre, panel));
        addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        session.projectProperty().addListener((o, a, b) -> exampleOn = false);
    }

    /** Browser, timeline and goals side by side; the dividers can be dragged, the timeline takes what is left. */
    private static SplitPane resizablePanels(Region browser, Region timeline, Region goals) {
        browser.setMinWidth(220);
        goals.setMinWidth(220);
        SplitPane split = new SplitPane(browser, timeline, goals);
        split.getStyleClass().add("arrange-panels");
        SplitPane.setResizableWithParent(browser, false);
        SplitPane.setResizableWithParent(goals, false);
        // Place the dividers at the side panels' preferred widths once the split has its size.
        split.widthProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> o, Number was, Number now) {
                if (now.doubleValue() > 0) {
                    double w = now.doubleValue();
                    split.setDividerPositions(browser.prefWidth(-1) / w, 1 - goals.prefWidth(-1) / w);
                    split.widthProperty().removeListener(this);
                }
            }
        });
        return split;
    }

    /**
     * The timeline's horizontal scroll bar: its value is the first bar in view, its thumb as wide as the bars
     * that fit. (The wheel, Shift+wheel and Ctrl+wheel still scroll and zoom.)
     */
    private static ScrollBar horizontalScrollBar(ArrangeModel model, TimelineView timeline) {
        ScrollBar bar = new ScrollBar();
        bar.getStyleClass().add("timeline-scroll");
        bar.setOrientation(Orientation.HORIZONTAL);
        bar.setMin(0);
        bar.setFocusTraversable(false);
        bar.setTooltip(new Tooltip("Scroll through the song (or Shift+wheel; Ctrl+wheel zooms)"));
        Runnable range = () -> {
            double inView = timeline.getWidth() / model.pixelsPerBarProperty().get();
            bar.setMax(model.visibleSongBars());
            bar.setVisibleAmount(Math.max(1, inView));
            bar.setUnitIncrement(1);
            bar.setBlockIncrement(Math.max(1, Math.floor(inView) - 1));
        };
        range.run();
        timeline.widthProperty().addListener((o, a, b) -> range.run());
        model.pixelsPerBarProperty().addListener((o, a, b) -> range.run());
        model.session().projectProperty().addListener((o, a, b) -> range.run());
        bar.valueProperty().bindBidirectional(model.scrollBarsProperty());
        return bar;
    }

    public ArrangeModel model() { return model; }
    public GoalsModel goals() { return goals; }
    LoopImportFlow imports() { return imports; }

    private void togglePlay() {
        audition.stop();
        stopExample();
        session.togglePlay();
    }

    private void stopSound() {
        audition.stop();
        stopExample();
        session.stop();
    }

    private void key(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl || FocusedControlKeys.belongToFocusedControl(e)) {
            return;
        }
        boolean ctrl = e.isShortcutDown();
        KeyCode k = e.getCode();
        boolean handled = true;
        if (k == KeyCode.ENTER && e.getTarget() == browser.list) {
            addFocusedLoop();
        } else if (e.getTarget() == timeline && (k == KeyCode.LEFT || k == KeyCode.RIGHT)) {
            handled = timelineArrow(e, k == KeyCode.RIGHT ? 1 : -1);
        } else if (ctrl && k == KeyCode.Z) {
            if (e.isShiftDown()) {
                session.redo();
            } else {
                session.undo();
            }
        } else if (ctrl && k == KeyCode.Y) {
            session.redo();
        } else if (ctrl && k == KeyCode.D) {
            model.duplicateSelected();
        } else if (ctrl && k == KeyCode.S) {
            save(false);
        } else if (k == KeyCode.SPACE) {
            togglePlay();
        } else if (k == KeyCode.ENTER || k == KeyCode.HOME) {
            session.returnToStart();
        } else if (k == KeyCode.DELETE || k == KeyCode.BACK_SPACE) {
            model.deleteSelected();
        } else if (k == KeyCode.M && !ctrl) {
            model.toggleMuteOfSelection();
        } else if (k == KeyCode.S && !ctrl) {
            model.toggleSoloOfSelection();
        } else if (k == KeyCode.PLUS || k == KeyCode.EQUALS || k == KeyCode.ADD) {
            model.zoomBy(1.25, 0);
        } else if (k == KeyCode.MINUS || k == KeyCode.SUBTRACT) {
            model.zoomBy(1 / 1.25, 0);
        } else {
            handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    /** Enter in the loop list: the focused loop (else the selected one) goes in at the playhead. */
    private void addFocusedLoop() {
        LoopInfo loop = browser.list.getFocusModel().getFocusedItem();
        if (loop == null) {
            loop = browser.list.getSelectionModel().getSelectedItem();
        }
        if (loop != null) {
            model.addAtPlayhead(loop, env.loops());
        }
    }

    /**
     * Left/Right on the timeline: with Alt, select the previous or next clip (Tab stays focus traversal); alone,
     * move the selected clip by one grid step. Without a selection a plain arrow is left to focus traversal.
     */
    private boolean timelineArrow(KeyEvent e, int direction) {
        if (e.isAltDown()) {
            model.selectNeighbour(direction);
            return true;
        }
        if (e.isShortcutDown() || e.isShiftDown() || model.selection() == null) {
            return false;
        }
        model.nudgeSelected(direction);
        return true;
    }

    // ---- files ----------------------------------------------------------------------------------------

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private void save(boolean askAlways) {
        Path file = session.fileProperty().get();
        if (file == null || askAlways) {
            FileChooser fc = chooser("Save the song");
            fc.setInitialFileName(session.project().title().isBlank() ? "my-song.json"
                    : session.project().title().replaceAll("[^A-Za-z0-9-_ ]", "") + ".json");
            File f = fc.showSaveDialog(window());
            if (f == null) {
                return;
            }
            file = f.toPath();
        }
        session.save(file);
    }

    private void open() {
        File f = chooser("Open a song").showOpenDialog(window());
        if (f != null) {
            stopSound();
            session.open(f.toPath());
        }
    }

    private static FileChooser chooser(String title) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Studio Paths project", "*.json"));
        return fc;
    }

    private void export(TransportBar bar) {
        FileChooser fc = new FileChooser();
        fc.setTitle("Export the song as WAV");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("WAV audio", "*.wav"));
        fc.setInitialFileName("my-song.wav");
        File f = fc.showSaveDialog(window());
        if (f == null) {
            return;
        }
        WavExport task = new WavExport(session.engine().compiler(), session.project(), f.toPath());
        bar.progress.progressProperty().bind(task.progressProperty());
        bar.progress.setVisible(true);
        bar.export.setDisable(true);
        task.setOnSucceeded(e -> finishExport(bar, task.getValue()));
        task.setOnFailed(e -> finishExport(bar, "Could not export " + f.getName() + ": "
                + task.getException().getMessage()));
        Thread t = new Thread(task, "studio-paths-export");
        t.setDaemon(true);
        t.start();
    }

    private void finishExport(TransportBar bar, String message) {
        bar.progress.progressProperty().unbind();
        bar.progress.setVisible(false);
        bar.export.setDisable(false);
        transport.say(message);
    }

    // ---- exercise ---------------------------------------------------------------------------------------

    private void toggleExample(GoalsPanel panel, ArrangeExercise exercise) {
        if (exampleOn) {
            stopExample();
            panel.example.setText("Hear an example");
            return;
        }
        Project reference = exercise.reference();
        audition.stop();
        session.stop();
        session.engine().setProject(reference);
        session.engine().player().seek(0);
        if (session.engine().play()) {
            exampleOn = true;
            panel.example.setText("Stop the example");
        } else {
            session.engine().setProject(session.project());
            transport.say(session.engine().playbackProblem());
        }
    }

    private void stopExample() {
        if (exampleOn) {
            exampleOn = false;
            session.engine().stop();
            session.engine().setProject(session.project());
            session.seekBar(session.positionBarsProperty().get());
        }
    }

    private void afterCheck(GoalsPanel panel, ArrangeExercise nextExercise) {
        ArrangeExercise.CheckOutcome r = goals.outcomeProperty().get();
        panel.next.setVisible(r != null && r.passed() && nextExercise != null);
        recordAttempt();
    }

    /** Records the attempt in the journal, then asks for a rating; a journal problem is shown, never thrown. */
    private void recordAttempt() {
        Attempt attempt = goals.attempt(Rating.NONE);
        goals.beginNewAttempt();
        try {
            env.journal().record(attempt);
        } catch (Exception e) {
            transport.say("Could not write to the journal: " + e.getMessage());
            return;
        }
        env.rating().ask(this, attempt);
    }

    private void leave(Runnable onLeave) {
        stopSound();
        if (!goals.freePlay() && goals.worked()) {
            recordAttempt();
        }
        onLeave.run();
    }

    /** The node to focus so the keyboard shortcuts work at once. */
    Node timeline() {
        return timeline;
    }
}
