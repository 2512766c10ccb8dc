package org.studiopaths.ui;

import org.studiopaths.exercise.Side;
import org.studiopaths.journal.Attempt;
import org.studiopaths.journal.Rating;

import java.time.Instant;

/** Hand-made attempts for the UI tests, an hour apart. */
public final class TestAttempts {

    private static int next;

    private TestAttempts() {
    }

    public static Attempt attempt(Side side, Integer score, Integer enjoyment) {
        return attempt(side, score, new Rating(enjoyment, null, null, null));
    }

    public static Attempt attempt(Side side, Integer score, Rating rating) {
        int n = ++next;
        Instant start = Instant.parse("2025-01-01T10:00:00Z").plusSeconds(3600L * n);
        return new Attempt("t" + n, side, side == Side.PRODUCTION ? "arrange-intro" : "mix-balance",
                side == Side.PRODUCTION ? "Build an intro" : "Balance the band", start, start.plusSeconds(600), 600,
                3, 2, score == null ? 0 : 1, score, score != null && score >= 70, rating);
    }
}
