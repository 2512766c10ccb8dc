package org.studiopaths.dsp;

/**
 * True peak after ITU-R BS.1770-4 Annex 2: the signal is oversampled 4× and the largest absolute
 * value of the oversampled signal is kept. Streaming, mono or stereo, allocation-free after
 * construction.
 *
 * <p>The interpolator is a Kaiser-windowed sinc (β = 6) of 16 taps per phase, each phase scaled to
 * unity gain at DC. Phase 0 is the original samples themselves, so the reading is never below the
 * sample peak. Interpolated values are delayed by 8 samples, so the last 8 frames accepted are only
 * counted by their samples until more audio arrives.
 */
public final class TruePeakMeter {

    private static final int FACTOR = 4;
    private static final int TAPS = 16;
    private static final double KAISER_BETA = 6.0;

    /** coefficients[p - 1][j] multiplies the j-th oldest of the last TAPS samples, for phase p = 1..3. */
    private static final double[][] COEFFICIENTS = design();
    private static final double[] PHASE_1 = COEFFICIENTS[0];
    private static final double[] PHASE_2 = COEFFICIENTS[1];
    private static final double[] PHASE_3 = COEFFICIENTS[2];
    /** The largest sum of absolute coefficients of any phase: no output exceeds the input by more. */
    private static final double MAX_GAIN = maxGain();
    /** Frames checked at a time for whether they could raise the peak; at least TAPS. */
    private static final int CHUNK = 64;

    private final int channels;
    /** Per channel the last TAPS samples, stored twice so a window is always contiguous. */
    private final double[][] history;
    private int pos;
    private double peak;
    private double previousChunkMax;

    /** @param channels 1 (mono) or 2 (stereo) */
    public TruePeakMeter(int channels) {
        if (channels != 1 && channels != 2) {
            throw new IllegalArgumentException("true peak is measured on 1 or 2 channels, not " + channels);
        }
        this.channels = channels;
        this.history = new double[channels][2 * TAPS];
    }

    private static double[][] design() {
        double[][] c = new double[FACTOR - 1][TAPS];
        double half = TAPS / 2.0;
        for (int p = 1; p < FACTOR; p++) {
            double sum = 0;
            for (int j = 0; j < TAPS; j++) {
                // Sample j (oldest first) sits at time j; the phase interpolates at time half - 1 + p/4.
                double t = j - (half - 1 + (double) p / FACTOR);
                double v = sinc(t) * kaiser(t / half);
                c[p - 1][j] = v;
                sum += v;
            }
            for (int j = 0; j < TAPS; j++) {
                c[p - 1][j] /= sum;
            }
        }
        return c;
    }

    private static double maxGain() {
        double max = 1;
        for (double[] phase : COEFFICIENTS) {
            double sum = 0;
            for (double v : phase) {
                sum += Math.abs(v);
            }
            max = Math.max(max, sum);
        }
        return max;
    }

    private static double sinc(double t) {
        return t == 0 ? 1 : Math.sin(Math.PI * t) / (Math.PI * t);
    }

    private static double kaiser(double u) {
        double r = 1 - u * u;
        return r <= 0 ? 0 : besselI0(KAISER_BETA * Math.sqrt(r)) / besselI0(KAISER_BETA);
    }

    private static double besselI0(double x) {
        double sum = 1;
        double term = 1;
        for (int k = 1; k < 50; k++) {
            term *= (x / (2 * k)) * (x / (2 * k));
            sum += term;
        }
        return sum;
    }

    /** Measures the next {@code frames} frames; for a mono meter {@code right} is ignored. */
    public void accept(float[] left, float[] right, int frames) {
        for (int from = 0; from < frames; from += CHUNK) {
            int to = Math.min(frames, from + CHUNK);
            double chunkMax = maxAbs(left, from, to);
            if (channels == 2) {
                chunkMax = Math.max(chunkMax, maxAbs(right, from, to));
            }
            // Each interpolated value is a weighted sum of the last TAPS samples, which lie in this
            // chunk or the one before; if even the worst case cannot beat the peak, skip the filter.
            boolean mayRaisePeak = Math.max(chunkMax, previousChunkMax) * MAX_GAIN > peak;
            previousChunkMax = chunkMax;
            for (int i = from; i < to; i++) {
                int p = pos;
                push(history[0], p, left[i], mayRaisePeak);
                if (channels == 2) {
                    push(history[1], p, right[i], mayRaisePeak);
                }
                pos = p + 1 == TAPS ? 0 : p + 1;
            }
        }
    }

    private static double maxAbs(float[] x, int from, int to) {
        double max = 0;
        for (int i = from; i < to; i++) {
            max = Math.max(max, Math.abs(x[i]));
        }
        return max;
    }

    private void push(double[] h, int pos, float sample, boolean interpolate) {
        h[pos] = sample;
        h[pos + TAPS] = sample;
        if (!interpolate) {
            return;
        }
        // The three phases in one pass: three independent sums run side by side in the CPU.
        double y1 = 0, y2 = 0, y3 = 0;
        for (int j = 0, at = pos + 1; j < TAPS; j++, at++) {
            double v = h[at];
            y1 += v * PHASE_1[j];
            y2 += v * PHASE_2[j];
            y3 += v * PHASE_3[j];
        }
        double max = Math.max(Math.max(Math.abs(sample), Math.abs(y1)), Math.max(Math.abs(y2), Math.abs(y3)));
        if (max > peak) {
            peak = max;
        }
    }

    /** The largest absolute value of the oversampled signal so far, 1.0 being full scale. */
    public double truePeak() {
        return peak;
    }

    /** {@link #truePeak()} in dBTP; {@link MeterScale#FLOOR_DB} for silence. */
    public double truePeakDbtp() {
        return MeterScale.amplitudeDb(peak);
    }

    /** Forgets everything measured. */
    public void reset() {
        for (double[] h : history) {
            java.util.Arrays.fill(h, 0);
        }
        pos = 0;
        peak = 0;
        previousChunkMax = 0;
    }
}
