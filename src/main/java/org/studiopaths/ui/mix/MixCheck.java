package org.studiopaths.ui.mix;

import org.studiopaths.model.Project;

import java.util.List;

/**
 * The seam to the exercise checker: checks a learner's mix (on a worker thread). The app's come from
 * {@link MixHooks#of} (the catalogue's exercises through {@code Checker}); tests supply their own.
 */
@FunctionalInterface
public interface MixCheck {

    Result check(Project learner) throws Exception;

    /** Gets ready to check (the reference rendered and measured ahead), on a worker when the console opens. */
    default void prepare() throws Exception {
    }

    /** One goal's outcome; {@code track} is the stem it is about, or -1 for the whole mix. */
    record Line(String goal, boolean passed, double credit, String message, int track) { }

    record Result(int score, boolean passed, List<Line> lines) {
        public Result {
            lines = List.copyOf(lines);
        }

        /** The stem that most needs work (lowest credit among failed goals on a stem), or -1. */
        public int worstTrack() {
            int worst = -1;
            double credit = Double.MAX_VALUE;
            for (Line l : lines) {
                if (!l.passed() && l.track() >= 0 && l.credit() < credit) {
                    credit = l.credit();
                    worst = l.track();
                }
            }
            return worst;
        }
    }
}
