package org.studiopaths.ui.mix;

import javafx.scene.Node;
import org.studiopaths.exercise.Checker;
import org.studiopaths.exercise.Exercise;
import org.studiopaths.exercise.Side;
import org.studiopaths.journal.Attempt;
import org.studiopaths.model.Project;
import org.studiopaths.ui.AppServices;
import org.studiopaths.ui.compare.RatingDialog;

import java.util.ArrayList;
import java.util.List;

/**
 * What the mix screen needs from the rest of the app, as a seam tests can replace: the engineering exercises
 * (from the exercise catalog and checker), recording an attempt in the journal, and asking for a rating.
 * {@link #NONE} offers only free mixes and records nothing.
 */
public interface MixHooks {

    MixHooks NONE = new MixHooks() { };

    /** The engineering exercises, in order. */
    default List<MixTask> exercises() {
        return List.of();
    }

    /** Records (or updates) an attempt in the journal. */
    default void record(Attempt attempt) {
    }

    /** Asks the learner to rate the attempt (already recorded); the dialog records the rating itself. */
    default void askRating(Node owner, Attempt attempt) {
    }

    /** Tells the learner something in the window's status bar (a save, a failed check). */
    default void say(String message) {
    }

    /** The app's hooks: the catalogue's engineering exercises, the journal and the rating dialog. */
    static MixHooks of(AppServices services) {
        List<Exercise> catalog = services.exercises().of(Side.ENGINEERING);
        List<MixTask> tasks = new ArrayList<>();
        for (int i = 0; i < catalog.size(); i++) {
            Exercise e = catalog.get(i);
            String next = i + 1 < catalog.size() ? catalog.get(i + 1).id() : null;
            MixCheck check = new MixCheck() {
                @Override
                public Result check(Project learner) throws Exception {
                    return CheckLines.of(e, Checker.check(e, learner, services.checkServices()), learner);
                }

                @Override
                public void prepare() throws Exception {
                    Checker.prepare(e, services.checkServices());
                }
            };
            tasks.add(new MixTask(e.id(), e.title(), e.summary(), e.difficulty(), e.brief(), e.start(), e.solution(),
                    check, next));
        }
        return new MixHooks() {
            @Override
            public List<MixTask> exercises() {
                return tasks;
            }

            @Override
            public void record(Attempt attempt) {
                services.recordAttempt(attempt);
            }

            @Override
            public void askRating(Node owner, Attempt attempt) {
                RatingDialog.rateAttempt(owner, services, attempt, () -> { });
            }

            @Override
            public void say(String message) {
                services.status().say(message);
            }
        };
    }
}
