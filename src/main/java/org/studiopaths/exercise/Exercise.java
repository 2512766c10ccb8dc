package org.studiopaths.exercise;

import org.studiopaths.model.Project;

import java.util.List;
import java.util.OptionalInt;

/**
 * One exercise as read from {@code exercises/<id>/}: what the learner reads, the goals it is judged on, the
 * project it starts from and a reference solution (which passes).
 *
 * @param passScore the score (0 to 100) that passes; empty when every criterion must pass
 */
public record Exercise(String id, Side side, String title, int difficulty, int order, String summary, String brief,
                       List<Criterion> criteria, OptionalInt passScore, Project start, Project solution) {

    public Exercise {
        criteria = List.copyOf(criteria);
    }

    /** Whether a check with these results and this score passes. */
    public boolean passes(List<CriterionResult> results, int score) {
        if (passScore.isPresent()) {
            return score >= passScore.getAsInt();
        }
        return results.stream().allMatch(CriterionResult::passed);
    }
}
