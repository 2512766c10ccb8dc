package org.studiopaths.dsp;

import be.tarsos.dsp.util.fft.FFT;
import be.tarsos.dsp.util.fft.HannWindow;

/**
 * Levels of the ten octave bands from 31.5 Hz to 16 kHz, averaged over a whole signal.
 *
 * <p>The signal is cut into Hann-windowed frames (about 1/6 s, a power of two long, half
 * overlapping, the first starting half a frame before the signal) and transformed with TarsosDSP's
 * FFT. A band's level is the signal's mean-square power in that band: the power of the FFT bins whose
 * centre lies between fc/√2 and fc·√2 (fc = 1000·2^k Hz, the exact base-2 centre behind the nominal
 * one), summed over frames and divided by the window energy that covered the signal. So the dB
 * reference is a full-scale DC level: a full-scale sine inside a band reads -3.0 dB in it, white
 * noise of power P spreads P over the bands in proportion to their widths. A band above the Nyquist
 * frequency, or one holding no signal, reads {@link MeterScale#FLOOR_DB}.
 */
public final class OctaveBands {

    /** Number of bands. */
    public static final int COUNT = 10;

    private static final double[] NOMINAL_HZ = {31.5, 63, 125, 250, 500, 1000, 2000, 4000, 8000, 16000};

    private OctaveBands() {
    }

    /** The nominal centre of band {@code band} (0 to 9): 31.5, 63, 125 ... 16000 Hz. */
    public static double centreHz(int band) {
        return NOMINAL_HZ[band];
    }

    /** Band levels in dB of one channel. */
    public static double[] levelsDb(float[] mono, int sampleRate) {
        return levelsDb(new float[][] {mono}, sampleRate);
    }

    /** Band levels in dB of a multichannel signal: each band's power is the mean over the channels. */
    public static double[] levelsDb(float[][] channels, int sampleRate) {
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("sample rate must be positive, not " + sampleRate);
        }
        Accumulator acc = new Accumulator(sampleRate);
        double[] power = new double[COUNT];
        for (float[] channel : channels) {
            double[] p = acc.bandPowers(channel);
            for (int b = 0; b < COUNT; b++) {
                power[b] += p[b] / channels.length;
            }
        }
        double[] db = new double[COUNT];
        for (int b = 0; b < COUNT; b++) {
            db[b] = MeterScale.powerDb(power[b]);
        }
        return db;
    }

    /** The FFT, window and bin-to-band map for one sample rate, reused across channels. */
    private static final class Accumulator {
        private final int size;
        private final FFT fft;
        private final float[] window;
        private final double fullWindowEnergy;
        private final float[] frame;
        /** Band of each FFT bin, or -1. */
        private final int[] bandOfBin;

        Accumulator(int sampleRate) {
            int n = 1024;
            while (n < sampleRate / 6) {
                n *= 2;
            }
            size = n;
            fft = new FFT(n, new HannWindow());
            window = new HannWindow().generateCurve(n);
            double energy = 0;
            for (float w : window) {
                energy += w * (double) w;
            }
            fullWindowEnergy = energy;
            frame = new float[n];
            bandOfBin = new int[n / 2 + 1];
            for (int k = 0; k <= n / 2; k++) {
                bandOfBin[k] = band(k * (double) sampleRate / n);
            }
        }

        private static int band(double hz) {
            for (int b = 0; b < COUNT; b++) {
                double centre = 1000 * Math.pow(2, b - 5);
                if (hz >= centre / Math.sqrt(2) && hz < centre * Math.sqrt(2)) {
                    return b;
                }
            }
            return -1;
        }

        double[] bandPowers(float[] x) {
            double[] energy = new double[COUNT];
            double windowEnergy = 0;
            int hop = size / 2;
            for (int start = -hop; start < x.length; start += hop) {
                if (start >= 0 && start + size <= x.length) {
                    System.arraycopy(x, start, frame, 0, size);
                    windowEnergy += fullWindowEnergy;
                } else {
                    // The first and last frames hang over the ends: zeros there, and only the
                    // window over real samples counts, so short signals are not diluted.
                    for (int i = 0; i < size; i++) {
                        int at = start + i;
                        boolean inside = at >= 0 && at < x.length;
                        frame[i] = inside ? x[at] : 0;
                        if (inside) {
                            windowEnergy += window[i] * (double) window[i];
                        }
                    }
                }
                fft.forwardTransform(frame);
                // Real FFT layout: frame[0] = Re(DC), frame[1] = Re(Nyquist), then (Re, Im) pairs.
                for (int k = 1; k < size / 2; k++) {
                    int b = bandOfBin[k];
                    if (b >= 0) {
                        double re = frame[2 * k];
                        double im = frame[2 * k + 1];
                        energy[b] += 2 * (re * re + im * im);
                    }
                }
                int nyquistBand = bandOfBin[size / 2];
                if (nyquistBand >= 0) {
                    energy[nyquistBand] += frame[1] * (double) frame[1];
                }
            }
            double[] power = new double[COUNT];
            if (windowEnergy > 0) {
                for (int b = 0; b < COUNT; b++) {
                    power[b] = energy[b] / size / windowEnergy;
                }
            }
            return power;
        }
    }
}
