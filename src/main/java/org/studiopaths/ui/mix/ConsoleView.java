package org.studiopaths.ui.mix;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.studiopaths.audio.WavWriter;
import org.studiopaths.engine.OfflineRenderer;
import org.studiopaths.engine.RenderPlan;
import org.studiopaths.journal.Rating;
import org.studiopaths.ui.FocusedControlKeys;
import org.studiopaths.ui.session.ProjectSession;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * The mixing console: transport and files on top, a strip per stem and the master in the middle, the selected
 * strip's EQ with the spectrum below, and the exercise's brief and check results on the right.
 */
public final class ConsoleView extends BorderPane {

    private final ProjectSession session;
    private final MixerModel mixer;
    private final AbSwitch ab;
    private final ExerciseRun run;
    private final MixHooks hooks;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "studio-paths-mix-worker");
        t.setDaemon(true);
        return t;
    });
    /** Where the side panel's divider was last left (a fraction), kept for the rest of the app's run; NaN before. */
    private static double sideDivider = Double.NaN;
    private static final double SIDE_FIRST_WIDTH = 400;
    /** The brief and the check's messages stay readable at this width. */
    static final double SIDE_MIN_WIDTH = 360;

    private final HBox stripRow = new HBox(4);
    {
        stripRow.setAlignment(Pos.TOP_CENTER); // a few strips at their widest sit in the middle, not off to one side
        stripRow.getStyleClass().add("strip-row");
    }
    private final List<StripView> stripViews = new ArrayList<>();
    private final MasterStripView masterView;
    private final EqCurveView eqView;
    private final Label eqTitle = new Label();
    private final VBox results = new VBox(6);
    private final Label status = new Label();
    private final float[] spectrum;
    private final AnimationTimer timer;

    /**
     * @param onLeave called when the learner leaves the console
     * @param onNext  called with the next exercise's id after a pass
     */
    public ConsoleView(ProjectSession session, MixTask task, MixHooks hooks, Runnable onLeave, Consumer<String> onNext) {
        this.session = session;
        this.hooks = hooks;
        getStyleClass().add("mix-console");
        getStylesheets().add(ConsoleView.class.getResource("mix.css").toExternalForm());
        mixer = new MixerModel(session);
        ab = new AbSwitch(session, new OfflineLoudness(session.engine().compiler()), worker, Platform::runLater);
        ab.setReference(task.reference());
        run = new ExerciseRun(task, session, Clock.systemUTC());
        if (task.isExercise()) {
            worker.execute(() -> prepareCheck(task.check())); // so the first Check is as quick as the next ones
        }

        masterView = new MasterStripView(mixer);
        eqView = new EqCurveView(mixer::selectedStrip);
        spectrum = new float[eqView.spectrumBins()];
        mixer.strips().addListener((javafx.collections.ListChangeListener<StripModel>) c -> buildStrips());
        buildStrips();

        setTop(toolbar(onLeave));
        // the strips widen to fill the row (up to a readable maximum) and scroll when there are too many;
        // the master keeps to the right edge, as on a hardware desk
        ScrollPane stripScroll = new ScrollPane(stripRow);
        stripScroll.setFitToHeight(true);
        stripScroll.setFitToWidth(true);
        stripScroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        stripScroll.getStyleClass().add("strip-scroll");
        HBox strips = new HBox(8, stripScroll, masterView);
        HBox.setHgrow(stripScroll, Priority.ALWAYS);
        strips.setPadding(new Insets(8));
        VBox mixerAndEq = new VBox(strips, eqPanel());
        VBox.setVgrow(strips, Priority.ALWAYS);
        ScrollPane side = sidePanel(task, onNext);
        masterView.setId("master-strip");
        SplitPane split = new SplitPane(mixerAndEq, side);
        split.getStyleClass().add("console-split");
        SplitPane.setResizableWithParent(side, false); // a wider window widens the mixer, not the brief
        placeDivider(split);
        setCenter(split);

        mixer.selectedProperty().addListener(o -> updateEqTitle());
        session.projectProperty().addListener(o -> eqView.redraw());
        mixer.selectedProperty().addListener(o -> eqView.redraw());
        updateEqTitle();
        status.textProperty().bind(session.messageProperty());

        addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                frame(now);
            }
        };
        sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                timer.start();
            } else {
                timer.stop();
            }
        });
    }

    /** Puts the divider where the learner left it, or first so the side panel is about 400 px wide. */
    private static void placeDivider(SplitPane split) {
        if (Double.isNaN(sideDivider)) {
            split.widthProperty().addListener(new javafx.beans.InvalidationListener() {
                @Override
                public void invalidated(javafx.beans.Observable o) {
                    if (split.getWidth() > 0) {
                        split.widthProperty().removeListener(this);
                        split.setDividerPositions(Math.max(0.3, 1 - SIDE_FIRST_WIDTH / split.getWidth()));
                        remember(split);
                    }
                }
            });
        } else {
            split.setDividerPositions(sideDivider);
            remember(split);
        }
    }

    private static void remember(SplitPane split) {
        split.getDividers().get(0).positionProperty().addListener((o, a, now) -> sideDivider = now.doubleValue());
    }

    public MixerModel mixer() { return mixer; }
    public AbSwitch abSwitch() { return ab; }
    public ExerciseRun run() { return run; }

    private void buildStrips() {
        stripViews.clear();
        for (StripModel s : mixer.strips()) {
            StripView v = new StripView(s, mixer);
            HBox.setHgrow(v, Priority.ALWAYS);
            stripViews.add(v);
        }
        stripRow.getChildren().setAll(stripViews);
    }

    /** One frame: playhead, meters, spectrum. */
    void frame(long now) {
        session.pollPlayhead();
        mixer.updateMeters(now);
        for (StripView v : stripViews) {
            v.redrawMeter();
        }
        masterView.refresh();
        if (session.playingProperty().get()) { // the spectrum only moves while playing
            mixer.masterMeters().spectrum(spectrum);
            eqView.setSpectrum(spectrum);
            eqView.redraw();
        }
    }

    private void updateEqTitle() {
        StripModel s = mixer.selectedStrip();
        eqTitle.setText(s == null ? "EQ" : "EQ of " + s.nameProperty().get());
    }

    private FlowPane toolbar(Runnable onLeave) {
        Button back = new Button("← Back");
        back.setTooltip(new Tooltip("Back to the list of exercises"));
        back.setOnAction(e -> leave(onLeave));

        Button play = new Button("▶ Play");
        play.setId("play");
        play.setTooltip(new Tooltip("Play or stop (Space)"));
        play.setOnAction(e -> session.togglePlay());
        session.playingProperty().addListener((o, a, on) -> play.setText(on ? "■ Stop" : "▶ Play"));
        Button toStart = new Button("To start");
        toStart.setTooltip(new Tooltip("Back to the start (Enter or Home)"));
        toStart.setOnAction(e -> session.returnToStart());

        CheckBox loop = new CheckBox("Loop bars");
        loop.setTooltip(new Tooltip("Play the bars from the first number up to the second over and over"));
        Spinner<Integer> from = new Spinner<>(1, 999, 1);
        Spinner<Integer> to = new Spinner<>(2, 1000, 5);
        from.setPrefWidth(70);
        to.setPrefWidth(70);
        from.setTooltip(new Tooltip("The first bar of the loop"));
        to.setTooltip(new Tooltip("The loop ends where this bar starts"));
        Runnable applyLoop = () -> session.setLoopBars(loop.isSelected() ? from.getValue() : 0,
                loop.isSelected() ? to.getValue() : 0);
        loop.setOnAction(e -> applyLoop.run());
        from.valueProperty().addListener(o -> applyLoop.run());
        to.valueProperty().addListener(o -> applyLoop.run());
        Label toLabel = new Label("to");

        Button undo = new Button("Undo");
        undo.disableProperty().bind(session.canUndoProperty().not());
        undo.setOnAction(e -> session.undo());
        undo.setTooltip(new Tooltip("Undo the last change (Ctrl+Z)"));
        Button redo = new Button("Redo");
        redo.disableProperty().bind(session.canRedoProperty().not());
        redo.setOnAction(e -> session.redo());
        redo.setTooltip(new Tooltip("Redo what was undone (Ctrl+Shift+Z)"));

        Button save = new Button("Save…");
        save.setOnAction(e -> save());
        save.setTooltip(new Tooltip("Save your mix as a project file (Ctrl+S)"));
        Button open = new Button("Open…");
        open.setOnAction(e -> open());
        open.setTooltip(new Tooltip("Open a project file saved before"));
        Button export = new Button("Export WAV…");
        export.setOnAction(e -> exportWav());
        export.setTooltip(new Tooltip("Render your mix to a WAV file you can play anywhere"));

        ToggleButton abButton = new ToggleButton("A/B");
        abButton.setId("ab");
        abButton.setTooltip(new Tooltip("A is your mix, B the reference solution, played just as loud"));
        abButton.setDisable(!ab.available());
        abButton.selectedProperty().addListener((o, a, on) -> {
            if (on != ab.hearingBProperty().get()) {
                ab.toggle();
            }
        });
        ab.hearingBProperty().addListener((o, a, on) -> abButton.setSelected(on));
        abButton.textProperty().bind(javafx.beans.binding.Bindings.when(ab.hearingBProperty())
                .then("B: reference").otherwise("A: your mix"));
        Label abStatus = new Label();
        abStatus.textProperty().bind(ab.statusProperty());
        abStatus.getStyleClass().add("small");
        ab.statusProperty().addListener((o, a, now) -> {
            if (now.startsWith(AbSwitch.CANNOT_PLAY)) {
                hooks.say(now); // a problem, not just which side is heard: the status bar keeps it in view
            }
        });

        // a flow, not a row: on a narrow window the buttons wrap instead of shrinking to "Sa..."
        FlowPane bar = new FlowPane(6, 6, back, new Separator(Orientation.VERTICAL), toStart, play,
                group(loop, from, toLabel, to), new Separator(Orientation.VERTICAL), undo, redo, save, open, export,
                new Separator(Orientation.VERTICAL), group(abButton, abStatus), status);
        bar.setAlignment(Pos.CENTER_LEFT);
        for (Node n : bar.getChildren()) {
            if (n instanceof Region r) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        bar.getStyleClass().add("console-toolbar");
        bar.setPadding(new Insets(6, 8, 6, 8));
        return bar;
    }

    /** Controls that belong together and wrap as one. */
    private static HBox group(Node... nodes) {
        HBox box = new HBox(6, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    private VBox eqPanel() {
        ToggleButton which = new ToggleButton("Spectrum: master");
        which.setTooltip(new Tooltip("Show the spectrum of the master or of the selected strip"));
        which.selectedProperty().bindBidirectional(mixer.spectrumOfSelectedProperty());
        which.textProperty().bind(javafx.beans.binding.Bindings.when(which.selectedProperty())
                .then("Spectrum: selected strip").otherwise("Spectrum: master"));
        Button flat = new Button("Flat EQ");
        flat.setTooltip(new Tooltip("Set this strip's EQ back to no change (the high-pass too)"));
        flat.setOnAction(e -> {
            StripModel s = mixer.selectedStrip();
            if (s != null) {
                s.setEq("EQ flat", eq -> org.studiopaths.model.Eq.FLAT);
            }
        });
        eqTitle.getStyleClass().add("section-title");
        Label legend = new Label("Orange line: the EQ (above 0 boosts, below cuts). Blue: the sound's spectrum."
                + " Low notes left, high right. Drag a point sideways to move it, up or down to boost or cut;"
                + " scroll on the mid point to make it wider or narrower.");
        legend.getStyleClass().add("small");
        legend.setWrapText(true);
        legend.setMinHeight(Region.USE_PREF_SIZE); // wrapped, never cut to "..."
        HBox head = new HBox(8, eqTitle, which, flat);
        head.setAlignment(Pos.CENTER_LEFT);
        for (Node n : head.getChildren()) {
            ((Region) n).setMinWidth(Region.USE_PREF_SIZE);
        }
        eqView.setPrefHeight(200);
        VBox box = new VBox(4, head, legend, eqView);
        box.setPadding(new Insets(0, 8, 8, 8));
        return box;
    }

    private ScrollPane sidePanel(MixTask task, Consumer<String> onNext) {
        Label heading = new Label(task.title());
        heading.setWrapText(true);
        heading.getStyleClass().add("section-title");
        Label brief = new Label(task.brief());
        brief.setWrapText(true);
        VBox box = new VBox(8, heading, brief);
        if (task.isExercise()) {
            Button check = new Button("Check my mix");
            check.setId("check");
            check.getStyleClass().add("accent");
            check.disableProperty().bind(run.checkingProperty());
            check.setTooltip(new Tooltip("Listen to your mix and score it against the exercise's goals"));
            check.setOnAction(e -> run.check(worker, Platform::runLater, () -> afterCheck(onNext)));
            Label problem = new Label();
            problem.setWrapText(true);
            problem.textProperty().bind(run.problemProperty());
            run.problemProperty().addListener((o, a, now) -> {
                if (now != null) {
                    hooks.say(now);
                }
            });
            box.getChildren().addAll(check, problem, results);
        }
        box.setPadding(new Insets(8));
        box.getStyleClass().add("side-panel");
        // the brief and the check's messages can be longer than the window is tall: they scroll, never cut
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefWidth(380);
        scroll.setMinWidth(SIDE_MIN_WIDTH);
        scroll.getStyleClass().add("side-scroll");
        return scroll;
    }

    private void afterCheck(Consumer<String> onNext) {
        MixCheck.Result r = run.resultProperty().get();
        results.getChildren().clear();
        Label score = new Label((r.passed() ? "Passed! " : "Not yet. ") + "Score " + r.score() + " / 100");
        score.getStyleClass().add(r.passed() ? "score-pass" : "score-fail");
        score.setId("score");
        results.getChildren().add(score);
        for (MixCheck.Line line : r.lines()) {
            Label goal = new Label((line.passed() ? "✔ " : "✘ ") + line.goal());
            goal.setWrapText(true);
            goal.getStyleClass().addAll("goal", line.passed() ? "goal-pass" : "goal-fail");
            Label message = new Label(line.message());
            message.setWrapText(true);
            message.getStyleClass().add("goal-message");
            results.getChildren().addAll(goal, message);
        }
        int worst = r.worstTrack();
        if (worst >= 0 && ab.available() && worst < session.project().tracks().size()) {
            String name = session.project().tracks().get(worst).name();
            Button hear = new Button("Hear the difference on " + name);
            hear.setId("hear-difference");
            hear.setWrapText(true);
            hear.setTooltip(new Tooltip("Solos " + name + " (the part furthest off) and plays it; each click switches"
                    + " between your mix (A) and the reference (B), played just as loud"));
            hear.setOnAction(e -> hearTheDifference(worst));
            results.getChildren().add(hear);
        }
        if (r.passed() && run.task().nextId() != null) {
            Button next = new Button("Next exercise →");
            next.setTooltip(new Tooltip("On to the next exercise"));
            next.setOnAction(e -> {
                recordAndRate();
                onNext.accept(run.task().nextId());
            });
            results.getChildren().add(next);
        }
        if (r.passed()) {
            recordAndRate();
        } else {
            hooks.record(run.attempt(Rating.NONE)); // the rating waits for a pass or for leaving
        }
    }

    /** Solos the track, plays, and switches between the learner's mix and the reference. */
    void hearTheDifference(int track) {
        boolean soloedAlone = true;
        for (int i = 0; i < session.project().tracks().size(); i++) {
            soloedAlone &= session.project().tracks().get(i).solo() == (i == track);
        }
        if (!soloedAlone) {
            mixer.soloOnly(track);
        }
        if (!session.playingProperty().get()) {
            session.play();
        }
        ab.toggle();
    }

    private boolean recorded;

    private void recordAndRate() {
        var attempt = run.attempt(Rating.NONE);
        hooks.record(attempt);
        if (!recorded) {
            recorded = true;
            hooks.askRating(this, attempt);
        }
    }

    private void leave(Runnable onLeave) {
        session.stop();
        ab.hearA();
        if (run.worked() && run.task().isExercise()) {
            recordAndRate();
        }
        dispose();
        onLeave.run();
    }

    /** Stops the meters' taps and the worker. */
    public void dispose() {
        timer.stop();
        mixer.dispose();
        worker.shutdownNow();
    }

    private void key(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl || FocusedControlKeys.belongToFocusedControl(e)) {
            return;
        }
        boolean ctrl = e.isShortcutDown();
        if (e.getCode() == KeyCode.SPACE) {
            session.togglePlay();
        } else if (!ctrl && (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.HOME)) {
            session.returnToStart();
        } else if (!ctrl && e.getCode() == KeyCode.LEFT) {
            mixer.moveSelection(-1);
        } else if (!ctrl && e.getCode() == KeyCode.RIGHT) {
            mixer.moveSelection(1);
        } else if (ctrl && e.getCode() == KeyCode.Z) {
            if (e.isShiftDown()) {
                session.redo();
            } else {
                session.undo();
            }
        } else if (ctrl && e.getCode() == KeyCode.S) {
            save();
        } else if (!ctrl && e.getCode() == KeyCode.M) {
            mixer.toggleMuteSelected();
        } else if (!ctrl && e.getCode() == KeyCode.S) {
            mixer.toggleSoloSelected();
        } else {
            return;
        }
        e.consume();
    }

    private File chooseFile(boolean saving, String description, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
        return saving ? chooser.showSaveDialog(getScene().getWindow()) : chooser.showOpenDialog(getScene().getWindow());
    }

    private void save() {
        Path current = session.fileProperty().get();
        if (current != null) {
            session.save(current);
            return;
        }
        File f = chooseFile(true, "Studio Paths project", "*.json");
        if (f != null) {
            session.save(f.toPath());
        }
    }

    private void open() {
        File f = chooseFile(false, "Studio Paths project", "*.json");
        if (f != null) {
            session.open(f.toPath());
        }
    }

    private static void prepareCheck(MixCheck check) {
        try {
            check.prepare();
        } catch (Exception e) {
            // Only a head start: the learner's Check meets the same problem and explains it.
        }
    }

    private void exportWav() {
        File f = chooseFile(true, "WAV audio", "*.wav");
        if (f == null) {
            return;
        }
        var project = session.project();
        status.textProperty().unbind();
        status.setText("Exporting " + f.getName() + "…");
        worker.execute(() -> {
            String said;
            try {
                RenderPlan plan = session.engine().compiler().compile(project);
                float[][] audio = OfflineRenderer.render(plan);
                WavWriter.write(f.toPath(), audio[0], audio[1], audio[0].length, plan.sampleRate(), 16);
                said = String.format(Locale.ROOT, "Exported %s (%.1f s)", f.getName(), audio[0].length / (double) plan.sampleRate());
            } catch (Exception ex) {
                said = "Could not export " + f.getName() + ": " + ex.getMessage();
            }
            String message = said;
            Platform.runLater(() -> {
                status.setText(message);
                hooks.say(message);
            });
        });
    }
}
