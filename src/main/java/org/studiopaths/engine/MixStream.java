package org.studiopaths.engine;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A whole-song render handed out in order, a few frames at a time, so that a writer can encode it as it comes
 * instead of holding the song in memory first (the {@code render} command writes a 3-minute mix without the
 * 63 MB of floats). The same bytes as {@link OfflineRenderer#render(RenderPlan)}: the tracks are rendered on
 * all cores, chunk by chunk ({@link ParallelMixdown}).
 *
 * <p>The render runs ahead of the reader on its own thread, a few chunks at most, so that encoding and writing
 * one chunk overlaps rendering the next. A failure in the render is thrown by {@link #read}. Close the stream to
 * stop its threads.
 */
public final class MixStream implements AutoCloseable {

    /** Chunks rendered ahead of the reader, at most: enough to cover one chunk's encode and write. */
    private static final int AHEAD = 2;

    private record Chunk(float[] left, float[] right, int frames, RuntimeException failure) {
    }

    private final ParallelMixdown mix;
    private final long end;
    private final BlockingQueue<Chunk> ready = new ArrayBlockingQueue<>(AHEAD + 1);
    private final BlockingQueue<Chunk> free = new ArrayBlockingQueue<>(AHEAD + 1);
    private final Thread renderer;
    private Chunk current;
    private int read;
    private long handedOut;

    /** The plan's song from its first frame, on up to {@code threads} threads. */
    public MixStream(RenderPlan plan, int threads) {
        end = plan.totalFrames();
        mix = new ParallelMixdown(plan, end, threads);
        for (int i = 0; i <= AHEAD; i++) {
            free.add(new Chunk(new float[mix.chunk()], new float[mix.chunk()], 0, null));
        }
        renderer = new Thread(this::renderAhead, "studio-paths-mix-ahead");
        renderer.setDaemon(true);
        renderer.start();
    }

    /** The song's length in frames. */
    public long frames() {
        return end;
    }

    /** Copies the next {@code n} frames into the start of {@code outLeft}/{@code outRight}. */
    public void read(float[] outLeft, float[] outRight, int n) {
        if (handedOut + n > end) {
            throw new IllegalStateException("read past the song's end (" + end + " frames)");
        }
        for (int done = 0; done < n; ) {
            if (current == null || read == current.frames()) {
                next();
            }
            int count = Math.min(n - done, current.frames() - read);
            System.arraycopy(current.left(), read, outLeft, done, count);
            System.arraycopy(current.right(), read, outRight, done, count);
            read += count;
            done += count;
        }
        handedOut += n;
    }

    private void next() {
        if (current != null) {
            free.add(current);
        }
        try {
            current = ready.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("render interrupted", e);
        }
        read = 0;
        if (current.failure() != null) {
            throw current.failure();
        }
    }

    /** The render thread: chunk after chunk into free buffers, until the song ends or the stream is closed. */
    private void renderAhead() {
        try {
            for (long next = 0; next < end; ) {
                Chunk buffers = free.take();
                int frames = (int) Math.min(mix.chunk(), end - next);
                mix.renderChunk(next, frames, buffers.left(), buffers.right(), 0);
                ready.put(new Chunk(buffers.left(), buffers.right(), frames, null));
                next += frames;
            }
        } catch (InterruptedException e) {
            // closed: stop quietly
        } catch (RuntimeException | Error e) { // handed to the reader, which would otherwise wait forever
            RuntimeException failure = e instanceof RuntimeException r ? r
                    : new IllegalStateException("the render failed: " + e, e);
            ready.offer(new Chunk(null, null, 0, failure));
        }
    }

    @Override
    public void close() {
        renderer.interrupt();
        try {
            renderer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        mix.close();
    }
}
