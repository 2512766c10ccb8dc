package org.studiopaths.ui.home;

import org.studiopaths.exercise.Side;
import org.studiopaths.journal.Attempt;
import org.studiopaths.journal.Comparison;
import org.studiopaths.journal.Leaning;

import java.util.List;
import java.util.Optional;

/**
 * What the home screen shows, from the journal's attempts with no controls in it: each path's progress and
 * one suggestion of what to try next.
 *
 * @param next       the path to try next, or empty when the suggestion is to open the comparison
 * @param suggestion the suggestion in words
 */
public record HomeModel(Progress production, Progress engineering, Optional<Side> next, String suggestion) {

    /**
     * One path's progress.
     *
     * @param lastEnjoyment the enjoyment of the latest rated attempt (1 to 5), or null when none is rated
     */
    public record Progress(Side side, int attempts, int passes, Integer lastEnjoyment) {

        /** The progress in a short line, e.g. "3 attempts, 2 passed, last enjoyed 4 out of 5". */
        public String text() {
            if (attempts == 0) {
                return "Not tried yet";
            }
            String s = times(attempts, "attempt") + ", " + passes + " passed";
            return lastEnjoyment == null ? s + ", not rated yet" : s + ", last enjoyed " + lastEnjoyment + " out of 5";
        }
    }

    public Progress of(Side side) {
        return side == Side.PRODUCTION ? production : engineering;
    }

    public static HomeModel of(List<Attempt> attempts) {
        Progress p = progress(Side.PRODUCTION, attempts);
        Progress e = progress(Side.ENGINEERING, attempts);
        if (p.attempts == 0 && e.attempts == 0) {
            return new HomeModel(p, e, Optional.of(Side.PRODUCTION),
                    "New here? Start with either path. Production is a good first step: you build a short track "
                            + "from loops, and nothing you do can break anything.");
        }
        if (p.attempts == 0 || e.attempts == 0) {
            Progress tried = p.attempts == 0 ? e : p;
            Side other = tried.side.other();
            return new HomeModel(p, e, Optional.of(other), "You've tried " + tried.side.id() + " "
                    + timesWord(tried.attempts) + ": try " + other.id() + " next to compare.");
        }
        Leaning leaning = Comparison.of(attempts).leaning();
        if (leaning == Leaning.UNDECIDED) {
            Side unrated = p.lastEnjoyment == null ? Side.PRODUCTION : Side.ENGINEERING;
            return new HomeModel(p, e, Optional.of(unrated), "Rate a " + unrated.id()
                    + " attempt (how much you enjoyed it) and the comparison can begin.");
        }
        if (Math.abs(p.attempts - e.attempts) >= 2) {
            Progress fewer = p.attempts < e.attempts ? p : e;
            Progress more = fewer == p ? e : p;
            return new HomeModel(p, e, Optional.of(fewer.side), "You've tried " + more.side.id() + " "
                    + timesWord(more.attempts) + " and " + fewer.side.id() + " " + timesWord(fewer.attempts)
                    + ": give " + fewer.side.id() + " another go for a fair comparison.");
        }
        return new HomeModel(p, e, Optional.empty(),
                "You've tried both paths. Open Compare to see which one you enjoyed more and what it may mean.");
    }

    private static Progress progress(Side side, List<Attempt> attempts) {
        int count = 0;
        int passes = 0;
        Attempt lastRated = null;
        for (Attempt a : attempts) {
            if (a.side() != side) {
                continue;
            }
            count++;
            if (a.passed()) {
                passes++;
            }
            if (a.rating().isRated() && (lastRated == null || !a.startedAt().isBefore(lastRated.startedAt()))) {
                lastRated = a;
            }
        }
        return new Progress(side, count, passes, lastRated == null ? null : lastRated.rating().enjoyment());
    }

    static String timesWord(int n) {
        return switch (n) {
            case 1 -> "once";
            case 2 -> "twice";
            default -> n + " times";
        };
    }

    static String times(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
