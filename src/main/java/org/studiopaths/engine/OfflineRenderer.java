package org.studiopaths.engine;

/**
 * Renders a whole plan (or a range of it) to memory, starting at the plan's values so nothing fades in. Used by
 * export, {@code render}, analysis and scoring. Without a tap the tracks are rendered on all cores
 * ({@link ParallelMixdown}); with one, block by block through the {@link BlockRenderer} on the caller's thread,
 * since a tap hears tracks in order on the rendering thread. Both give the same bytes.
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
        int frames = frames(from, to);
        if (tap == null) {
            return ParallelMixdown.render(plan, from, frames, Runtime.getRuntime().availableProcessors());
        }
        return renderBlocks(plan, from, frames, tap);
    }

    /** Frames [from, to) on at most {@code threads} threads; the same bytes for any count. */
    public static float[][] render(RenderPlan plan, long from, long to, int threads) {
        return ParallelMixdown.render(plan, from, frames(from, to), threads);
    }

    private static int frames(long from, long to) {
        long length = Math.max(0, to - from);
        if (length > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a render of " + length + " frames is too long to hold in memory");
        }
        return (int) length;
    }

    /** The sequential render: one {@link BlockRenderer}, block after block. */
    static float[][] renderBlocks(RenderPlan plan, long from, int frames, TrackTap tap) {
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
