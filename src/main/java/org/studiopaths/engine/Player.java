package org.studiopaths.engine;

import org.studiopaths.audio.AudioData;
import org.studiopaths.audio.Pcm;

import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * Real-time playback: a dedicated audio thread renders blocks of the current {@link RenderPlan} through the
 * {@link BlockRenderer} and writes them to an {@link AudioLine}.
 *
 * <p>The audio thread allocates, locks, logs and does no I/O but the line write. Everything it reads from
 * other threads is a volatile field or an {@link AtomicReference} read once per block: a new plan (a fader
 * move, a mute) is heard from the next block, with gains ramped across it. Underruns are counted by watching
 * {@code available()} before each write, since Java Sound sends no event for them.
 */
public final class Player implements AutoCloseable {

    /** Frames per rendered block (11.6 ms at 44.1 kHz). */
    public static final int BLOCK = 512;
    /** The line buffer asked for (46 ms); {@link #lineBufferFrames()} says what the device gave. */
    public static final int REQUESTED_BUFFER = 2048;

    /** A loop range in frames; {@code end <= start} means no loop. */
    public record LoopRange(long start, long end) {
        public static final LoopRange OFF = new LoopRange(0, 0);

        public boolean on() {
            return end > start;
        }
    }

    private final AudioOutput output;
    private final AtomicReference<RenderPlan> plan = new AtomicReference<>();
    private final AtomicReference<LoopRange> loop = new AtomicReference<>(LoopRange.OFF);
    private final BlockRenderer renderer = new BlockRenderer(BLOCK);
    private final float[] left = new float[BLOCK];
    private final float[] right = new float[BLOCK];
    private final byte[] bytes = new byte[BLOCK * 4];

    private volatile boolean playing;
    private volatile boolean closed;
    private volatile long seekTo = -1;
    private volatile long stopAtFrame = Long.MAX_VALUE;
    private volatile long position;
    private volatile long heardPosition;
    private volatile int underruns;
    private volatile String fault;
    private volatile int clippedSamples;
    private volatile TrackTap trackTap;
    private volatile OutputTap outputTap;

    private AudioLine line;
    private Thread thread;

    public Player(AudioOutput output) {
        this.output = output;
    }

    /** Publishes a new plan; the audio thread picks it up at its next block. */
    public void setPlan(RenderPlan newPlan) {
        plan.set(newPlan);
    }

    public RenderPlan plan() {
        return plan.get();
    }

    /** Who hears each track's block while playing (null for nobody); taken up at the next block. */
    public void setTrackTap(TrackTap tap) {
        trackTap = tap;
    }

    /** Who hears each block sent to the device, after the master fader (null for nobody). */
    public void setOutputTap(OutputTap tap) {
        outputTap = tap;
    }

    /**
     * Starts playing from the current position, opening the output on first use.
     *
     * @throws AudioUnavailableException when there is no output device (the app then runs with playback off)
     */
    public synchronized void play() throws AudioUnavailableException {
        if (closed) {
            throw new IllegalStateException("player closed");
        }
        if (line == null) {
            line = output.open(AudioData.RENDER_RATE, REQUESTED_BUFFER);
            fault = null;
        }
        if (thread == null || !thread.isAlive()) {
            thread = new Thread(this::run, "studio-paths-audio");
            thread.setDaemon(true);
            thread.setPriority(Thread.MAX_PRIORITY);
            thread.start();
        }
        playing = true;
        LockSupport.unpark(thread);
    }

    public void stop() {
        playing = false;
    }

    public boolean isPlaying() {
        return playing;
    }

    /** Moves the play position (takes effect at the next block, or at once when stopped). */
    public void seek(long frame) {
        long f = Math.max(0, frame);
        if (playing) {
            seekTo = f;
        } else {
            position = f;
            heardPosition = f;
        }
    }

    public void setLoop(LoopRange range) {
        loop.set(range == null ? LoopRange.OFF : range);
    }

    public LoopRange loop() {
        return loop.get();
    }

    /** Playback stops by itself at this frame (default: the end of the song). */
    public void setStopAtFrame(long frame) {
        stopAtFrame = frame;
    }

    /** The frame being heard now: what was written minus what waits in the line's buffer. */
    public long positionFrame() {
        return heardPosition;
    }

    public int underruns() {
        return underruns;
    }

    /** Samples clamped at full scale on the way to the device since the player was made. */
    public int clippedSamples() {
        return clippedSamples;
    }

    /** Why playback stopped by itself (the device was lost), or null. */
    public String fault() {
        return fault;
    }

    /** The line buffer the device gave, in frames (0 before the first play). */
    public synchronized int lineBufferFrames() {
        return line == null ? 0 : line.bufferFrames();
    }

    private void run() {
        boolean started = false;
        while (!closed) {
            if (!playing) {
                if (started) {
                    line.stopAndFlush();
                    started = false;
                    heardPosition = position;
                }
                LockSupport.parkNanos(20_000_000L);
                continue;
            }
            RenderPlan p = plan.get();
            if (p == null) {
                // Play was pressed before the first compile finished (a song's stems still decoding): wait for it.
                LockSupport.parkNanos(5_000_000L);
                continue;
            }
            if (!started) {
                renderer.jumpTo(p); // a start from silence begins at the project's values, no fade-in
            }
            long pos = position;
            long seek = seekTo;
            if (seek >= 0) {
                seekTo = -1;
                pos = seek;
                renderer.resetFilters();
            }
            LoopRange range = loop.get();
            long end = range.on() ? range.end() : Math.min(p.totalFrames(), stopAtFrame);
            if (range.on() && (pos >= range.end() || pos < range.start())) {
                pos = range.start();
            }
            if (!range.on() && pos >= end) {
                playing = false;
                position = pos;
                if (started) {
                    line.drain();
                }
                heardPosition = pos;
                continue;
            }
            int n = (int) Math.min(BLOCK, end - pos);
            renderer.setTrackTap(trackTap);
            renderer.render(p, pos, left, right, n);
            OutputTap out = outputTap;
            if (out != null) {
                out.outputBlock(left, right, n);
            }
            clippedSamples += Pcm.encode16LE(left, right, n, bytes); // the conversion export uses too
            try {
                if (started && line.availableBytes() >= line.bufferFrames() * 4) {
                    underruns++;
                }
                line.write(bytes, 0, n * 4);
                if (!started) {
                    line.start();
                    started = true;
                }
            } catch (RuntimeException e) {
                fault = "The audio output stopped working: " + (e.getMessage() != null ? e.getMessage()
                        : e.getClass().getSimpleName()) + "; press Play to try again";
                playing = false;
                started = false;
                closeLineQuietly();
                return;
            }
            pos += n;
            if (range.on() && pos >= range.end()) {
                pos = range.start();
            }
            position = pos;
            int queued = Math.max(0, line.bufferFrames() - line.availableBytes() / 4);
            heardPosition = Math.max(0, pos - queued);
        }
    }

    private synchronized void closeLineQuietly() {
        if (line != null) {
            try {
                line.close();
            } catch (RuntimeException ignored) {
                // the device is already gone
            }
            line = null;
        }
    }

    @Override
    public void close() {
        closed = true;
        playing = false;
        Thread t = thread;
        if (t != null) {
            LockSupport.unpark(t);
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        closeLineQuietly();
    }
}
