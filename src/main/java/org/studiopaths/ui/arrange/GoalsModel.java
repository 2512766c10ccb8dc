package org.studiopaths.ui.arrange;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.studiopaths.exercise.Side;
import org.studiopaths.journal.Attempt;
import org.studiopaths.journal.Rating;
import org.studiopaths.model.Project;
import org.studiopaths.ui.session.ProjectSession;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;

/**
 * The goals panel's view-model: the exercise's goals ticked live from the project (model-only goals), the
 * Check run on a worker thread, and the attempt the journal records. Free play has no exercise and no goals.
 */
public final class GoalsModel {

    private final ProjectSession session;
    private final ArrangeExercise exercise;
    private final Executor worker;
    private final Executor fx;
    private final Clock clock;
    private final ObservableList<ArrangeExercise.GoalState> goals = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking");
    private final ReadOnlyObjectWrapper<ArrangeExercise.CheckOutcome> outcome =
            new ReadOnlyObjectWrapper<>(this, "outcome");
    private final ReadOnlyStringWrapper checkProblem = new ReadOnlyStringWrapper(this, "checkProblem", "");
    // The attempt being worked on: from the start (or the last recorded attempt) to now.
    private Instant startedAt;
    private int editsAtStart;
    private int playsAtStart;
    private String attemptId;
    private int checks;
    private ArrangeExercise.CheckOutcome attemptOutcome;

    /**
     * @param exercise null for free play
     * @param worker   runs the check
     * @param fx       runs results back on the JavaFX thread
     */
    public GoalsModel(ProjectSession session, ArrangeExercise exercise, Executor worker, Executor fx, Clock clock) {
        this.session = session;
        this.exercise = exercise;
        this.worker = worker;
        this.fx = fx;
        this.clock = clock;
        beginNewAttempt();
        session.projectProperty().addListener((o, a, p) -> refresh(p));
        refresh(session.project());
    }

    public ArrangeExercise exercise() { return exercise; }
    public boolean freePlay() { return exercise == null; }
    public ObservableList<ArrangeExercise.GoalState> goals() { return goals; }
    public ReadOnlyBooleanProperty checkingProperty() { return checking.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<ArrangeExercise.CheckOutcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }
    /** Why the last check could not run, or "". */
    public ReadOnlyStringProperty checkProblemProperty() { return checkProblem.getReadOnlyProperty(); }

    private void refresh(Project p) {
        if (exercise != null) {
            goals.setAll(exercise.goals(p));
        }
    }

    /** Whether the goal with this id is met now (false when unknown or judged on Check only). */
    public boolean done(String goalId) {
        return goals.stream().anyMatch(g -> g.id().equals(goalId) && Boolean.TRUE.equals(g.done()));
    }

    /** Checks the project as it is now on the worker; {@code then} runs on the JavaFX thread afterwards. */
    public void check(Runnable then) {
        if (exercise == null || checking.get()) {
            return;
        }
        Project snapshot = session.project();
        checking.set(true);
        checkProblem.set("");
        worker.execute(() -> {
            ArrangeExercise.CheckOutcome result = null;
            String problem = "";
            try {
                result = exercise.check(snapshot);
            } catch (Exception | Error e) {
                problem = "The check could not run: " + e.getMessage();
            }
            ArrangeExercise.CheckOutcome r = result;
            String pr = problem;
            fx.execute(() -> {
                checking.set(false);
                checks++;
                if (r != null) {
                    outcome.set(r);
                    attemptOutcome = r;
                }
                checkProblem.set(pr);
                then.run();
            });
        });
    }

    /** Whether there is anything worth recording: an edit, a play or a check since the attempt began. */
    public boolean worked() {
        return session.edits() > editsAtStart || session.plays() > playsAtStart || checks > 0;
    }

    /** After an attempt was recorded: what follows counts as a new attempt. */
    public void beginNewAttempt() {
        startedAt = clock.instant();
        editsAtStart = session.edits();
        playsAtStart = session.plays();
        attemptId = Attempt.newId();
        checks = 0;
        attemptOutcome = null;
    }

    /** The attempt as it stands now, for the journal. */
    public Attempt attempt(Rating rating) {
        Instant now = clock.instant();
        ArrangeExercise.CheckOutcome o = attemptOutcome;
        String id = exercise == null ? "free-play" : exercise.id();
        String title = exercise == null ? "Free play" : exercise.title();
        return new Attempt(attemptId, Side.PRODUCTION, id, title, startedAt, now,
                Duration.between(startedAt, now).getSeconds(), session.edits() - editsAtStart,
                session.plays() - playsAtStart, checks, o == null ? null : o.score(), o != null && o.passed(),
                rating);
    }

    /** Goals panel text for the list: "✓ goal" when met, "○ goal" when not, "· goal (on Check)" otherwise. */
    public static String label(ArrangeExercise.GoalState g) {
        if (g.done() == null) {
            return "\u25CB " + g.goal() + " (judged on Check)";
        }
        return (g.done() ? "\u2713 " : "\u25CB ") + g.goal();
    }
}
