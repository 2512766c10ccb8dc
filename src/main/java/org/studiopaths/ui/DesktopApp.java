package org.studiopaths.ui;

import org.studiopaths.exercise.Side;
import org.studiopaths.ui.session.AutosaveOrigin;
import org.studiopaths.ui.session.RestoredWork;
import org.studiopaths.ui.arrange.ArrangeScreen;
import org.studiopaths.ui.mix.MixScreen;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.studiopaths.engine.JavaSoundOutput;
import org.studiopaths.files.Installation;
import org.studiopaths.ui.compare.RatingDialog;
import org.studiopaths.ui.prefs.Prefs;
import org.studiopaths.ui.prefs.Settings;
import org.studiopaths.ui.prefs.SettingsStore;

import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The desktop app. {@code -Dstudiopaths.screen=NAME} opens it on a screen (home, production, engineering,
 * compare), with a card showing (tour, keys, settings, rating) or in an exercise with its solution loaded
 * (example:ID), for screenshots; the first-run tour then only shows when asked for. {@code -Dstudiopaths.timing=true} prints how long the start took.
 */
public class DesktopApp extends Application {

    public static final String SCREEN_PROPERTY = "studiopaths.screen";
    /** {@code -Dstudiopaths.screen=example:ID} opens exercise ID with its reference solution loaded (screenshots). */
    public static final String EXAMPLE_PREFIX = "example:";

    /**
     * The services, read (library, exercises, journal) on another thread while the JavaFX toolkit starts: the two
     * take about as long as each other at start, so the window comes up sooner.
     */
    private static volatile CompletableFuture<AppServices> early;

    private AppServices services;
    private MainWindow window;

    public static void launchApp(String[] args) {
        early = CompletableFuture.supplyAsync(() -> AppServices.start(Installation.defaults()));
        Application.launch(DesktopApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        StartupTiming timing = StartupTiming.fromProperty();
        if (timing != null) {
            timing.mark("JavaFX started");
        }
        try {
            services = early != null ? early.join() : AppServices.start(Installation.defaults());
        } catch (CompletionException e) {
            if (!(e.getCause() instanceof UncheckedIOException cannotStart)) {
                throw e;
            }
            refuseToStart(cannotStart);
            return;
        } catch (UncheckedIOException e) {
            refuseToStart(e);
            return;
        }
        services.probeAudio(new JavaSoundOutput());
        if (timing != null) {
            timing.mark("services");
        }
        window = open(stage, services, System.getProperty(SCREEN_PROPERTY));
        if (timing != null) {
            timing.mark("window shown");
            timing.printAfterFirstFrame(stage.getScene());
        }
    }

    /** The journal's folder cannot be used at all: say so and end. */
    private static void refuseToStart(UncheckedIOException why) {
        new Alert(Alert.AlertType.ERROR, why.getMessage()).showAndWait();
        Platform.exit();
    }

    /**
     * Opens the main window on the stage: settings from the data folder, the remembered size and place, the
     * first-run tour. Closing the window saves where it was and stops the engine.
     *
     * @param startAt a screen or card name (see the class comment), or null for the home screen
     */
    public static MainWindow open(Stage stage, AppServices services, String startAt) {
        Prefs prefs = new Prefs(new SettingsStore(services.installation().data()), services.status()::addProblem);
        MainWindow window = new MainWindow(services, prefs);
        window.setScreenFactory(Side.PRODUCTION, ArrangeScreen::create);
        window.setScreenFactory(Side.ENGINEERING, MixScreen::create);
        Settings.WindowBounds b = prefs.get().window();
        Scene scene = new Scene(window.root(), 1280, 800);
        window.installKeys(scene);
        stage.setTitle("Studio Paths");
        stage.setMinWidth(960);
        stage.setMinHeight(640);
        stage.setScene(scene);
        if (b != null && fitsOnAScreen(b)) {
            stage.setX(b.x());
            stage.setY(b.y());
            stage.setWidth(b.width());
            stage.setHeight(b.height());
            stage.setMaximized(b.maximized());
        }
        stage.setOnHidden(e -> {
            prefs.update(s -> s.withWindow(new Settings.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(),
                    stage.getHeight(), stage.isMaximized())));
            window.dispose();
            services.close();
        });
        stage.show();
        if (startAt == null || startAt.isBlank()) {
            if (!prefs.get().tourSeen()) {
                window.showTour();
            }
        } else {
            startAt(window, services, startAt.strip());
        }
        return window;
    }

    private static void startAt(MainWindow window, AppServices services, String name) {
        if (name.startsWith(EXAMPLE_PREFIX)) {
            String id = name.substring(EXAMPLE_PREFIX.length());
            services.exercises().find(id).ifPresentOrElse(
                    e -> window.openWork(new RestoredWork(AutosaveOrigin.exercise(e.id(), e.side(), null), e.solution())),
                    () -> services.status().say("-D" + SCREEN_PROPERTY + " names no exercise \"" + id + "\""));
            return;
        }
        org.studiopaths.ui.Screen.named(name).ifPresentOrElse(window::show, () -> {
            switch (name) {
                case "tour" -> window.showTour();
                case "keys" -> window.showShortcuts();
                case "settings" -> window.showSettings();
                case "rating" -> RatingDialog.ask(window.root(), "Build a drop", answer -> { });
                default -> services.status().say("-D" + SCREEN_PROPERTY + " is \"" + name + "\"; allowed home, "
                        + "production, engineering, compare, tour, keys, settings, rating or example:ID");
            }
        });
    }

    /** A remembered place is used only if most of the window would be on a screen (a monitor may be gone). */
    private static boolean fitsOnAScreen(Settings.WindowBounds b) {
        if (b.width() < 200 || b.height() < 200) {
            return false;
        }
        Rectangle2D centre = new Rectangle2D(b.x() + b.width() / 2 - 50, b.y() + b.height() / 2 - 50, 100, 100);
        return !Screen.getScreensForRectangle(centre).isEmpty();
    }

    @Override
    public void stop() {
        if (window != null) {
            window.dispose();
        }
        if (services != null) {
            services.close();
        }
    }
}
