package org.studiopaths.dsp;

/** Decibel conversions. A gain at or below -120 dB is silence, as the project format says. */
public final class Decibels {

    public static final double SILENCE_DB = -120;

    private Decibels() {
    }

    /** Linear gain for a level in dB; 0 at or below -120 dB or for a non-finite value. */
    public static double toGain(double db) {
        if (!Double.isFinite(db) || db <= SILENCE_DB) {
            return 0;
        }
        return Math.pow(10, db / 20);
    }

    /** dB of a linear amplitude; negative infinity for 0. */
    public static double fromGain(double gain) {
        return 20 * Math.log10(Math.abs(gain));
    }
}
