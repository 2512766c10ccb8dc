package org.studiopaths.ui.mix;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.studiopaths.exercise.drill.EqDrill;
import org.studiopaths.exercise.drill.EqDrillScores;
import org.studiopaths.exercise.drill.EqDrillStore;
import org.studiopaths.model.Project;
import org.studiopaths.model.json.JsonFormatException;
import org.studiopaths.ui.AppServices;
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
            exerciseCards.getChildren().add(card(t.title(), t.brief(), "Start",
                    () -> openConsole(root, services, navigator, hooks, t)));
        }
        Label noExercises = new Label("The engineering exercises are not installed yet.");
        FlowPane freeCards = new FlowPane(12, 12);
        for (MixTask t : free) {
            freeCards.getChildren().add(card(t.title(), t.start().tracks().size() + " stems. " + t.brief(), "Open the console",
                    () -> openConsole(root, services, navigator, hooks, t)));
        }
        String noSongs = "No songs found in " + services.installation().samples().resolve("songs")
                + ". Reinstall the samples to mix.";

        Button back = new Button("← Home");
        back.setOnAction(e -> navigator.showHome());

        FlowPane drillCards = new FlowPane(12, 12);
        if (!free.isEmpty()) {
            MixTask song = free.get(0);
            drillCards.getChildren().add(card("EQ ear training", "One part of " + song.start().title()
                            + " plays with a hidden boost or cut in one octave. Compare it with the flat sound, then"
                            + " name the band and whether it was a boost or a cut. Your level and score are kept.",
                    "Start training", () -> openDrill(root, services, navigator, hooks, song.start())));
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

    static void openDrill(StackPane root, AppServices services, Navigator navigator, MixHooks hooks, Project song) {
        EqDrillStore store = new EqDrillStore(services.installation().data());
        EqDrillScores scores;
        try {
            scores = store.load();
        } catch (IOException | JsonFormatException e) {
            services.status().say("The EQ drill's scores could not be read (" + e.getMessage()
                    + "); starting from level 1, and the file is replaced after your first answer");
            scores = EqDrillScores.FIRST;
        }
        List<String> tracks = song.tracks().stream().map(t -> t.name()).toList();
        ProjectSession session = new ProjectSession(services.engine(), song);
        session.messageProperty().addListener((o, a, now) -> services.status().say(now));
        EqDrillModel model = new EqDrillModel(session, song, new EqDrill(tracks, scores, new Random()), store::save,
                services.status()::say);
        session.returnToStart();
        EqDrillView view = new EqDrillView(session, model, () -> showChooser(root, services, navigator, hooks));
        root.getChildren().setAll(view);
        view.requestFocus();
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    private static VBox card(String title, String text, String action, Runnable open) {
        Label t = new Label(title);
        t.getStyleClass().add("card-title");
        Label body = new Label(text);
        body.setWrapText(true);
        Button go = new Button(action);
        go.getStyleClass().add("accent");
        go.setOnAction(e -> open.run());
        VBox card = new VBox(8, t, body, go);
        card.getStyleClass().add("task-card");
        card.setPrefWidth(300);
        card.setPadding(new Insets(12));
        return card;
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
                "Your restored mix.", work.project(), null, null, null));
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
        console[0].requestFocus();
    }
}
