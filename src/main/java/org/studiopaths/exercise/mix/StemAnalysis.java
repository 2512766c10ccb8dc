package org.studiopaths.exercise.mix;

import org.studiopaths.dsp.MeterScale;

/**
 * What one track contributes to a rendered mix, measured on its stem (after fader and pan). Its octave bands
 * cost more to measure and are kept apart ({@link MixAnalysis#bandsDb}).
 *
 * @param loudnessLufs integrated loudness (BS.1770, gated); {@link MeterScale#FLOOR_DB} when silent
 * @param position     where it sits between the speakers, -1 (left) to +1 (right), from the left/right energy
 *                     through the inverse of the constant-power pan law (a mono source panned to p reads p);
 *                     0 when silent
 */
public record StemAnalysis(String track, double loudnessLufs, double position) {

    public boolean silent() {
        return loudnessLufs <= MeterScale.FLOOR_DB;
    }
}
