package org.studiopaths.ui.mix;

import org.studiopaths.model.Track;

/**
 * Where a level sits on a fader's travel (0 bottom, 1 top), with the taper of a console: 0 dB at three
 * quarters, the range around it spread wide, the bottom twentieth off (silence).
 */
public final class FaderScale {

    public static final double MAX_DB = 12;
    /** Below this the fader is off. */
    public static final double MIN_DB = -60;
    /** Printed beside every fader. */
    public static final double[] MARKS = {12, 6, 0, -6, -12, -20, -30, -40, -60};

    private static final double[] DB = {MIN_DB, -30, -12, 0, MAX_DB};
    private static final double[] POS = {0.05, 0.25, 0.5, 0.75, 1.0};

    private FaderScale() {
    }

    public static double position(double db) {
        if (db < MIN_DB) {
            return 0;
        }
        for (int i = 1; i < DB.length; i++) {
            if (db <= DB[i]) {
                double f = (db - DB[i - 1]) / (DB[i] - DB[i - 1]);
                return POS[i - 1] + f * (POS[i] - POS[i - 1]);
            }
        }
        return 1;
    }

    /** The level at a position, rounded to 0.1 dB; the bottom of the travel is silence. */
    public static double db(double position) {
        if (position < POS[0]) {
            return Track.SILENT_DB;
        }
        for (int i = 1; i < POS.length; i++) {
            if (position <= POS[i]) {
                double f = (position - POS[i - 1]) / (POS[i] - POS[i - 1]);
                return round(DB[i - 1] + f * (DB[i] - DB[i - 1]));
            }
        }
        return MAX_DB;
    }

    public static double round(double db) {
        return Math.round(db * 10) / 10.0;
    }

    /** "+1.5 dB", "0.0 dB", "-∞ dB". */
    public static String label(double db) {
        if (db <= Track.SILENT_DB || db < MIN_DB) {
            return "-∞ dB";
        }
        double r = round(db);
        return (r > 0 ? "+" : "") + String.format(java.util.Locale.ROOT, "%.1f dB", r == 0 ? 0.0 : r);
    }
}
