package org.studiopaths.exercise.mix;

import org.studiopaths.dsp.OctaveBands;

import java.util.Locale;

/** The ten octave bands' centres as people say them: "31.5 Hz", "250 Hz", "1 kHz", "16 kHz". */
public final class BandLabels {

    private BandLabels() {
    }

    /** The label of band {@code band} (0 to 9). */
    public static String of(int band) {
        double hz = OctaveBands.centreHz(band);
        if (hz >= 1000) {
            return String.format(Locale.ROOT, "%d kHz", Math.round(hz / 1000));
        }
        return hz == Math.rint(hz) ? String.format(Locale.ROOT, "%d Hz", Math.round(hz)) : hz + " Hz";
    }
}
