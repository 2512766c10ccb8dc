package org.studiopaths.exercise.drill;

/**
 * Where a learner stands in the EQ drill.
 *
 * @param level       1 to {@link EqDrill#LEVELS}; higher is a smaller, narrower hidden change
 * @param streak      full-credit answers in a row at this level
 * @param rounds      rounds answered in all
 * @param totalCredit sum of the credits of all rounds answered
 */
public record EqDrillScores(int level, int streak, int rounds, double totalCredit) {

    public static final EqDrillScores FIRST = new EqDrillScores(1, 0, 0, 0);

    public EqDrillScores {
        if (level < 1 || level > EqDrill.LEVELS || streak < 0 || rounds < 0 || totalCredit < 0
                || totalCredit > rounds) {
            throw new IllegalArgumentException("EQ drill scores out of range: level " + level + ", streak " + streak
                    + ", rounds " + rounds + ", credit " + totalCredit);
        }
    }

    /** Mean credit per round, 0 to 1 (0 before the first round). */
    public double meanCredit() {
        return rounds == 0 ? 0 : totalCredit / rounds;
    }
}
