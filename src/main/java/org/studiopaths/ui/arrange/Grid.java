package org.studiopaths.ui.arrange;

/** Snapping positions to bars or beats in any metre. Bars are 1-based; one beat is 1/beatsPerBar bar. */
public final class Grid {

    private Grid() {
    }

    /** The grid step in bars: a bar, or a beat. */
    public static double step(boolean toBeat, int beatsPerBar) {
        return toBeat ? 1.0 / beatsPerBar : 1.0;
    }

    /** The nearest grid line to a bar position, never before bar 1. */
    public static double snap(double bar, boolean toBeat, int beatsPerBar) {
        double step = step(toBeat, beatsPerBar);
        return Math.max(1, 1 + Math.round((bar - 1) / step) * step);
    }

    /** A length rounded to the grid, at least one step. */
    public static double snapLength(double bars, boolean toBeat, int beatsPerBar) {
        double step = step(toBeat, beatsPerBar);
        return Math.max(step, Math.round(bars / step) * step);
    }

    /** "bar:beat" for a 1-based fractional bar, e.g. 3.5 in 4/4 is "3:3". */
    public static String barsBeats(double bar, int beatsPerBar) {
        int whole = (int) Math.floor(bar + 1e-9);
        int beat = (int) Math.floor((bar - whole) * beatsPerBar + 1e-6) + 1;
        return whole + ":" + beat;
    }
}
