package org.studiopaths.engine;

import org.studiopaths.model.Project;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The engine as the app uses it: projects are compiled on one background thread (the newest wins when edits
 * come faster than compiles) and published to the {@link Player}. With no audio device the engine runs with
 * playback off and {@link #playbackProblem()} says why; compiling, rendering and checking still work.
 */
public final class LiveEngine implements AutoCloseable {

    private final PlanCompiler compiler;
    private final Player player;
    private final ExecutorService compileThread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "studio-paths-compile");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<Project> pending = new AtomicReference<>();
    private volatile Consumer<String> problems = message -> { };
    private volatile String playbackProblem;
    private volatile RenderPlan current;

    public LiveEngine(PlanCompiler compiler, AudioOutput output) {
        this.compiler = compiler;
        this.player = new Player(output);
    }

    public PlanCompiler compiler() {
        return compiler;
    }

    public Player player() {
        return player;
    }

    /** Who is told when a project cannot be compiled (a missing sample); called on the compile thread. */
    public void setProblemListener(Consumer<String> listener) {
        problems = listener == null ? m -> { } : listener;
    }

    /** Compiles the project in the background and publishes it; edits made while playing are heard at once. */
    public void setProject(Project project) {
        if (pending.getAndSet(project) == null) {
            compileThread.execute(this::compilePending);
        }
    }

    /** Compiles now, on the caller's thread (for tests and commands). */
    public RenderPlan setProjectNow(Project project) throws RenderException {
        RenderPlan plan = compiler.compile(project);
        current = plan;
        player.setPlan(plan);
        return plan;
    }

    private void compilePending() {
        Project p = pending.getAndSet(null);
        if (p == null) {
            return;
        }
        try {
            RenderPlan plan = compiler.compile(p);
            current = plan;
            player.setPlan(plan);
        } catch (RenderException | RuntimeException e) {
            problems.accept(e.getMessage());
        }
    }

    /** The plan most recently published (null before the first compile). */
    public RenderPlan currentPlan() {
        return current;
    }

    /** Plays; returns false (and remembers why) when there is no audio output. */
    public boolean play() {
        try {
            player.play();
            playbackProblem = null;
            return true;
        } catch (AudioUnavailableException e) {
            playbackProblem = "No audio output: " + e.getMessage() + ". Playback is off; everything else works.";
            return false;
        }
    }

    public void stop() {
        player.stop();
    }

    /** Why playback is off, or null when it works (or has not been tried). */
    public String playbackProblem() {
        String fault = player.fault();
        return fault != null ? fault : playbackProblem;
    }

    @Override
    public void close() {
        player.close();
        compileThread.shutdownNow();
    }
}
