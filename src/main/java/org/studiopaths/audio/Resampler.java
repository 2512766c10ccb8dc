package org.studiopaths.audio;

/**
 * Band-limited sample-rate conversion with a Kaiser-windowed sinc.
 *
 * <p>The low-pass is set by the lower of the two rates: flat (ripple under 0.001 dB) up to 90 % of its Nyquist
 * frequency and at least 80 dB down (designed for 90) from its Nyquist frequency on, so nothing audible is lost
 * and nothing folds back as aliasing. The kernel is tabulated once per conversion at {@value #TABLE_STEPS}
 * points per input sample and read with linear interpolation (error near -100 dB), which serves any pair of
 * rates, including ones with no small common ratio.
 */
public final class Resampler {

    /** Stopband attenuation the kernel is designed for, with margin over the 80 dB promised. */
    private static final double STOPBAND_DB = 90;
    /** The passband edge as a fraction of the lower Nyquist frequency; the stopband starts at that Nyquist. */
    private static final double PASSBAND_EDGE = 0.90;
    private static final int TABLE_STEPS = 512;

    private Resampler() {
    }

    /**
     * One channel from {@code fromRate} to {@code toRate}; the result has {@code round(in.length × to / from)}
     * samples, the first one at the same instant as the input's first. Outside the input is silence.
     */
    public static float[] resample(float[] in, int fromRate, int toRate) {
        if (fromRate <= 0 || toRate <= 0) {
            throw new IllegalArgumentException("rates must be positive: " + fromRate + " to " + toRate);
        }
        if (fromRate == toRate) {
            return in.clone();
        }
        int outLength = (int) ((2L * in.length * toRate + fromRate) / (2L * fromRate));
        float[] out = new float[outLength];
        Kernel k = new Kernel(fromRate, toRate);
        for (int j = 0; j < outLength; j++) {
            long position = (long) j * fromRate; // the output instant, in input samples × toRate
            int i0 = (int) (position / toRate);
            double frac = (position % toRate) / (double) toRate;
            out[j] = (float) (k.side(in, i0, -1, frac) + k.side(in, i0 + 1, +1, 1 - frac));
        }
        return out;
    }

    /** The windowed sinc, tabulated over its positive half in input-sample units. */
    private static final class Kernel {
        private final float[] table;
        private final int taps; // taps on each side

        Kernel(int fromRate, int toRate) {
            double lowNyquist = Math.min(fromRate, toRate) / 2.0;
            double cutoff = lowNyquist * (1 + PASSBAND_EDGE) / 2; // centre of the transition band, in Hz
            double transition = lowNyquist * (1 - PASSBAND_EDGE);
            double beta = 0.1102 * (STOPBAND_DB - 8.7);
            // Kaiser's length estimate, as a half-width in seconds, then in input samples.
            double halfSeconds = (STOPBAND_DB - 7.95) / (2 * 2.285 * 2 * Math.PI * transition);
            double halfWidth = halfSeconds * fromRate;
            taps = (int) Math.ceil(halfWidth) + 1;
            table = new float[taps * TABLE_STEPS + 2];
            double gain = 2 * cutoff / fromRate; // unity gain at DC
            double i0Beta = besselI0(beta);
            for (int t = 0; t < table.length; t++) {
                double u = t / (double) TABLE_STEPS;
                if (u >= halfWidth) {
                    break;
                }
                double x = gain * u;
                double sinc = x == 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
                double r = u / halfWidth;
                table[t] = (float) (gain * sinc * besselI0(beta * Math.sqrt(1 - r * r)) / i0Beta);
            }
        }

        /**
         * Sums one side of the kernel: input samples {@code start}, {@code start + dir}, ... at distances
         * {@code distance}, {@code distance + 1}, ... from the output instant. Every tap shares the same
         * interpolation weight, since the distances step by whole samples.
         */
        double side(float[] in, int start, int dir, double distance) {
            double pos = distance * TABLE_STEPS;
            int t = (int) pos;
            double w = pos - t;
            double sum = 0;
            for (int m = 0, i = start; m < taps; m++, i += dir, t += TABLE_STEPS) {
                if (i < 0 || i >= in.length) {
                    break; // each side walks away from the output instant, so it only leaves the input once
                }
                sum += in[i] * (table[t] + w * (table[t + 1] - table[t]));
            }
            return sum;
        }

        private static double besselI0(double x) {
            double sum = 1;
            double term = 1;
            for (int k = 1; term > 1e-12 * sum; k++) {
                term *= (x / (2 * k)) * (x / (2 * k));
                sum += term;
            }
            return sum;
        }
    }
}
