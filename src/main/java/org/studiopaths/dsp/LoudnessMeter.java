package org.studiopaths.dsp;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * Loudness after ITU-R BS.1770-4 with the gating of EBU R 128, and loudness range after EBU Tech 3342,
 * measured as audio streams through {@link #accept}. Mono or stereo, any sample rate; a mono signal
 * counts as one channel (so it reads 3 LU lower than the same signal on both stereo channels).
 *
 * <p>The signal is K-weighted and cut into 100 ms sub-blocks. The last 4 make the momentary
 * loudness (400 ms), the last 30 the short-term loudness (3 s). Every 100 ms a 400 ms block goes into
 * the integrated-loudness histogram and, once 3 s have passed, a 3 s block into the loudness-range
 * histogram, so memory stays fixed however long the signal is. Nothing is allocated after
 * construction.
 *
 * <p>Levels are never NaN: {@link #integratedLufs()} is empty when nothing passes the absolute gate,
 * and the live readings are {@link MeterScale#FLOOR_DB} (-200) for silence or before 400 ms / 3 s
 * of audio have arrived.
 *
 * <p>{@link #accept} and {@link #reset} belong to one thread. The live readings
 * ({@link #momentaryLufs()}, {@link #shortTermLufs()}) may be read from any thread; the gated ones
 * ({@link #integratedLufs()}, {@link #loudnessRangeLu()}) only from the thread that feeds the meter.
 */
public final class LoudnessMeter {

    private static final int SUB_BLOCKS_PER_SECOND = 10;
    private static final int MOMENTARY_SUB_BLOCKS = 4;
    private static final int SHORT_TERM_SUB_BLOCKS = 30;
    private static final double INTEGRATED_RELATIVE_GATE_LU = -10;
    private static final double RANGE_RELATIVE_GATE_LU = -20;

    private final int sampleRate;
    private final int channels;
    private final KWeighting left;
    private final KWeighting right;

    /** Sum over channels of the weighted squares, and frame count, of the last sub-blocks (a ring). */
    private final double[] subBlockSums = new double[SHORT_TERM_SUB_BLOCKS];
    private final int[] subBlockFrames = new int[SHORT_TERM_SUB_BLOCKS];
    private int ringPos;
    private long subBlocksDone;

    private double currentSum;
    private long framesDone;
    private long currentEnd;

    private final LoudnessHistogram momentaryBlocks = new LoudnessHistogram();
    private final LoudnessHistogram shortTermBlocks = new LoudnessHistogram();

    private volatile double momentaryLufs = MeterScale.FLOOR_DB;
    private volatile double shortTermLufs = MeterScale.FLOOR_DB;

    /**
     * @param sampleRate frames per second, positive
     * @param channels 1 (mono) or 2 (stereo)
     */
    public LoudnessMeter(int sampleRate, int channels) {
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("sample rate must be positive, not " + sampleRate);
        }
        if (channels != 1 && channels != 2) {
            throw new IllegalArgumentException("loudness is measured on 1 or 2 channels, not " + channels);
        }
        this.sampleRate = sampleRate;
        this.channels = channels;
        this.left = new KWeighting(sampleRate);
        this.right = channels == 2 ? new KWeighting(sampleRate) : null;
        reset();
    }

    /**
     * Measures the next {@code frames} frames. For a mono meter {@code right} is ignored (it may be
     * {@code left} itself or null).
     */
    public void accept(float[] left, float[] right, int frames) {
        int done = 0;
        while (done < frames) {
            int n = (int) Math.min(frames - done, currentEnd - framesDone);
            currentSum += this.left.sumOfSquares(left, done, n);
            if (channels == 2) {
                currentSum += this.right.sumOfSquares(right, done, n);
            }
            done += n;
            framesDone += n;
            if (framesDone == currentEnd) {
                closeSubBlock();
            }
        }
    }

    private void closeSubBlock() {
        long start = subBlocksDone == 0 ? 0 : subBlockEnd(subBlocksDone - 1);
        subBlockSums[ringPos] = currentSum;
        subBlockFrames[ringPos] = (int) (currentEnd - start);
        ringPos = (ringPos + 1) % SHORT_TERM_SUB_BLOCKS;
        subBlocksDone++;
        currentSum = 0;
        currentEnd = subBlockEnd(subBlocksDone);

        if (subBlocksDone >= MOMENTARY_SUB_BLOCKS) {
            double power = meanPowerOfLast(MOMENTARY_SUB_BLOCKS);
            momentaryBlocks.add(power);
            momentaryLufs = live(power);
        }
        if (subBlocksDone >= SHORT_TERM_SUB_BLOCKS) {
            double power = meanPowerOfLast(SHORT_TERM_SUB_BLOCKS);
            shortTermBlocks.add(power);
            shortTermLufs = live(power);
        }
    }

    /** The frame where sub-block {@code index} (from 0) ends; rounding keeps odd rates in step. */
    private long subBlockEnd(long index) {
        return ((index + 1) * sampleRate * 2 + SUB_BLOCKS_PER_SECOND) / (2L * SUB_BLOCKS_PER_SECOND);
    }

    private double meanPowerOfLast(int count) {
        double sum = 0;
        long frames = 0;
        for (int i = 1; i <= count; i++) {
            int at = (ringPos - i + SHORT_TERM_SUB_BLOCKS) % SHORT_TERM_SUB_BLOCKS;
            sum += subBlockSums[at];
            frames += subBlockFrames[at];
        }
        return sum / frames;
    }

    private static double live(double power) {
        return Math.max(MeterScale.FLOOR_DB, LoudnessHistogram.lufs(power));
    }

    /** Loudness of the last 400 ms in LUFS; {@link MeterScale#FLOOR_DB} for silence or before 400 ms. */
    public double momentaryLufs() {
        return momentaryLufs;
    }

    /** Loudness of the last 3 s in LUFS; {@link MeterScale#FLOOR_DB} for silence or before 3 s. */
    public double shortTermLufs() {
        return shortTermLufs;
    }

    /**
     * Integrated (programme) loudness in LUFS of everything accepted since construction or
     * {@link #reset()}: 400 ms blocks every 100 ms, gated at -70 LUFS and then 10 LU below their mean.
     * Empty when no block passes the absolute gate (silence, or less than 400 ms of audio).
     */
    public OptionalDouble integratedLufs() {
        return momentaryBlocks.gatedLoudness(INTEGRATED_RELATIVE_GATE_LU);
    }

    /**
     * Loudness range in LU (EBU Tech 3342): 3 s blocks every 100 ms, gated at -70 LUFS and then 20 LU
     * below their mean; the distance from the 10th to the 95th percentile. 0 when no block passes.
     */
    public double loudnessRangeLu() {
        return shortTermBlocks.range(RANGE_RELATIVE_GATE_LU);
    }

    /** Forgets everything measured, as if just constructed. */
    public void reset() {
        left.reset();
        if (right != null) {
            right.reset();
        }
        Arrays.fill(subBlockSums, 0);
        Arrays.fill(subBlockFrames, 0);
        ringPos = 0;
        subBlocksDone = 0;
        currentSum = 0;
        framesDone = 0;
        currentEnd = subBlockEnd(0);
        momentaryBlocks.clear();
        shortTermBlocks.clear();
        momentaryLufs = MeterScale.FLOOR_DB;
        shortTermLufs = MeterScale.FLOOR_DB;
    }
}
