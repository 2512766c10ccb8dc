package org.studiopaths.exercise;

import java.util.List;

/**
 * The outcome of checking a project against an exercise.
 *
 * @param score    0 to 100: the criteria's credits averaged, rounded
 * @param criteria one result per criterion, in the exercise's order
 */
public record CheckReport(String exerciseId, Side side, boolean passed, int score, List<CriterionResult> criteria) {

    public CheckReport {
        criteria = List.copyOf(criteria);
    }

    /** The score of these results: mean credit × 100, rounded (a criterion that passes gives full credit). */
    public static int score(List<CriterionResult> results) {
        if (results.isEmpty()) {
            return 0;
        }
        double sum = 0;
        for (CriterionResult r : results) {
            sum += r.passed() ? 1 : r.credit();
        }
        int s = (int) Math.round(100 * sum / results.size());
        // a score of 100 means every goal is met: a near miss never rounds up to it
        return s == 100 && !results.stream().allMatch(CriterionResult::passed) ? 99 : s;
    }
}
