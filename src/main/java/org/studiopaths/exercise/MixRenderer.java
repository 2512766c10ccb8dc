package org.studiopaths.exercise;

import org.studiopaths.engine.OfflineRenderer;
import org.studiopaths.engine.PlanCompiler;
import org.studiopaths.engine.RenderException;
import org.studiopaths.engine.RenderPlan;
import org.studiopaths.engine.TrackTap;
import org.studiopaths.model.Project;
import org.studiopaths.model.Track;

/** Renders a project through the one render path, keeping each track's stem (after fader and pan). */
final class MixRenderer {

    private MixRenderer() {
    }

    static RenderedMix render(PlanCompiler compiler, Project project) throws RenderException {
        RenderPlan plan = compiler.compile(project);
        long total = plan.totalFrames();
        if (total > Integer.MAX_VALUE - 8) {
            throw new RenderException("the song is too long to check (" + total + " frames)");
        }
        int frames = (int) total;
        int tracks = project.tracks().size();
        float[][][] stems = new float[tracks][2][frames];
        StemTap tap = new StemTap(stems);
        float[][] master = OfflineRenderer.render(plan, 0, frames, tap);
        return new RenderedMix(master, stems, project.tracks().stream().map(Track::name).toList(), plan.sampleRate());
    }

    /**
     * Copies each track's blocks into its stem. The offline renderer hands a track its blocks in order and a
     * track of a fixed plan is either heard in every block or in none, so a per-track write position suffices.
     */
    private static final class StemTap implements TrackTap {
        private final float[][][] stems;
        private final int[] written;

        StemTap(float[][][] stems) {
            this.stems = stems;
            this.written = new int[stems.length];
        }

        @Override
        public void trackBlock(int track, float[] left, float[] right, int frames) {
            int at = written[track];
            System.arraycopy(left, 0, stems[track][0], at, frames);
            System.arraycopy(right, 0, stems[track][1], at, frames);
            written[track] = at + frames;
        }
    }
}
