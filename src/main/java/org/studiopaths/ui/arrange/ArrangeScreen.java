package org.studiopaths.ui.arrange;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.studiopaths.exercise.Side;
import org.studiopaths.model.Project;
import org.studiopaths.ui.AppServices;
import org.studiopaths.ui.Navigator;
import org.studiopaths.ui.session.AutosaveOrigin;
import org.studiopaths.ui.session.ProjectSession;
import org.studiopaths.ui.session.RestoredWork;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The production path's screen: a chooser of production exercises (and free play), then the arrange view.
 * Build it with {@link #create}; it is a plain node the shell puts in its window.
 */
public final class ArrangeScreen {

    public static final String STYLESHEET = "/org/studiopaths/ui/arrange/arrange.css";
    private static final double FREE_PLAY_TEMPO = 100;

    /** Waveforms and checks run here, one at a time, off the JavaFX thread. */
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "studio-paths-arrange");
        t.setDaemon(true);
        return t;
    });

    private final AppServices services;
    private final Navigator navigator;
    private final ArrangeEnvironment env;
    private final StackPane root = new StackPane();

    private ArrangeScreen(AppServices services, Navigator navigator, ArrangeEnvironment env) {
        this.services = services;
        this.navigator = navigator;
        this.env = env;
        root.getStyleClass().add("arrange-screen");
        root.getStylesheets().add(ArrangeScreen.class.getResource(STYLESHEET).toExternalForm());
    }

    /** The screen as the app shows it: the sample library, the production exercises, the journal. */
    public static Node create(AppServices services, Navigator navigator) {
        return create(services, navigator, ArrangeEnvironment.of(services));
    }

    public static Node create(AppServices services, Navigator navigator, ArrangeEnvironment env) {
        ArrangeScreen s = new ArrangeScreen(services, navigator, env);
        services.sessions().takeOffered(Side.PRODUCTION).ifPresentOrElse(s::resume, s::showChooser);
        return s.root;
    }

    private void showChooser() {
        services.sessions().leave();
        List<ArrangeExercise> exercises = env.exercises().get();
        VBox list = new VBox(10);
        list.getStyleClass().add("chooser");
        list.setPadding(new Insets(32));
        list.setMaxWidth(640);
        Label title = new Label("Production: arrange loops into a song");
        title.getStyleClass().add("chooser-title");
        Label intro = new Label("Producers build songs from parts: a beat, a bass line, chords, a melody. "
                + "Pick an exercise to learn one idea at a time, or play freely.");
        intro.setWrapText(true);
        list.getChildren().addAll(title, intro);
        for (int i = 0; i < exercises.size(); i++) {
            ArrangeExercise ex = exercises.get(i);
            ArrangeExercise next = i + 1 < exercises.size() ? exercises.get(i + 1) : null;
            list.getChildren().add(card((i + 1) + ". " + ex.title(), ex.brief(), () -> open(ex, next)));
        }
        list.getChildren().add(card("Free play", "No goals: an empty song and the whole loop library.",
                () -> open(null, null)));
        Button home = new Button("← Home");
        home.setOnAction(e -> navigator.showHome());
        list.getChildren().add(home);
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        StackPane centred = new StackPane(list);
        centred.setAlignment(Pos.TOP_CENTER);
        scroll.setContent(centred);
        root.getChildren().setAll(scroll);
    }

    private static Node card(String title, String text, Runnable action) {
        Button b = new Button();
        b.getStyleClass().add("exercise-card");
        Label t = new Label(title);
        t.getStyleClass().add("card-title");
        Label d = new Label(text);
        d.setWrapText(true);
        VBox box = new VBox(4, t, d);
        b.setGraphic(box);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setAlignment(Pos.CENTER_LEFT);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void open(ArrangeExercise exercise, ArrangeExercise next) {
        open(exercise, next, null);
    }

    /** @param restored work restored after a crash to open instead of the exercise's start, or null */
    private void open(ArrangeExercise exercise, ArrangeExercise next, RestoredWork restored) {
        Project start = exercise == null ? Project.empty("My song", FREE_PLAY_TEMPO) : exercise.start();
        services.engine().stop();
        services.engine().player().setLoop(org.studiopaths.engine.Player.LoopRange.OFF);
        ProjectSession session = restored != null ? services.sessions().resume(restored)
                : services.sessions().open(exercise == null ? AutosaveOrigin.freePlay(Side.PRODUCTION, null)
                        : AutosaveOrigin.exercise(exercise.id(), Side.PRODUCTION, null), start);
        session.returnToStart();
        ArrangeView view = new ArrangeView(session, exercise, env, WORKER, this::showChooser,
                n -> open(n, nextAfter(n)), next);
        root.getChildren().setAll(view);
        view.timeline().requestFocus();
    }

    /** Opens restored work in its exercise, or in free play when it was free play or its exercise is gone. */
    private void resume(RestoredWork work) {
        String id = work.origin().exerciseId();
        ArrangeExercise ex = env.exercises().get().stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
        open(ex, ex == null ? null : nextAfter(ex), ex == null && id != null ? work.asFreePlay() : work);
    }

    private ArrangeExercise nextAfter(ArrangeExercise ex) {
        List<ArrangeExercise> all = env.exercises().get();
        int i = all.indexOf(ex);
        return i >= 0 && i + 1 < all.size() ? all.get(i + 1) : null;
    }
}
