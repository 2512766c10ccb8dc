package org.studiopaths.exercise.mix;

import org.junit.jupiter.api.Test;
import org.studiopaths.exercise.CriterionResult;
import org.studiopaths.model.Master;
import org.studiopaths.model.Project;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The master criteria on a full-scale 997 Hz sine, panned centre: each side is -3.01 dBFS, so the true peak is
 * -3.0 dBTP and the loudness -3.0 LUFS (BS.1770 reads a sine on both channels at its level in dBFS).
 */
class MasterCriteriaTest {

    private static final MixFixtures.Samples SINE = new MixFixtures.Samples().put("t/sine.wav",
            MixFixtures.tones(1.0, 997));

    private static Project sine(double trackDb, double masterDb) {
        return new Project("sine", 120, 4, List.of(MixFixtures.track("Sine", "t/sine.wav", trackDb, 0)),
                new Master(masterDb), List.of());
    }

    private static CriterionResult peak(Project p) {
        return new MasterPeak("peak", -1, 3).evaluate(MixFixtures.context(p, p, SINE));
    }

    private static CriterionResult loudness(Project p) {
        return new MasterLoudness("loud", -14, 1, 6).evaluate(MixFixtures.context(p, p, SINE));
    }

    @Test
    void aPeakBelowTheLimitPasses() {
        CriterionResult r = peak(sine(0, 0));
        assertTrue(r.passed());
        assertEquals("The true peak is -3.0 dBTP, at or below -1.0 dBTP", r.message());
    }

    @Test
    void aPeakAboveTheLimitSaysHowMuchToLower() {
        CriterionResult r = peak(sine(0, 4));
        assertFalse(r.passed());
        assertEquals("The true peak is +1.0 dBTP, above the limit of -1.0 dBTP: lower the master by at least 2.0 dB",
                r.message());
        assertEquals(1 / 3.0, r.credit(), 0.02);
    }

    @Test
    void loudnessOnTargetPasses() {
        CriterionResult r = loudness(sine(-11, 0));
        assertTrue(r.passed());
        assertEquals("The mix measures -14.0 LUFS, within -14.0 ±1.0 LUFS", r.message());
    }

    @Test
    void aQuietMixIsToldToComeUp() {
        CriterionResult r = loudness(sine(-15, 0));
        assertFalse(r.passed());
        assertEquals("The mix measures -18.0 LUFS, 4.0 LU below the target of -14.0 ±1.0 LUFS: raise the master"
                + " by about 4.0 dB", r.message());
        assertEquals(0.4, r.credit(), 0.01);
    }

    @Test
    void aLoudMixIsToldToComeDown() {
        CriterionResult r = loudness(sine(-8.5, 0));
        assertEquals("The mix measures -11.5 LUFS, 2.5 LU above the target of -14.0 ±1.0 LUFS: lower the master"
                + " by about 2.5 dB", r.message());
    }

    @Test
    void aSilentMixHasNoLoudness() {
        CriterionResult r = loudness(sine(-11, 0).updateTrack(0, t -> t.withMute(true)));
        assertFalse(r.passed());
        assertEquals(0, r.credit());
        assertEquals("The mix is silent, so it has no loudness: unmute some tracks or raise their faders",
                r.message());
    }
}
