package org.studiopaths.journal;

import org.studiopaths.exercise.Side;

import java.time.Instant;

/** Hand-made attempts for tests. */
final class Attempts {

    private static int next;

    private Attempts() {
    }

    static Attempt rated(Side side, Integer enjoyment) {
        return attempt(side, 600, null, new Rating(enjoyment, null, null, null));
    }

    static Attempt attempt(Side side, long seconds, Integer score, Rating rating) {
        int n = ++next;
        Instant start = Instant.parse("2024-05-01T10:00:00Z").plusSeconds(3600L * n);
        return new Attempt("a" + n, side, side == Side.PRODUCTION ? "arrange-intro" : "mix-balance",
                side == Side.PRODUCTION ? "Build an intro" : "Balance the band", start, start.plusSeconds(seconds),
                seconds, 3, 2, score == null ? 0 : 1, score, score != null && score >= 70, rating);
    }
}
