package org.studiopaths.engine;

import org.junit.jupiter.api.Test;
import org.studiopaths.model.Clip;
import org.studiopaths.model.Project;
import org.studiopaths.model.Track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where things land, to the frame. */
class EngineTimingTest {

    private static float[] impulse(int frames) {
        float[] x = new float[frames];
        x[0] = 1f;
        return x;
    }

    private static float[] ramp(int frames) {
        float[] x = new float[frames];
        for (int i = 0; i < frames; i++) {
            x[i] = (i + 1) / (float) frames;
        }
        return x;
    }

    private static int firstNonZero(float[] x) {
        for (int i = 0; i < x.length; i++) {
            if (x[i] != 0) {
                return i;
            }
        }
        return -1;
    }

    private static float[][] render(FakeSamples s, Project p) throws RenderException {
        return OfflineRenderer.render(FakeSamples.compiler(s).compile(p));
    }

    @Test
    void clipStartsOnItsBarToTheFrame() throws Exception {
        FakeSamples s = new FakeSamples().put("click.wav", impulse(1000));
        Project p = Project.empty("t", 100).addTrack(Track.named("T").addClip(Clip.of("click.wav", 3, 1).withLoop(false)));
        float[][] out = render(s, p);
        // Bar 3 at 100 BPM in 4/4 starts at 2 × 2.4 s = 4.8 s = frame 211,680.
        assertEquals(211_680, firstNonZero(out[0]));
        assertEquals(211_680 + 105_840, out[0].length, "the song ends with its last clip");
    }

    @Test
    void beatPositionsIn3_4AtAnOddTempo() throws Exception {
        FakeSamples s = new FakeSamples().put("click.wav", impulse(100));
        Project p = Project.empty("t", 97).withBeatsPerBar(3)
                .addTrack(Track.named("T").addClip(Clip.of("click.wav", 2 + 1.0 / 3, 1).withLoop(false)));
        // (1 + 1/3) bars × 3 beats × 60 / 97 s = 4 beats = 2.474226... s → frame round(109,113.40) = 109,113
        assertEquals(109_113, firstNonZero(render(s, p)[0]));
    }

    @Test
    void loopWrapsToTheSampleStart() throws Exception {
        FakeSamples s = new FakeSamples().put("ramp.wav", ramp(1000));
        Project p = Project.empty("t", 100).addTrack(Track.named("T").withPan(-1).addClip(Clip.of("ramp.wav", 1, 1)));
        float[] left = render(s, p)[0];
        assertEquals(1f, left[999], 1e-6);
        assertEquals(0.001f, left[1000], 1e-6, "frame 1000 is the sample's first frame again");
        assertEquals(0.5f, left[10_499], 1e-6);
    }

    @Test
    void oneShotPlaysOnceThenSilence() throws Exception {
        FakeSamples s = new FakeSamples().put("ramp.wav", ramp(1000));
        Project p = Project.empty("t", 100).addTrack(Track.named("T").withPan(-1)
                .addClip(Clip.of("ramp.wav", 1, 1).withLoop(false)));
        float[] left = render(s, p)[0];
        assertEquals(1f, left[999], 1e-6);
        assertEquals(0f, left[1000]);
        assertEquals(105_840, left.length);
    }

    @Test
    void offsetBarsStartsInsideTheSample() throws Exception {
        int bar = 105_840;
        FakeSamples s = new FakeSamples().put("ramp.wav", ramp(2 * bar));
        Project p = Project.empty("t", 100).addTrack(Track.named("T").withPan(-1)
                .addClip(Clip.of("ramp.wav", 1, 1).withOffsetBars(0.5)));
        float[] left = render(s, p)[0];
        // Half a bar is 52,920 frames into the sample.
        assertEquals((52_920 + 1) / (float) (2 * bar), left[0], 1e-6);
    }

    @Test
    void sampleWithAnotherTempoIsStretchedToTheProject() throws Exception {
        int oneBarAt120 = 88_200;
        FakeSamples s = new FakeSamples().putWithTempo("loop120.wav", 120, ramp(oneBarAt120));
        int[] asked = new int[1];
        PlanCompiler c = new PlanCompiler(s, (mono, rate, target) -> {
            asked[0] = target;
            return new float[target];
        });
        RenderPlan plan = c.compile(Project.empty("t", 100).addTrack(Track.named("T").addClip(Clip.of("loop120.wav", 1, 1))));
        assertEquals(105_840, asked[0], "a 1-bar loop at 120 BPM becomes 1 bar at 100 BPM");
        assertEquals(105_840, plan.tracks()[0].clips()[0].sampleFrames());
    }

    @Test
    void blockSizeDoesNotChangeTheOutput() throws Exception {
        FakeSamples s = new FakeSamples().put("sine.wav", FakeSamples.sine(440, 0.5, 30_000));
        Project p = Project.empty("t", 100).addTrack(Track.named("T")
                .withEq(org.studiopaths.model.Eq.FLAT.withMid(new org.studiopaths.model.Eq.Band(440, 6, 1)).withHighPassHz(100))
                .addClip(Clip.of("sine.wav", 1, 1)));
        RenderPlan plan = FakeSamples.compiler(s).compile(p);
        float[][] whole = OfflineRenderer.render(plan);
        BlockRenderer r = new BlockRenderer(512);
        r.jumpTo(plan);
        float[] l = new float[333];
        float[] rr = new float[333];
        for (int pos = 0; pos < 20_000; pos += 333) {
            r.render(plan, pos, l, rr, 333);
            for (int i = 0; i < 333; i++) {
                assertEquals(whole[0][pos + i], l[i], 1e-6, "frame " + (pos + i));
            }
        }
    }

    @Test
    void aFaderMoveRampsAcrossOneBlockWithoutAJump() throws Exception {
        FakeSamples s = new FakeSamples().put("dc.wav", filled(1f, 100_000));
        Project loud = Project.empty("t", 100).addTrack(Track.named("T").withPan(-1).addClip(Clip.of("dc.wav", 1, 1)));
        PlanCompiler c = FakeSamples.compiler(s);
        RenderPlan a = c.compile(loud);
        RenderPlan b = c.compile(loud.updateTrack(0, t -> t.withGainDb(-20)));
        BlockRenderer r = new BlockRenderer(512);
        r.jumpTo(a);
        float[] l = new float[512];
        float[] rr = new float[512];
        r.render(a, 0, l, rr, 512);
        assertEquals(1f, l[511], 1e-6);
        r.render(b, 512, l, rr, 512);
        float largestStep = 0;
        for (int i = 1; i < 512; i++) {
            largestStep = Math.max(largestStep, Math.abs(l[i] - l[i - 1]));
        }
        assertTrue(largestStep < 0.002f, "the move is spread over the block, largest step " + largestStep);
        assertEquals(0.1f, l[511], 1e-5, "-20 dB reached by the end of the block");
    }

    private static float[] filled(float v, int n) {
        float[] x = new float[n];
        java.util.Arrays.fill(x, v);
        return x;
    }
}
