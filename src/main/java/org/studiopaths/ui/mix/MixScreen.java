package org.studiopaths.ui.mix;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.studiopaths.engine.RenderException;
import org.studiopaths.exercise.drill.DrillStems;
import org.studiopaths.exercise.drill.EqDrill;
import org.studiopaths.exercise.drill.EqDrillScores;
import org.studiopaths.exercise.drill.EqDrillStore;
import org.studiopaths.model.Project;
import org.studiopaths.model.json.JsonFormatException;
import org.studiopaths.ui.AppServices;
import org.studiopaths.ui.FocusOnShow;
import org.studiopaths.ui.Navigator;
import org.studiopaths.exercise.Side;
import org.studiopaths.ui.session.AutosaveOrigin;
import org.studiopaths.ui.session.ProjectSession;
import org.studiopaths.ui.session.RestoredWork;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The engineering path: a chooser (the engineering exercises, a free mix of each song, the EQ ear-training
 * drill), then the console for the choice.
 */
public final class MixScreen {

    private static final int MAX_DIFFICULTY = 5;

    private MixScreen() {
    }

    public static Node create(AppServices services, Navigator navigator) {
        return create(services, navigator, MixHooks.of(services));
    }

    public static Node create(AppServices services, Navigator navigator, MixHooks hooks) {
        StackPane root = new StackPane();
        root.getStyleClass().add("mix-screen");
        root.getStylesheets().add(MixScreen.class.getResource("mix.css").toExternalForm());
        services.sessions().takeOffered(Side.ENGINEERING).ifPresentOrElse(
                work -> resume(root, services, navigator, hooks, work),
                () -> showChooser(root, services, navigator, hooks));
        return root;
    }

    private static void showChooser(StackPane root, AppServices services, Navigator navigator, MixHooks hooks) {
        services.sessions().leave();
        List<MixTask> exercises = hooks.exercises();
        List<MixTask> free = SongMixes.freeMixes(services.installation().samples());

        Label title = new Label("Engineering: mix a song");
        title.getStyleClass().add("screen-title");
        Label intro = new Label("A mix engineer balances the recorded parts of a song so every one can be heard and "
                + "the whole feels right. Pick an exercise to learn a skill with feedback, or mix a song freely.");
        intro.setWrapText(true);
        intro.setMaxWidth(760);

        FlowPane exerciseCards = new FlowPane(12, 12);
        for (MixTask t : exercises) {
            exerciseCards.getChildren().add(card(t.title(), t.difficulty(), t.summary(), "Start",
                    "Open this exercise at the mixing console", () -> openConsole(root, services, navigator, hooks, t)));
        }
        Label noExercises = new Label("The engineering exercises are not installed yet.");
        FlowPane freeCards = new FlowPane(12, 12);
        for (MixTask t : free) {
            freeCards.getChildren().add(card(t.title(), t.difficulty(), t.summary(), "Open the console",
                    "Mix this song freely: no goals, no score", () -> openConsole(root, services, navigator, hooks, t)));
        }
        String noSongs = "No songs found in " + services.installation().samples().resolve("songs")
                + ". Reinstall the samples to mix.";

        Button back = new Button("← Home");
        back.setOnAction(e -> navigator.showHome());
        back.setTooltip(new Tooltip("Back to the start screen"));

        FlowPane drillCards = new FlowPane(12, 12);
        if (!free.isEmpty()) {
            drillCards.getChildren().add(card("EQ ear training", 0, "Hear a hidden boost or cut on one part of a song"
                            + " and name its octave. Your level and score are kept.",
                    "Start training", "Start the ear-training drill at your level",
                    () -> openDrill(root, services, navigator, hooks,
                            free.stream().map(MixTask::start).toList())));
        }

        VBox box = new VBox(14, back, title, intro,
                section("Exercises"), exercises.isEmpty() ? noExercises : exerciseCards,
                section("Train your ears"), free.isEmpty() ? new Label(noSongs) : drillCards,
                section("Free mix"), free.isEmpty() ? new Label(noSongs) : freeCards);
        box.setPadding(new Insets(24));
        box.setAlignment(Pos.TOP_LEFT);
        // the chooser is taller than a small window: it scrolls, so the window's own bars stay in view
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("chooser-scroll");
        root.getChildren().setAll(scroll);
    }

    /**
     * Opens the EQ drill on the songs' stems. The stems are measured first (a render of each song, off the
     * JavaFX thread) so the drill hides its changes only where a part has energy.
     */
    static void openDrill(StackPane root, AppServices services, Navigator navigator, MixHooks hooks, List<Project> songs) {
        Label wait = new Label("Listening to the songs' parts to pick fair bands…");
        root.getChildren().setAll(wait);
        Thread measuring = new Thread(() -> {
            try {
                List<EqDrill.Stem> stems = DrillStems.measure(songs, EqDrillModel.LOOP_BARS,
                        services.checkServices()::render);
                Platform.runLater(() -> showDrill(root, services, navigator, hooks, songs, stems));
            } catch (RenderException | RuntimeException e) {
                Platform.runLater(() -> {
                    services.status().say("The EQ drill could not play the songs: " + e.getMessage());
                    showChooser(root, services, navigator, hooks);
                });
            }
        }, "studio-paths-drill-measure");
        measuring.setDaemon(true);
        measuring.start();
    }

