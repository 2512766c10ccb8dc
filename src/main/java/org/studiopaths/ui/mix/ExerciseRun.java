package org.studiopaths.ui.mix;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.studiopaths.exercise.Side;
import org.studiopaths.journal.Attempt;
import org.studiopaths.journal.Rating;
import org.studiopaths.ui.session.ProjectSession;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Executor;

/**
 * One sitting with a mix task: checks it on a worker thread, remembers the last result, and makes the
 * journal's {@link Attempt} when asked (after a check, or when leaving after working on it).
 */
public final class ExerciseRun {

    private final MixTask task;
    private final ProjectSession session;
    private final Clock clock;
    private final Instant started;
    private final String attemptId = Attempt.newId();
    private final ReadOnlyObjectWrapper<MixCheck.Result> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking");
    private final ReadOnlyObjectWrapper<String> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    private int checks;

    public ExerciseRun(MixTask task, ProjectSession session, Clock clock) {
        this.task = task;
        this.session = session;
        this.clock = clock;
        this.started = clock.instant();
    }

    public MixTask task() { return task; }
    public ReadOnlyObjectProperty<MixCheck.Result> resultProperty() { return result.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty checkingProperty() { return checking.getReadOnlyProperty(); }
    /** Why the last check could not be made, or null. */
    public ReadOnlyObjectProperty<String> problemProperty() { return problem.getReadOnlyProperty(); }

    /** Checks the project as it is now on {@code worker}; the result arrives through {@code fx}. */
    public void check(Executor worker, Executor fx, Runnable done) {
        if (task.check() == null || checking.get()) {
            return;
        }
        checking.set(true);
        checks++;
        var project = session.project();
        worker.execute(() -> {
            try {
                MixCheck.Result r = task.check().check(project);
                fx.execute(() -> {
                    checking.set(false);
                    problem.set(null);
                    result.set(r);
                    done.run();
                });
            } catch (Exception e) {
                fx.execute(() -> {
                    checking.set(false);
                    problem.set("The mix could not be checked: " + e.getMessage());
                });
            }
        });
    }

    /** Whether there is anything to record: an edit, a play or a check. */
    public boolean worked() {
        return checks > 0 || session.edits() > 0 || session.plays() > 0;
    }

    /** The attempt as it stands (the same id each time, so a later record replaces nothing twice). */
    public Attempt attempt(Rating rating) {
        Instant now = clock.instant();
        MixCheck.Result r = result.get();
        return new Attempt(attemptId, Side.ENGINEERING, task.id(), task.title(), started, now,
                Math.max(0, now.getEpochSecond() - started.getEpochSecond()), session.edits(), session.plays(), checks,
                r == null ? null : r.score(), r != null && r.passed(), rating);
    }
}
