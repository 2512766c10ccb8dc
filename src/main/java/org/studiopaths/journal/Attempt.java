package org.studiopaths.journal;

import org.studiopaths.exercise.Side;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One try of one exercise, as the journal keeps it.
 *
 * @param id            unique within the journal; {@link #newId()} makes one. A later rating finds its attempt by it.
 * @param side          the path the exercise belongs to
 * @param exerciseId    the exercise's id, such as {@code mix-balance}
 * @param exerciseTitle the exercise's title as shown when it was tried
 * @param startedAt     when the exercise was opened
 * @param endedAt       when it was left (not before {@code startedAt})
 * @param secondsOnTask time spent working on it (may be less than the time between start and end)
 * @param edits         changes made to the project
 * @param plays         times playback was started
 * @param checks        times the project was checked
 * @param score         the last check's score, 0 to 100, or null when never checked
 * @param passed        whether a check passed (false when never checked)
 * @param rating        what the learner said about it; {@link Rating#NONE} until they say something
 */
public record Attempt(String id, Side side, String exerciseId, String exerciseTitle, Instant startedAt,
                      Instant endedAt, long secondsOnTask, int edits, int plays, int checks, Integer score,
                      boolean passed, Rating rating) {

    public Attempt {
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(endedAt, "endedAt");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("an attempt needs an id");
        }
        if (exerciseId == null || exerciseId.isBlank()) {
            throw new IllegalArgumentException("an attempt needs an exercise id");
        }
        exerciseTitle = exerciseTitle == null ? "" : exerciseTitle;
        if (endedAt.isBefore(startedAt)) {
            throw new IllegalArgumentException("endedAt " + endedAt + " is before startedAt " + startedAt);
        }
        if (secondsOnTask < 0 || edits < 0 || plays < 0 || checks < 0) {
            throw new IllegalArgumentException("secondsOnTask, edits, plays and checks cannot be negative");
        }
        if (score != null && (score < 0 || score > 100)) {
            throw new IllegalArgumentException("score is " + score + "; allowed 0 to 100 or none");
        }
        if (passed && score == null) {
            throw new IllegalArgumentException("an attempt that passed has a score");
        }
        rating = rating == null ? Rating.NONE : rating;
    }

    /** A fresh id for a new attempt. */
    public static String newId() {
        return UUID.randomUUID().toString();
    }

    public Attempt withRating(Rating newRating) {
        return new Attempt(id, side, exerciseId, exerciseTitle, startedAt, endedAt, secondsOnTask, edits, plays,
                checks, score, passed, newRating);
    }
}
