package org.studiopaths.journal;

import org.studiopaths.exercise.Side;

import java.util.List;

/**
 * One side's figures in a {@link Comparison}.
 *
 * @param attempts          all attempts on this side
 * @param ratedAttempts     attempts with an enjoyment
 * @param meanEnjoyment     mean enjoyment (1 to 5) of the rated attempts, or null when none is rated
 * @param meanScore         mean score of the checked attempts, rounded, or null when none was checked
 * @param minutes           time on task of all attempts, in minutes, rounded
 * @param lostTrackOfTime   attempts after which the learner said they lost track of time
 * @param absorptionAnswers attempts where that question was answered (yes or no)
 * @param enjoymentOverTime the rated attempts, oldest first
 */
public record SideSummary(Side side, int attempts, int ratedAttempts, Double meanEnjoyment, Integer meanScore,
                          long minutes, int lostTrackOfTime, int absorptionAnswers,
                          List<EnjoymentPoint> enjoymentOverTime) {

    public SideSummary {
        enjoymentOverTime = List.copyOf(enjoymentOverTime);
    }

    /** How often the learner lost track of time, 0 to 1, among the attempts where they answered; null if none. */
    public Double absorption() {
        return absorptionAnswers == 0 ? null : (double) lostTrackOfTime / absorptionAnswers;
    }

    public boolean isRated() {
        return ratedAttempts > 0;
    }
}
