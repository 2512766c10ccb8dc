package org.studiopaths.journal;

/**
 * What the learner said about one attempt. Every part may be skipped (null).
 *
 * @param enjoyment       1 (not at all) to 5 (a lot), or null when skipped
 * @param lostTrackOfTime whether time flew, or null when not answered
 * @param wantAnother     whether they would like another exercise like it, or null when not answered
 * @param note            their own words, or null; blank notes become null
 */
public record Rating(Integer enjoyment, Boolean lostTrackOfTime, Boolean wantAnother, String note) {

    /** Nothing said yet. */
    public static final Rating NONE = new Rating(null, null, null, null);

    public static final int MIN_ENJOYMENT = 1;
    public static final int MAX_ENJOYMENT = 5;

    public Rating {
        if (enjoyment != null && (enjoyment < MIN_ENJOYMENT || enjoyment > MAX_ENJOYMENT)) {
            throw new IllegalArgumentException("enjoyment is " + enjoyment + "; allowed 1 to 5 or none");
        }
        if (note != null && note.isBlank()) {
            note = null;
        }
    }

    /** Only an enjoyment, as {@code check --record --enjoyment N} gives. */
    public static Rating ofEnjoyment(int enjoyment) {
        return new Rating(enjoyment, null, null, null);
    }

    /** Whether an enjoyment was given: only such attempts count toward the leaning. */
    public boolean isRated() {
        return enjoyment != null;
    }
}
