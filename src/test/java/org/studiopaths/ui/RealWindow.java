package org.studiopaths.ui;

import javafx.stage.Stage;
import org.studiopaths.engine.AudioLine;
import org.studiopaths.engine.RenderException;
import org.studiopaths.exercise.Exercise;
import org.studiopaths.files.Installation;
import org.studiopaths.model.Project;
import org.studiopaths.ui.prefs.Settings;
import org.studiopaths.ui.prefs.SettingsStore;
import org.studiopaths.ui.session.AutosaveOrigin;
import org.studiopaths.ui.session.RestoredWork;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.locks.LockSupport;

/**
 * The app's real window for a test: the installation's samples and exercises ({@code -Dstudiopaths.root}, set by
 * surefire), a fresh data folder with the tour already seen, and an audio output that swallows every block, so
 * playback starts and stops as it would with a sound card.
 */
final class RealWindow {

    /** A line that takes each block in the time it lasts, as a sound card does (else a song plays in a blink). */
    static final AudioLine SINK = new AudioLine() {
        public int bufferFrames() { return 2048; }
        public int availableBytes() { return 0; }
        public void write(byte[] b, int o, int l) { LockSupport.parkNanos(l / 4 * 1_000_000_000L / 44_100); }
        public void start() { }
        public void stopAndFlush() { }
        public void drain() { }
        public void close() { }
    };

    final AppServices services;
    final MainWindow window;
    final Path data;

    private RealWindow(AppServices services, MainWindow window, Path data) {
        this.services = services;
        this.window = window;
        this.data = data;
    }

    /** Stops the window's timers and the engine, so nothing of this test plays on in the next. */
    void close() {
        window.dispose();
        services.close();
    }

    static RealWindow open(Stage stage) throws Exception {
        Path data = Files.createTempDirectory("studio-paths-window");
        new SettingsStore(data).save(Settings.DEFAULTS.withTourSeen(true));
        Path root = Installation.installationRoot();
        AppServices services = AppServices.start(
                new Installation(root.resolve("samples"), root.resolve("exercises"), data), (rate, frames) -> SINK);
        return new RealWindow(services, DesktopApp.open(stage, services, null), data);
    }

    /** Opens exercise {@code id} on its path's screen with its reference solution loaded (as the screenshots do). */
    void openSolved(String id) {
        Exercise e = services.exercises().find(id).orElseThrow(() -> new AssertionError("no exercise " + id));
        window.openWork(new RestoredWork(AutosaveOrigin.exercise(e.id(), e.side(), null), e.solution()));
    }

    /**
     * Gives the engine {@code project}'s audio now: it compiles in the background, and until it is there play
     * stops at once (the shared engine may still hold the previous screen's project).
     */
    void audioReady(Project project) throws RenderException {
        services.engine().setProjectNow(project);
    }
}
