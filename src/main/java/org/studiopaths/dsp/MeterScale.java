package org.studiopaths.dsp;

/**
 * The dB scale of the meters. Silence has no finite level; the meters report it as {@link #FLOOR_DB}
 * instead of negative infinity so that every number they give is finite and can be written to JSON.
 */
public final class MeterScale {

    /** The level reported for silence and anything quieter: -200 dB. */
    public static final double FLOOR_DB = -200.0;

    private MeterScale() {
    }

    /** 10·log10 of a power (a mean square), never below {@link #FLOOR_DB}. */
    public static double powerDb(double power) {
        if (!(power > 0)) {
            return FLOOR_DB;
        }
        return Math.max(FLOOR_DB, 10 * Math.log10(power));
    }

    /** 20·log10 of an amplitude, never below {@link #FLOOR_DB}. */
    public static double amplitudeDb(double amplitude) {
        return powerDb(amplitude * amplitude);
    }
}