    private static void showDrill(StackPane root, AppServices services, Navigator navigator, MixHooks hooks,
                                  List<Project> songs, List<EqDrill.Stem> stems) {
        EqDrillStore store = new EqDrillStore(services.installation().data());
        EqDrillScores scores;
        try {
            scores = store.load();
        } catch (IOException | JsonFormatException e) {
            services.status().say("The EQ drill's scores could not be read (" + e.getMessage()
                    + "); starting from level 1, and the file is replaced after your first answer");
            scores = EqDrillScores.FIRST;
        }
        ProjectSession session = new ProjectSession(services.engine(), songs.get(0));
        session.messageProperty().addListener((o, a, now) -> services.status().say(now));
        EqDrillModel model = new EqDrillModel(session, songs, new EqDrill(stems, scores, new Random()), store::save,
                services.status()::say);
        session.returnToStart();
        EqDrillView view = new EqDrillView(session, model, () -> showChooser(root, services, navigator, hooks));
        root.getChildren().setAll(view);
        FocusOnShow.request(view);
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    /** A chooser card: the title, the difficulty (when rated), one line on what it is, and a way in. */
    private static VBox card(String title, int difficulty, String summary, String action, String tip, Runnable open) {
        Label t = new Label(title);
        t.getStyleClass().add("card-title");
        t.setWrapText(true);
        Label body = new Label(summary);
        body.setWrapText(true);
        body.getStyleClass().add("card-summary");
        Button go = new Button(action);
        go.getStyleClass().add("accent");
        go.setOnAction(e -> open.run());
        go.setTooltip(new Tooltip(tip));
        Region push = new Region(); // the buttons of a row of cards line up at the bottom
        VBox.setVgrow(push, Priority.ALWAYS);
        VBox card = new VBox(8, t);
        if (difficulty > 0) {
            Label level = new Label(difficultyText(difficulty));
            level.getStyleClass().add("card-difficulty");
            level.setTooltip(new Tooltip("How hard the exercise is, from 1 (first steps) to 5 (everything at once)"));
            card.getChildren().add(level);
        }
        card.getChildren().addAll(body, push, go);
        card.getStyleClass().add("task-card");
        card.setPrefWidth(300);
        card.setMinHeight(150);
        card.setPadding(new Insets(12));
        return card;
    }

    /** "●●○○○  Difficulty 2 of 5". */
    static String difficultyText(int difficulty) {
        int d = Math.max(1, Math.min(MAX_DIFFICULTY, difficulty));
        return "●".repeat(d) + "○".repeat(MAX_DIFFICULTY - d) + "  Difficulty " + d + " of " + MAX_DIFFICULTY;
    }

    static void openConsole(StackPane root, AppServices services, Navigator navigator, MixHooks hooks, MixTask task) {
        openConsole(root, services, navigator, hooks, task, null);
    }

    /** Opens restored work in its exercise, or as a free mix when it was one or its exercise is gone. */
    private static void resume(StackPane root, AppServices services, Navigator navigator, MixHooks hooks,
                               RestoredWork work) {
        String id = work.origin().exerciseId();
        Optional<MixTask> exercise = hooks.exercises().stream().filter(t -> t.id().equals(id)).findFirst();
        MixTask task = exercise.orElse(new MixTask("free-restored", "Free mix: " + work.project().title(),
                "Your restored mix.", 0, "Your restored mix.", work.project(), null, null, null));
        openConsole(root, services, navigator, hooks, task, exercise.isPresent() ? work : work.asFreePlay());
    }

    /** @param restored work restored after a crash to open instead of the task's start, or null */
    private static void openConsole(StackPane root, AppServices services, Navigator navigator, MixHooks hooks,
                                    MixTask task, RestoredWork restored) {
        ProjectSession session = restored != null ? services.sessions().resume(restored)
                : services.sessions().open(task.isExercise() ? AutosaveOrigin.exercise(task.id(), Side.ENGINEERING, null)
                        : AutosaveOrigin.freePlay(Side.ENGINEERING, null), task.start());
        session.messageProperty().addListener((o, was, now) -> hooks.say(now));
        session.returnToStart();
        ConsoleView[] console = new ConsoleView[1];
        console[0] = new ConsoleView(session, task, hooks,
                () -> showChooser(root, services, navigator, hooks),
                nextId -> {
                    Optional<MixTask> next = hooks.exercises().stream().filter(t -> t.id().equals(nextId)).findFirst();
                    console[0].dispose();
                    if (next.isPresent()) {
                        openConsole(root, services, navigator, hooks, next.get());
                    } else {
                        showChooser(root, services, navigator, hooks);
                    }
                });
        root.getChildren().setAll(console[0]);
        FocusOnShow.request(console[0]);
    }
}
