package org.studiopaths.journal;

import org.studiopaths.exercise.Side;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The two sides side by side, computed from the journal's attempts; what {@code compare} and the UI show. */
public record Comparison(SideSummary production, SideSummary engineering, Leaning leaning, Reading reading) {

    /** Mean enjoyments closer than this count as "both". */
    public static final double CLOSE = 0.5;

    public SideSummary of(Side side) {
        return side == Side.PRODUCTION ? production : engineering;
    }

    public static Comparison of(List<Attempt> attempts) {
        return of(attempts, CareerFacts.bundled());
    }

    public static Comparison of(List<Attempt> attempts, CareerFacts facts) {
        SideSummary p = summarize(Side.PRODUCTION, attempts);
        SideSummary e = summarize(Side.ENGINEERING, attempts);
        Leaning leaning = leaning(attempts);
        return new Comparison(p, e, leaning, Readings.write(p, e, leaning, facts));
    }

    private static SideSummary summarize(Side side, List<Attempt> all) {
        int count = 0;
        int rated = 0;
        long enjoymentSum = 0;
        int checked = 0;
        long scoreSum = 0;
        long seconds = 0;
        int lost = 0;
        int answered = 0;
        List<Attempt> ratedAttempts = new ArrayList<>();
        for (Attempt a : all) {
            if (a.side() != side) {
                continue;
            }
            count++;
            seconds += a.secondsOnTask();
            if (a.score() != null) {
                checked++;
                scoreSum += a.score();
            }
            Rating r = a.rating();
            if (r.isRated()) {
                rated++;
                enjoymentSum += r.enjoyment();
                ratedAttempts.add(a);
            }
            if (r.lostTrackOfTime() != null) {
                answered++;
                if (r.lostTrackOfTime()) {
                    lost++;
                }
            }
        }
        ratedAttempts.sort(Comparator.comparing(Attempt::startedAt));
        List<EnjoymentPoint> points = new ArrayList<>();
        for (Attempt a : ratedAttempts) {
            points.add(new EnjoymentPoint(a.startedAt(), a.exerciseId(), a.exerciseTitle(), a.rating().enjoyment()));
        }
        return new SideSummary(side, count, rated, rated == 0 ? null : (double) enjoymentSum / rated,
                checked == 0 ? null : (int) Math.round((double) scoreSum / checked),
                Math.round(seconds / 60.0), lost, answered, points);
    }

    /**
     * Undecided until both sides have a rated attempt; both when the means are less than {@link #CLOSE} apart;
     * else the side with the higher mean. Compared in whole numbers (sums times counts) so that "exactly half a
     * point apart" is not blurred by rounding.
     */
    private static Leaning leaning(List<Attempt> all) {
        long pSum = 0;
        long pCount = 0;
        long eSum = 0;
        long eCount = 0;
        for (Attempt a : all) {
            if (!a.rating().isRated()) {
                continue;
            }
            if (a.side() == Side.PRODUCTION) {
                pSum += a.rating().enjoyment();
                pCount++;
            } else {
                eSum += a.rating().enjoyment();
                eCount++;
            }
        }
        if (pCount == 0 || eCount == 0) {
            return Leaning.UNDECIDED;
        }
        // pSum/pCount - eSum/eCount, scaled by 2 * pCount * eCount to stay whole
        long twiceScaledDifference = 2 * (pSum * eCount - eSum * pCount);
        if (Math.abs(twiceScaledDifference) < pCount * eCount) {
            return Leaning.BOTH;
        }
        return twiceScaledDifference > 0 ? Leaning.PRODUCTION : Leaning.ENGINEERING;
    }
}
