package org.studiopaths.engine;

/**
 * Renders a whole plan (or a range of it) to memory through the {@link BlockRenderer}, starting at the
 * plan's values so nothing fades in. Used by export, {@code render}, analysis and scoring.
 */
public final class OfflineRenderer {

    public static final int BLOCK = 4096;

    private OfflineRenderer() {
    }

    /** The whole song, stereo: {left, right}. */
    public static float[][] render(RenderPlan plan) {
        return render(plan, 0, plan.totalFrames(), null);
    }

    /** Frames [from, to) of the song; {@code tap} (may be null) receives every track's blocks. */
    public static float[][] render(RenderPlan plan, long from, long to, TrackTap tap) {
        long length = Math.max(0, to - from);
        if (length > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a render of " + length + " frames is too long to hold in memory");
        }
        int frames = (int) length;
        float[] left = new float[frames];
        float[] right = new float[frames];
        BlockRenderer renderer = new BlockRenderer(BLOCK);
        renderer.setTrackTap(tap);
        renderer.jumpTo(plan);
        float[] bl = new float[BLOCK];
        float[] br = new float[BLOCK];
        for (int done = 0; done < frames; ) {
            int n = Math.min(BLOCK, frames - done);
            renderer.render(plan, from + done, bl, br, n);
            System.arraycopy(bl, 0, left, done, n);
            System.arraycopy(br, 0, right, done, n);
            done += n;
        }
        return new float[][] {left, right};
    }
}
