package org.studiopaths.ui.session;

import org.studiopaths.model.Project;

import java.io.IOException;
import java.time.Clock;
import java.util.Objects;

/**
 * Saves the work in progress of one exercise or free session to the {@link RecoveryStore} on its own daemon
 * thread, so neither the JavaFX thread nor the audio thread ever waits for a disk. {@link #changed} only records
 * the newest project; the thread saves it once the person pauses ({@link AutosaveSchedule}: 2 s by default) and at
 * least every 10 s while they keep editing. Saving the project for real ({@link #discard}) forgets the autosave.
 *
 * <pre>{@code
 * Autosaver a = new Autosaver(new RecoveryStore(installation.data()), AutosaveOrigin.exercise(id, side, null));
 * a.attach(session);              // every edit, undo and redo is autosaved; a save or open discards it
 * a.setListener(listener);        // "Autosaved 14:05" / "Autosave failed: the disk is full; ..."
 * ...
 * a.close();                      // the window closes: the work was saved or deliberately left
 * }</pre>
 */
public final class Autosaver implements AutoCloseable {

    /** Told on the autosave thread; hop to the JavaFX thread before touching the UI. */
    public interface Listener {
        void saved(Recoverable autosave);

        /** One line for a person: what failed, why, and that the work is still in memory. */
        void failed(String message);
    }

    private final RecoveryStore store;
    /** Volatile: the file part follows the session's file (a save as or an open); the slot never changes. */
    private volatile AutosaveOrigin origin;
    private final AutosaveSchedule schedule;
    private final Clock clock;
    private final Thread thread;
    private volatile Listener listener = new Listener() {
        @Override public void saved(Recoverable autosave) { }
        @Override public void failed(String message) { }
    };

    // Guarded by this: the newest project not yet saved, and when the unsaved run began and last changed.
    private Project unsaved;
    private long seq;
    private long firstUnsavedNanos;
    private long lastChangeNanos;
    private boolean closed;
    /** Bumped by discard so a save already under way for older work does not bring the autosave back. */
    private long generation;
    private final Object saveLock = new Object();
    /** Guarded by saveLock: the change number of the newest project written. */
    private long savedSeq;

    public Autosaver(RecoveryStore store, AutosaveOrigin origin) {
        this(store, origin, AutosaveSchedule.DEFAULT, Clock.systemUTC());
    }

    public Autosaver(RecoveryStore store, AutosaveOrigin origin, AutosaveSchedule schedule, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.origin = Objects.requireNonNull(origin);
        this.schedule = Objects.requireNonNull(schedule);
        this.clock = Objects.requireNonNull(clock);
        this.thread = new Thread(this::run, "studio-paths-autosave-" + origin.slot());
        thread.setDaemon(true);
        thread.setPriority(Thread.NORM_PRIORITY - 1);
        thread.start();
    }

    public AutosaveOrigin origin() {
        return origin;
    }

    public void setListener(Listener l) {
        listener = Objects.requireNonNull(l);
    }

    /**
     * Autosaves every change the person makes in the session; a save or open there discards the autosave. The
     * autosave names the file the session last saved to or opened, so a restore belongs to it again.
     */
    public void attach(ProjectSession session) {
        session.fileProperty().addListener((obs, old, now) -> origin = origin.withOriginalFile(now));
        session.setWorkListener(new ProjectSession.WorkListener() {
            @Override public void edited(Project p) { changed(p); }
            @Override public void clean() { discard(); }
        });
    }

    /** The work changed; cheap, any thread. The newest project wins. */
    public synchronized void changed(Project p) {
        long now = System.nanoTime();
        if (unsaved == null) {
            firstUnsavedNanos = now;
        }
        unsaved = Objects.requireNonNull(p);
        seq++;
        lastChangeNanos = now;
        notifyAll();
    }

    /** Saves what is waiting now, on the caller's thread (before a risky step, or in tests). */
    public void flush() {
        Project p;
        long s;
        long gen;
        synchronized (this) {
            p = unsaved;
            unsaved = null;
            s = seq;
            gen = generation;
        }
        if (p != null) {
            save(p, s, gen);
        }
    }

    /**
     * The work was saved for real, or closed on purpose: forget what waits and remove the autosave.
     */
    public void discard() {
        synchronized (this) {
            unsaved = null;
            generation++;
            try {
                store.discard(origin.slot());
            } catch (IOException e) {
                listener.failed("Could not remove the autosave in " + store.folder() + ": "
                        + WriteProblems.describe(e) + ".");
            }
        }
    }

    /** Stops the thread after saving what waits, so a close never loses the last few seconds. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            notifyAll();
        }
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        flush();
    }

    private void run() {
        while (true) {
            Project p;
            long s;
            long gen;
            synchronized (this) {
                try {
                    while (!closed && (unsaved == null
                            || System.nanoTime() - schedule.dueAt(firstUnsavedNanos, lastChangeNanos) < 0)) {
                        if (unsaved == null) {
                            wait();
                        } else {
                            long ns = schedule.dueAt(firstUnsavedNanos, lastChangeNanos) - System.nanoTime();
                            wait(Math.max(1, ns / 1_000_000), 0);
                        }
                    }
                } catch (InterruptedException e) {
                    return;
                }
                if (closed) {
                    return;
                }
                p = unsaved;
                unsaved = null;
                s = seq;
                gen = generation;
            }
            save(p, s, gen);
        }
    }

    private void save(Project p, long seq, long gen) {
        // Serialising and writing happen outside the edit lock, so edits never wait for the disk. Saves are one at
        // a time, and an older snapshot never overwrites a newer one (flush and the thread can race).
        synchronized (saveLock) {
            if (seq <= savedSeq) {
                return;
            }
            try {
                Recoverable r = store.write(origin, p, clock.instant());
                savedSeq = seq;
                synchronized (this) {
                    if (gen != generation) {
                        store.discard(origin.slot()); // discarded while it was being written: it must not survive
                        return;
                    }
                }
                listener.saved(r);
            } catch (IOException e) {
                listener.failed("Autosave failed: could not write in " + store.folder() + ": "
                        + WriteProblems.describe(e) + ". Your work is still here; save it to another folder.");
            }
        }
    }
}
