package org.studiopaths.engine;

/**
 * A whole-song render handed out in order, a few frames at a time, so that a writer can encode it as it comes
 * instead of holding the song in memory first (the {@code render} command writes a 3-minute mix without the
 * 63 MB of floats). The same bytes as {@link OfflineRenderer#render(RenderPlan)}: the tracks are rendered on
 * all cores, chunk by chunk ({@link ParallelMixdown}). Close it to stop its threads.
 */
public final class MixStream implements AutoCloseable {

    private final ParallelMixdown mix;
    private final long end;
    private final float[] left;
    private final float[] right;
    private long next;
    private int filled;
    private int read;

    /** The plan's song from its first frame, on up to {@code threads} threads. */
    public MixStream(RenderPlan plan, int threads) {
        end = plan.totalFrames();
        mix = new ParallelMixdown(plan, end, threads);
        left = new float[mix.chunk()];
        right = new float[mix.chunk()];
    }

    /** The song's length in frames. */
    public long frames() {
        return end;
    }

    /** Copies the next {@code n} frames into the start of {@code outLeft}/{@code outRight}. */
    public void read(float[] outLeft, float[] outRight, int n) {
        for (int done = 0; done < n; ) {
            if (read == filled) {
                if (next >= end) {
                    throw new IllegalStateException("read past the song's end (" + end + " frames)");
                }
                filled = (int) Math.min(left.length, end - next);
                mix.renderChunk(next, filled, left, right, 0);
                next += filled;
                read = 0;
            }
            int count = Math.min(n - done, filled - read);
            System.arraycopy(left, read, outLeft, done, count);
            System.arraycopy(right, read, outRight, done, count);
            read += count;
            done += count;
        }
    }

    @Override
    public void close() {
        mix.close();
    }
}
