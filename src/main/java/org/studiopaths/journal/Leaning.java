package org.studiopaths.journal;

import org.studiopaths.exercise.Side;

/** Which path the learner's ratings point to, as {@code compare} reports it. */
public enum Leaning {
    PRODUCTION("production"),
    ENGINEERING("engineering"),
    /** Both sides are rated and their mean enjoyments are less than half a point apart. */
    BOTH("both"),
    /** At least one side has no rated attempt yet. */
    UNDECIDED("undecided");

    private final String id;

    Leaning(String id) {
        this.id = id;
    }

    /** The word used by {@code compare --json}. */
    public String id() {
        return id;
    }

    public static Leaning of(Side side) {
        return side == Side.PRODUCTION ? PRODUCTION : ENGINEERING;
    }
}
