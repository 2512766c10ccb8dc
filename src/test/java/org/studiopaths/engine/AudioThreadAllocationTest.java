package org.studiopaths.engine;

import org.junit.jupiter.api.Test;
import org.studiopaths.model.Clip;
import org.studiopaths.model.Eq;
import org.studiopaths.model.Project;
import org.studiopaths.model.Track;

import java.lang.management.ManagementFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The audio thread allocates nothing: rendering 512-frame blocks of a 16-track project, with faders, pans and EQ
 * moving between blocks (new plans swapped in, coefficients recomputed, gains ramped), a seek and a tap, adds
 * zero bytes to the thread's allocation counter. The counter is exact, so this is not a timed test.
 */
class AudioThreadAllocationTest {

    private static final int BLOCK = 512;

    @Test
    void renderingBlocksAllocatesNothing() throws Exception {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assertTrue(threads.isThreadAllocatedMemorySupported(), "this JVM counts allocated bytes per thread");
        threads.setThreadAllocatedMemoryEnabled(true);

        RenderPlan[] plans = plans();
        BlockRenderer renderer = new BlockRenderer(BLOCK);
        float[] sums = new float[Project.MAX_TRACKS];
        renderer.setTrackTap((track, left, right, frames) -> sums[track] += left[frames - 1]);
        float[] left = new float[BLOCK];
        float[] right = new float[BLOCK];
        renderer.jumpTo(plans[0]);

        play(renderer, plans, left, right, 20_000); // warm up: the JIT compiles the render path
        long id = Thread.currentThread().getId();
        long emptyMeasure = measure(threads, id, () -> { });
        long bytes = measure(threads, id, () -> play(renderer, plans, left, right, 5_000)) - emptyMeasure;

        assertTrue(left[0] != 0 || right[0] != 0 || sums[0] != 0, "the blocks held sound");
        assertEquals(0, bytes, "bytes allocated while rendering 5,000 blocks of 16 tracks");
    }

    private static long measure(com.sun.management.ThreadMXBean threads, long id, Runnable work) {
        long before = threads.getThreadAllocatedBytes(id);
        work.run();
        return threads.getThreadAllocatedBytes(id) - before;
    }

    /** Renders blocks, moving to the next plan every 7 blocks and seeking every 1,000, as a user's edits would. */
    private static void play(BlockRenderer renderer, RenderPlan[] plans, float[] left, float[] right, int blocks) {
        long frame = 0;
        for (int b = 0; b < blocks; b++) {
            RenderPlan plan = plans[(b / 7) % plans.length];
            if (b % 1000 == 999) {
                frame = 0;
                renderer.resetFilters();
            }
            renderer.render(plan, frame, left, right, BLOCK);
            frame = (frame + BLOCK) % plan.totalFrames();
        }
    }

    /** Four versions of a 16-track project: fader, pan, EQ, mute and solo changes between them. */
    private static RenderPlan[] plans() throws RenderException {
        FakeSamples s = new FakeSamples()
                .put("mono.wav", FakeSamples.sine(220, 0.3, 44_100))
                .put("stereo.wav", FakeSamples.sine(330, 0.3, 30_000), FakeSamples.sine(440, 0.3, 30_000));
        PlanCompiler compiler = FakeSamples.compiler(s);
        Project p = Project.empty("t", 120);
        for (int t = 0; t < 16; t++) {
            Eq eq = new Eq(t % 2 == 0 ? 60 : 0, new Eq.Band(100, 2, 1), new Eq.Band(1000, -3, 1.4),
                    new Eq.Band(8000, 1.5, 1));
            p = p.addTrack(Track.named("T" + t).withGainDb(-6).withPan((t - 8) / 8.0).withEq(eq)
                    .addClip(Clip.of(t % 4 == 0 ? "stereo.wav" : "mono.wav", 1, 8)));
        }
        Project moved = p.updateTrack(3, t -> t.withGainDb(-12).withPan(0.9))
                .updateTrack(5, t -> t.withEq(t.eq().withMid(new Eq.Band(2500, 6, 3))));
        Project muted = moved.updateTrack(7, t -> t.withMute(true));
        Project soloed = muted.updateTrack(2, t -> t.withSolo(true));
        return new RenderPlan[] {compiler.compile(p), compiler.compile(moved), compiler.compile(muted),
                compiler.compile(soloed)};
    }
}
