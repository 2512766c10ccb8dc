package org.studiopaths.engine;

import org.junit.jupiter.api.Test;
import org.studiopaths.dsp.TrackEq;
import org.studiopaths.model.Clip;
import org.studiopaths.model.Eq;
import org.studiopaths.model.Master;
import org.studiopaths.model.Project;
import org.studiopaths.model.Track;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Renders known signals offline and measures each channel, as Tracktion's VolumeAndPan test does. */
class EngineLevelsTest {

    // 100 BPM, 4/4: one bar = 2.4 s = 105,840 frames.
    private static final int BAR = 105_840;
    private final FakeSamples samples = new FakeSamples()
            .put("sine1k.wav", FakeSamples.sine(1000, 0.5, BAR))
            .put("stereo.wav", FakeSamples.sine(1000, 0.5, BAR), FakeSamples.sine(1000, 0.25, BAR));

    private float[][] render(Track... tracks) throws RenderException {
        Project p = Project.empty("t", 100).withTracks(List.of(tracks));
        return OfflineRenderer.render(FakeSamples.compiler(samples).compile(p));
    }

    private static Track sineTrack(String sample) {
        return Track.named("T").addClip(Clip.of(sample, 1, 1));
    }

    /** RMS of a 0.5 sine is -9.03 dBFS. */
    private static final double SINE_RMS = 20 * Math.log10(0.5 / Math.sqrt(2));

    @Test
    void monoAtCentreIsMinus3dbOnEachSide() throws Exception {
        float[][] out = render(sineTrack("sine1k.wav"));
        assertEquals(SINE_RMS - 3.0103, FakeSamples.rmsDb(out[0], 4410, BAR), 0.01);
        assertEquals(SINE_RMS - 3.0103, FakeSamples.rmsDb(out[1], 4410, BAR), 0.01);
    }

    @Test
    void monoHardLeftIsFullLeftAndSilentRight() throws Exception {
        float[][] out = render(sineTrack("sine1k.wav").withPan(-1));
        assertEquals(SINE_RMS, FakeSamples.rmsDb(out[0], 4410, BAR), 0.01);
        assertTrue(FakeSamples.rmsDb(out[1], 4410, BAR) < -120);
    }

    @Test
    void monoHalfRightFollowsConstantPower() throws Exception {
        float[][] out = render(sineTrack("sine1k.wav").withPan(0.5));
        double theta = 1.5 * Math.PI / 4;
        assertEquals(SINE_RMS + 20 * Math.log10(Math.cos(theta)), FakeSamples.rmsDb(out[0], 4410, BAR), 0.01);
        assertEquals(SINE_RMS + 20 * Math.log10(Math.sin(theta)), FakeSamples.rmsDb(out[1], 4410, BAR), 0.01);
    }

    @Test
    void stereoIsBalancedNotPanned() throws Exception {
        float[][] centre = render(sineTrack("stereo.wav"));
        assertEquals(SINE_RMS, FakeSamples.rmsDb(centre[0], 4410, BAR), 0.01);
        assertEquals(SINE_RMS - 6.0206, FakeSamples.rmsDb(centre[1], 4410, BAR), 0.01);
        float[][] right = render(sineTrack("stereo.wav").withPan(0.5));
        assertEquals(SINE_RMS + 20 * Math.log10(Math.cos(0.25 * Math.PI)), FakeSamples.rmsDb(right[0], 4410, BAR), 0.01);
        assertEquals(SINE_RMS - 6.0206, FakeSamples.rmsDb(right[1], 4410, BAR), 0.01);
    }

    @Test
    void faderClipGainAndMasterAddUpInDb() throws Exception {
        Track t = Track.named("T").withGainDb(-6).withPan(-1)
                .addClip(Clip.of("sine1k.wav", 1, 1).withGainDb(-3));
        Project p = Project.empty("t", 100).addTrack(t).withMaster(new Master(-2));
        float[][] out = OfflineRenderer.render(FakeSamples.compiler(samples).compile(p));
        assertEquals(SINE_RMS - 11, FakeSamples.rmsDb(out[0], 4410, BAR), 0.01);
    }

    @Test
    void faderAtMinus120IsSilence() throws Exception {
        float[][] out = render(sineTrack("sine1k.wav").withGainDb(-120));
        assertTrue(FakeSamples.rmsDb(out[0], 0, BAR) == Double.NEGATIVE_INFINITY);
    }

    @Test
    void muteAndSoloDecideWhatIsHeard() throws Exception {
        Track a = sineTrack("sine1k.wav").withName("A").withPan(-1);
        Track b = sineTrack("sine1k.wav").withName("B").withPan(1);
        float[][] muted = render(a.withMute(true), b);
        assertTrue(FakeSamples.rmsDb(muted[0], 0, BAR) < -120, "muted track is silent");
        assertEquals(SINE_RMS, FakeSamples.rmsDb(muted[1], 4410, BAR), 0.01);
        float[][] soloed = render(a.withSolo(true), b);
        assertEquals(SINE_RMS, FakeSamples.rmsDb(soloed[0], 4410, BAR), 0.01);
        assertTrue(FakeSamples.rmsDb(soloed[1], 0, BAR) < -120, "unsoloed track is silent");
        float[][] soloMuted = render(a.withSolo(true).withMute(true), b);
        assertTrue(FakeSamples.rmsDb(soloMuted[0], 0, BAR) < -120, "muted wins over solo");
        assertTrue(FakeSamples.rmsDb(soloMuted[1], 0, BAR) < -120);
    }

    /** Each band measured at its test frequency against the cookbook response, within 0.1 dB. */
    @Test
    void everyEqBandHasItsCookbookGain() throws Exception {
        Object[][] cases = {
                {Eq.FLAT.withMid(new Eq.Band(250, -9, 1)), 250.0, -9.0},
                {Eq.FLAT.withMid(new Eq.Band(1000, 6, 2)), 1000.0, 6.0},
                {Eq.FLAT.withLow(new Eq.Band(200, 12, 1)), 40.0, Double.NaN},
                {Eq.FLAT.withLow(new Eq.Band(200, -12, 1)), 200.0, -6.0},
                {Eq.FLAT.withHigh(new Eq.Band(4000, 9, 1)), 4000.0, 4.5},
                {Eq.FLAT.withHigh(new Eq.Band(4000, -9, 1)), 16000.0, Double.NaN},
                {Eq.FLAT.withHighPassHz(500), 500.0, -3.0103},
                {Eq.FLAT.withHighPassHz(500), 125.0, Double.NaN},
        };
        for (Object[] c : cases) {
            Eq eq = (Eq) c[0];
            double hz = (double) c[1];
            double expectedAtTestFreq = (double) c[2];
            FakeSamples s = new FakeSamples().put("tone.wav", FakeSamples.sine(hz, 0.25, BAR));
            Project p = Project.empty("t", 100).addTrack(
                    Track.named("T").withPan(-1).withEq(eq).addClip(Clip.of("tone.wav", 1, 1)));
            float[][] out = OfflineRenderer.render(FakeSamples.compiler(s).compile(p));
            double measured = FakeSamples.rmsDb(out[0], 22050, BAR) - (20 * Math.log10(0.25 / Math.sqrt(2)));
            double cookbook = TrackEq.responseDb(eq, 44100, hz);
            assertEquals(cookbook, measured, 0.1, "rendered gain of " + eq + " at " + hz + " Hz");
            if (!Double.isNaN(expectedAtTestFreq)) {
                assertEquals(expectedAtTestFreq, cookbook, 0.05, "cookbook gain at the band's own frequency");
            }
        }
    }
}
