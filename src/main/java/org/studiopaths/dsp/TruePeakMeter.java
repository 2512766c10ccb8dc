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

    private final int channels;
    /** Per channel the last TAPS samples, stored twice so a window is always contiguous. */
    private final double[][] history;
    private int pos;
    private double peak;

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
        double max = peak;
        for (int i = 0; i < frames; i++) {
            int p = pos;
            max = push(history[0], p, left[i], max);
            if (channels == 2) {
                max = push(history[1], p, right[i], max);
            }
            pos = p + 1 == TAPS ? 0 : p + 1;
        }
        peak = max;
    }

    private static double push(double[] h, int pos, float sample, double max) {
        h[pos] = sample;
        h[pos + TAPS] = sample;
        double a = Math.abs(sample);
        if (a > max) {
            max = a;
        }
        int from = pos + 1;
        for (double[] c : COEFFICIENTS) {
            double y = 0;
            for (int j = 0; j < TAPS; j++) {
                y += h[from + j] * c[j];
            }
            y = Math.abs(y);
            if (y > max) {
                max = y;
            }
        }
        return max;
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
    }
}
