package org.studiopaths.exercise;

/**
 * What one criterion found.
 *
 * @param credit  0 to 1; partial credit where the criterion allows it
 * @param message for the learner: when passed, what is good; otherwise what is off and what to try
 */
public record CriterionResult(String id, boolean passed, double credit, String message) {

    public static CriterionResult pass(String id, String message) {
        return new CriterionResult(id, true, 1, message);
    }

    public static CriterionResult fail(String id, double credit, String message) {
        return new CriterionResult(id, false, Math.max(0, Math.min(1, credit)), message);
    }
}
