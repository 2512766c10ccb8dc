package org.studiopaths.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * An offline render that uses several cores and gives the same bytes as {@link BlockRenderer} whatever the
 * thread count. The song is cut into chunks; in each chunk every track is rendered by its own
 * {@link TrackStrip} into its own buffer, block by block at the same block boundaries as the sequential render
 * ({@link OfflineRenderer#BLOCK} from the first frame), on any thread; then each block of the mix is summed in
 * track order and the master gain applied, exactly as {@link BlockRenderer#render} does.
 */
final class ParallelMixdown implements AutoCloseable {

    /** Frames per chunk: 16 blocks, so 64 tracks hold 32 MB of track buffers. */
    static final int CHUNK = 16 * OfflineRenderer.BLOCK;

    private final RenderPlan plan;
    private final TrackPlan[] tracks;
    private final TrackStrip[] strips;
    private final float[][] bufLeft;
    private final float[][] bufRight;
    /** heard[t][b]: track t sounded in block b of the current chunk. */
    private final boolean[][] heard;
    private final int chunk;
    private final int workers;
    /** Null when one thread (the caller's) does everything. */
    private final ExecutorService pool;

    /** A mixdown of up to {@code frames} frames on at most {@code threads} threads; close it when done. */
    ParallelMixdown(RenderPlan plan, long frames, int threads) {
        this.plan = plan;
        chunk = (int) Math.max(OfflineRenderer.BLOCK, Math.min(CHUNK, roundUpToBlock(frames)));
        tracks = plan.tracks();
        strips = new TrackStrip[tracks.length];
        bufLeft = new float[tracks.length][chunk];
        bufRight = new float[tracks.length][chunk];
        heard = new boolean[tracks.length][chunk / OfflineRenderer.BLOCK];
        for (int t = 0; t < tracks.length; t++) {
            strips[t] = new TrackStrip(OfflineRenderer.BLOCK);
            strips[t].jumpTo(tracks[t]);
        }
        workers = Math.max(1, Math.min(threads, tracks.length));
        pool = workers == 1 ? null : Executors.newFixedThreadPool(workers, r -> {
            Thread th = new Thread(r, "studio-paths-mixdown");
            th.setDaemon(true);
            return th;
        });
    }

    /** Renders frames [from, from + frames) with up to {@code threads} threads: {left, right}. */
    static float[][] render(RenderPlan plan, long from, int frames, int threads) {
        float[] left = new float[frames];
        float[] right = new float[frames];
        try (ParallelMixdown mix = new ParallelMixdown(plan, frames, threads)) {
            for (int done = 0; done < frames; done += mix.chunk) {
                mix.renderChunk(from + done, Math.min(mix.chunk, frames - done), left, right, done);
            }
        }
        return new float[][] {left, right};
    }

    /** The most frames one {@link #renderChunk} takes. */
    int chunk() {
        return chunk;
    }

    /**
     * Renders frames [start, start + n) (n at most {@link #chunk()}) into {@code left}/{@code right} at
     * {@code at}. Chunks must come in order, each starting where the last ended, from a block boundary.
     */
    void renderChunk(long start, int n, float[] left, float[] right, int at) {
        if (pool == null) {
            for (int t = 0; t < tracks.length; t++) {
                renderTrack(t, start, n);
            }
            sum(left, right, at, 0, n);
            return;
        }
        List<Callable<Void>> work = new ArrayList<>();
        for (int t = 0; t < tracks.length; t++) {
            int track = t;
            work.add(() -> {
                renderTrack(track, start, n);
                return null;
            });
        }
        runAll(pool, work);
        work.clear();
        // The sum is cut by blocks, never by tracks, so every frame adds its tracks in order.
        int blocks = (n + OfflineRenderer.BLOCK - 1) / OfflineRenderer.BLOCK;
        int per = (blocks + workers - 1) / workers;
        for (int b = 0; b < blocks; b += per) {
            int first = b * OfflineRenderer.BLOCK;
            int last = Math.min(n, (b + per) * OfflineRenderer.BLOCK);
            work.add(() -> {
                sum(left, right, at, first, last - first);
                return null;
            });
        }
        runAll(pool, work);
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    private static long roundUpToBlock(long frames) {
        return (frames + OfflineRenderer.BLOCK - 1) / OfflineRenderer.BLOCK * OfflineRenderer.BLOCK;
    }

    private static void runAll(ExecutorService pool, List<Callable<Void>> work) {
        try {
            for (Future<Void> f : pool.invokeAll(work)) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("render interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Renders track t's part of the chunk [start, start + n), block by block. */
    private void renderTrack(int t, long start, int n) {
        for (int b = 0, off = 0; off < n; b++, off += OfflineRenderer.BLOCK) {
            int len = Math.min(OfflineRenderer.BLOCK, n - off);
            heard[t][b] = strips[t].render(tracks[t], plan.sampleRate(), start + off, bufLeft[t], bufRight[t], off,
                    len);
        }
    }

    /** Mixes chunk frames [first, first + n) (whole blocks) into out at {@code at + first}. */
    private void sum(float[] left, float[] right, int at, int first, int n) {
        float master = plan.masterGain();
        for (int off = first; off < first + n; off += OfflineRenderer.BLOCK) {
            int len = Math.min(OfflineRenderer.BLOCK, first + n - off);
            int b = off / OfflineRenderer.BLOCK;
            Arrays.fill(left, at + off, at + off + len, 0f);
            Arrays.fill(right, at + off, at + off + len, 0f);
            for (int t = 0; t < tracks.length; t++) {
                if (heard[t][b]) {
                    BlockRenderer.addInto(left, right, at + off, bufLeft[t], bufRight[t], off, len);
                }
            }
            // An offline render starts at the plan's master gain, so every block "ramps" from it to itself.
            BlockRenderer.applyGain(left, right, at + off, len, master, master);
        }
    }
}
