package org.studiopaths.ui.mix;

import org.studiopaths.exercise.CheckReport;
import org.studiopaths.exercise.CriterionResult;
import org.studiopaths.exercise.Exercise;
import org.studiopaths.model.Project;

import java.util.ArrayList;
import java.util.List;

/**
 * The checker's report as the console shows it: each criterion's goal and message, tied to the track the message
 * is about. The mixing criteria start a message about one track with that track's name ("Guitar is 8.0 dB
 * louder…", "Keys sit further left…"), which is what ties a line to its track.
 */
final class CheckLines {

    private CheckLines() {
    }

    static MixCheck.Result of(Exercise exercise, CheckReport report, Project learner) {
        List<MixCheck.Line> lines = new ArrayList<>();
        for (CriterionResult r : report.criteria()) {
            String goal = exercise.criteria().stream().filter(c -> c.id().equals(r.id())).findFirst()
                    .map(c -> c.goal()).orElse(r.id());
            lines.add(new MixCheck.Line(goal, r.passed(), r.credit(), r.message(), trackNamed(r.message(), learner)));
        }
        return new MixCheck.Result(report.score(), report.passed(), lines);
    }

    /**
     * The track whose name starts the message, followed by a space; the longest such name wins, so "Keys 2 is…"
     * is about Keys 2, not Keys. -1 when the message is about the whole mix.
     */
    static int trackNamed(String message, Project project) {
        int found = -1;
        for (int t = 0; t < project.tracks().size(); t++) {
            String name = project.tracks().get(t).name();
            if (message.startsWith(name + " ")
                    && (found < 0 || name.length() > project.tracks().get(found).name().length())) {
                found = t;
            }
        }
        return found;
    }
}
