package org.studiopaths.ui.mix;

import org.studiopaths.model.Eq;

/** Keeps EQ values inside what the project format allows, rounded to what a person can set. */
public final class EqLimits {

    public static final double MAX_GAIN_DB = 24;

    private EqLimits() {
    }

    public static Eq clamp(Eq eq) {
        double hp = eq.highPassHz() <= 0 ? 0 : Math.round(clamp(eq.highPassHz(), 20, 2000));
        return new Eq(hp, band(eq.low(), 20, 1000), band(eq.mid(), 100, 10000), band(eq.high(), 1000, 20000));
    }

    private static Eq.Band band(Eq.Band b, double minHz, double maxHz) {
        double f = Math.round(clamp(b.freqHz(), minHz, maxHz));
        double g = Math.round(clamp(b.gainDb(), -MAX_GAIN_DB, MAX_GAIN_DB) * 10) / 10.0;
        double q = Math.round(clamp(b.q(), 0.1, 10) * 100) / 100.0;
        return new Eq.Band(f, g, q);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
