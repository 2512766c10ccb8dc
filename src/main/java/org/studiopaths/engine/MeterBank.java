package org.studiopaths.engine;

import org.studiopaths.model.Project;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The meters' side of the audio thread: it receives every track's block and the output block (as a
 * {@link TrackTap} and an {@link OutputTap}) and keeps, per track and per channel, the peak and the sum of
 * squares since the UI last read them; it also copies the output (and a mono "focus" signal for the spectrum)
 * into rings the UI drains for loudness, true peak and spectrum.
 *
 * <p>Lock-free and allocation-free: levels are accumulated with compare-and-set on {@link AtomicLongArray}s
 * (a peak is kept as the bits of a non-negative double, whose order as longs is its order as numbers; a sum
 * and its frame count share one long so they are taken together), and the rings are single-writer,
 * single-reader with a volatile write count. A reader that falls more than a ring behind skips to the newest
 * audio. Levels are read with {@link #takeLevels}; the rings with {@link #drainOutput} and {@link #drainFocus}.
 */
public final class MeterBank implements TrackTap, OutputTap {

    /** The index of the output (after the master fader) in {@link #takeLevels}. */
    public static final int OUTPUT = Project.MAX_TRACKS;
    /** The focus is the output rather than a track. */
    public static final int FOCUS_OUTPUT = -1;
    /** Frames each ring holds (1.5 s at 44.1 kHz). */
    public static final int RING = 1 << 16;
    private static final int MASK = RING - 1;

    private static final int SLOTS = (Project.MAX_TRACKS + 1) * 2;

    private final AtomicLongArray peakBits = new AtomicLongArray(SLOTS);
    /** High 32 bits: the float bits of the sum of squares; low 32 bits: the frames summed. */
    private final AtomicLongArray sums = new AtomicLongArray(SLOTS);

    private final float[] outLeft = new float[RING];
    private final float[] outRight = new float[RING];
    private volatile long outWritten;
    private long outRead;

    private final float[] focus = new float[RING];
    private volatile long focusWritten;
    private long focusRead;
    private volatile int focusSource = FOCUS_OUTPUT;

    /** Which signal the focus ring carries: a track index or {@link #FOCUS_OUTPUT}. */
    public void setFocus(int trackOrOutput) {
        focusSource = trackOrOutput;
    }

    public int focus() {
        return focusSource;
    }

    // ---- the audio thread ----------------------------------------------------------------------------

    @Override
    public void trackBlock(int track, float[] left, float[] right, int frames) {
        if (track < 0 || track >= Project.MAX_TRACKS) {
            return;
        }
        accumulate(track * 2, left, frames);
        accumulate(track * 2 + 1, right, frames);
        if (focusSource == track) {
            writeFocus(left, right, frames);
        }
    }

    @Override
    public void outputBlock(float[] left, float[] right, int frames) {
        accumulate(OUTPUT * 2, left, frames);
        accumulate(OUTPUT * 2 + 1, right, frames);
        long w = outWritten;
        for (int i = 0; i < frames; i++) {
            int at = (int) ((w + i) & MASK);
            outLeft[at] = left[i];
            outRight[at] = right[i];
        }
        outWritten = w + frames;
        if (focusSource == FOCUS_OUTPUT) {
            writeFocus(left, right, frames);
        }
    }

    private void accumulate(int slot, float[] x, int frames) {
        double peak = 0;
        double sum = 0;
        for (int i = 0; i < frames; i++) {
            double v = x[i];
            double a = Math.abs(v);
            if (a > peak) {
                peak = a;
            }
            sum += v * v;
        }
        peakBits.accumulateAndGet(slot, Double.doubleToRawLongBits(peak), Math::max);
        sums.accumulateAndGet(slot, pack((float) sum, frames), MeterBank::addPacked);
    }

    private void writeFocus(float[] left, float[] right, int frames) {
        long w = focusWritten;
        for (int i = 0; i < frames; i++) {
            focus[(int) ((w + i) & MASK)] = 0.5f * (left[i] + right[i]);
        }
        focusWritten = w + frames;
    }

    private static long pack(float sum, long frames) {
        return ((long) Float.floatToRawIntBits(sum) << 32) | (frames & 0xFFFF_FFFFL);
    }

    private static long addPacked(long a, long b) {
        float sum = Float.intBitsToFloat((int) (a >>> 32)) + Float.intBitsToFloat((int) (b >>> 32));
        long frames = Math.min(0xFFFF_FFFFL, (a & 0xFFFF_FFFFL) + (b & 0xFFFF_FFFFL));
        return pack(sum, frames);
    }

    // ---- the reader (the UI) -----------------------------------------------------------------------

    /**
     * Takes what was measured since the last call for a track (or {@link #OUTPUT}) and a channel (0 left,
     * 1 right), resetting it, into {@code out}: peak (linear), sum of squares, frames.
     */
    public void takeLevels(int track, int channel, double[] out) {
        int slot = track * 2 + channel;
        out[0] = Double.longBitsToDouble(peakBits.getAndSet(slot, 0));
        long packed = sums.getAndSet(slot, 0);
        out[1] = Float.intBitsToFloat((int) (packed >>> 32));
        out[2] = packed & 0xFFFF_FFFFL;
    }

    /** Copies the output written since the last drain into the arrays (up to their length); returns frames. */
    public int drainOutput(float[] left, float[] right) {
        long w = outWritten;
        long r = Math.max(outRead, w - RING);
        int n = (int) Math.min(w - r, Math.min(left.length, right.length));
        for (int i = 0; i < n; i++) {
            int at = (int) ((r + i) & MASK);
            left[i] = outLeft[at];
            right[i] = outRight[at];
        }
        outRead = r + n;
        return n;
    }

    /** Copies the focus signal written since the last drain into {@code mono}; returns frames. */
    public int drainFocus(float[] mono) {
        long w = focusWritten;
        long r = Math.max(focusRead, w - RING);
        int n = (int) Math.min(w - r, mono.length);
        for (int i = 0; i < n; i++) {
            mono[i] = focus[(int) ((r + i) & MASK)];
        }
        focusRead = r + n;
        return n;
    }
}
