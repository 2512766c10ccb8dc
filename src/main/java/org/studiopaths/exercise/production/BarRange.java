package org.studiopaths.exercise.production;

import java.util.ArrayList;
import java.util.List;

/** A stretch of the timeline, bars [from, to) (1-based, fractional). */
record BarRange(double from, double to) {

    double length() {
        return Math.max(0, to - from);
    }

    /**
     * The range cut at bar lines: one piece per bar it touches, labelled with the bar's number, so goals can
     * say which bars are off.
     */
    List<Piece> pieces() {
        List<Piece> out = new ArrayList<>();
        for (int bar = (int) Math.floor(from); bar < to; bar++) {
            double a = Math.max(bar, from);
            double b = Math.min(bar + 1, to);
            if (b > a) {
                out.add(new Piece(bar, a, b));
            }
        }
        return out;
    }

    /** A part of one bar. */
    record Piece(int bar, double from, double to) {
    }

    String describe() {
        return Words.span(from, to);
    }
}
