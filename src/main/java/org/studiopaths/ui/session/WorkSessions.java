package org.studiopaths.ui.session;

import org.studiopaths.engine.LiveEngine;
import org.studiopaths.exercise.Side;
import org.studiopaths.model.Project;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Makes the {@link ProjectSession} of every exercise and free session, each with its {@link Autosaver} attached,
 * so no screen has to remember autosave. There is one piece of work at a time (there is one engine): opening the
 * next one, or {@link #leave}, leaves the current one cleanly, which discards its autosave. Only a crash leaves an
 * autosave behind for {@link RecoveryStore#pending()}.
 *
 * <p>It also hands restored work from the window to the path screen that opens it: the window
 * {@link #offer}s it and shows the screen, which {@link #takeOffered takes} it instead of showing its chooser.
 * Call it on the JavaFX thread.
 */
public final class WorkSessions implements AutoCloseable {

    private final LiveEngine engine;
    private final RecoveryStore store;
    private final Consumer<String> problems;
    private Autosaver current;
    private RestoredWork offered;

    /**
     * @param problems told, on the autosave thread, one line when an autosave could not be written or removed
     */
    public WorkSessions(LiveEngine engine, RecoveryStore store, Consumer<String> problems) {
        this.engine = Objects.requireNonNull(engine);
        this.store = Objects.requireNonNull(store);
        this.problems = Objects.requireNonNull(problems);
    }

    public RecoveryStore store() {
        return store;
    }

    /** Starts new work on {@code start}: the current work is left; edits from now on are autosaved. */
    public ProjectSession open(AutosaveOrigin origin, Project start) {
        leave();
        ProjectSession session = new ProjectSession(engine, start);
        attach(session, origin);
        return session;
    }

    /**
     * Opens restored work: the current work is left; the project comes back without undo steps, belonging to its
     * original file, and unsaved, so it is autosaved again at once and until the person saves it.
     */
    public ProjectSession resume(RestoredWork work) {
        leave();
        ProjectSession session = new ProjectSession(engine, work.project());
        attach(session, work.origin());
        session.resume(work.project(), work.origin().originalFile());
        return session;
    }

    /** The person left the work (back to a chooser, another screen, closing the window): its autosave goes. */
    public void leave() {
        if (current != null) {
            Autosaver a = current;
            current = null;
            a.discard();
            a.close();
        }
    }

    /** Restored work for the next screen of its side to open; replaces any offer not yet taken. */
    public void offer(RestoredWork work) {
        offered = Objects.requireNonNull(work);
    }

    /** The offered work if it belongs to {@code side}'s screen, once; empty otherwise. */
    public Optional<RestoredWork> takeOffered(Side side) {
        if (offered == null || offered.side() != side) {
            return Optional.empty();
        }
        RestoredWork w = offered;
        offered = null;
        return Optional.of(w);
    }

    /** Autosaves the work open now at once, on the caller's thread (before a risky step; tests). */
    public void flush() {
        if (current != null) {
            current.flush();
        }
    }

    /** A clean exit: the work open now is left, so the next start offers nothing. */
    @Override
    public void close() {
        leave();
    }

    private void attach(ProjectSession session, AutosaveOrigin origin) {
        Autosaver a = new Autosaver(store, origin);
        a.setListener(new Autosaver.Listener() {
            @Override public void saved(Recoverable autosave) { }
            @Override public void failed(String message) { problems.accept(message); }
        });
        a.attach(session);
        current = a;
    }
}
