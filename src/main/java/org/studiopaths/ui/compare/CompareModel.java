package org.studiopaths.ui.compare;

import org.studiopaths.exercise.Side;
import org.studiopaths.journal.Comparison;
import org.studiopaths.journal.EnjoymentPoint;
import org.studiopaths.journal.Leaning;
import org.studiopaths.journal.SideSummary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the compare view shows, worked out from a {@link Comparison} with no controls in it: the reading, the
 * nudge when undecided, each side's figures as text and the chart points.
 *
 * @param headline   the reading's headline
 * @param sentences  the reading's sentences, career facts included
 * @param leaning    which path the ratings point to
 * @param nudge      when undecided, the path to try next (with {@link #nudgeText})
 * @param nudgeText  the nudge in words, empty without a nudge
 * @param production the production side's figures
 * @param engineering the engineering side's figures
 */
public record CompareModel(String headline, List<String> sentences, Leaning leaning, Optional<Side> nudge,
                           String nudgeText, SideFigures production, SideFigures engineering) {

    /** One point of the enjoyment chart: the side's n-th rated attempt (1-based) and its enjoyment. */
    public record Point(int attempt, int enjoyment, String exerciseTitle) {
    }

    /**
     * One side's figures, ready to show.
     *
     * @param meanScore  the mean score 0 to 100, or null when no attempt was checked
     * @param minutes    minutes spent on the side's exercises
     * @param absorption share of answered attempts where time flew, 0 to 1, or null when never answered
     */
    public record SideFigures(Side side, String enjoymentText, String attemptsText, String absorptionText,
                              Integer meanScore, long minutes, Double absorption, Double meanEnjoyment,
                              List<Point> enjoyment) {
    }

    public SideFigures of(Side side) {
        return side == Side.PRODUCTION ? production : engineering;
    }

    public static CompareModel of(Comparison c) {
        Optional<Side> nudge = Optional.empty();
        String nudgeText = "";
        if (c.leaning() == Leaning.UNDECIDED) {
            boolean productionRated = c.production().isRated();
            Side next = productionRated ? Side.ENGINEERING : Side.PRODUCTION;
            nudge = Optional.of(next);
            nudgeText = productionRated || c.engineering().isRated()
                    ? "The comparison needs a rated attempt on both sides. Try " + next.id() + " next."
                    : "Nothing to compare yet. Try an exercise on each path and say how you liked it.";
        }
        return new CompareModel(c.reading().headline(), c.reading().sentences(), c.leaning(), nudge, nudgeText,
                figures(c.production()), figures(c.engineering()));
    }

    private static SideFigures figures(SideSummary s) {
        List<Point> points = new ArrayList<>();
        int n = 1;
        for (EnjoymentPoint p : s.enjoymentOverTime()) {
            points.add(new Point(n++, p.enjoyment(), p.exerciseTitle()));
        }
        String enjoyment = s.meanEnjoyment() == null ? "not rated yet"
                : String.format(Locale.ROOT, "%.1f out of 5", s.meanEnjoyment());
        String attempts = s.attempts() == 0 ? "no attempts yet"
                : count(s.attempts(), "attempt") + ", " + s.ratedAttempts() + " rated, " + s.minutes() + " min";
        String absorption = s.absorptionAnswers() == 0 ? "time flew: not answered yet"
                : "time flew " + s.lostTrackOfTime() + " of " + count(s.absorptionAnswers(), "time");
        return new SideFigures(s.side(), enjoyment, attempts, absorption, s.meanScore(), s.minutes(), s.absorption(),
                s.meanEnjoyment(), points);
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
