package org.studiopaths.ui.arrange;

import org.studiopaths.exercise.CriterionResult;
import org.studiopaths.model.Project;

import java.util.List;

/**
 * A production exercise as the arrange view needs it. A seam: the app adapts {@code exercise.ExerciseCatalog},
 * {@code GoalTracker} and {@code Checker} to it.
 */
public interface ArrangeExercise {

    /** One goal and, for goals judged on the model alone, whether it is met now (null: judged on Check only). */
    record GoalState(String id, String goal, Boolean done) {
    }

    /** What a check found. */
    record CheckOutcome(int score, boolean passed, List<CriterionResult> results) {
    }

    String id();

    String title();

    /** What to make, for the learner. */
    String brief();

    /** One line for the exercise list; the brief unless told otherwise. */
    default String summary() {
        return brief();
    }

    /** 1 (easiest) to 5, or 0 when not stated. */
    default int difficulty() {
        return 0;
    }

    /** The project the exercise starts from. */
    Project start();

    /** The reference solution ("Hear an example"), or null. */
    Project reference();

    /** Each goal's state for a project; cheap (model only), called on every edit. */
    List<GoalState> goals(Project project);

    /** The full check, audio included; slow, called on a worker thread. */
    CheckOutcome check(Project project) throws Exception;
}
