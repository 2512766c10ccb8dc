package org.studiopaths.samples;

import be.tarsos.dsp.util.fft.FFT;
import be.tarsos.dsp.util.fft.HannWindow;

/** How a signal's energy splits across frequency: the share below a given frequency, from averaged FFT frames. */
final class BandEnergy {

    private static final int SIZE = 4096;

    private BandEnergy() {
    }

    /** The fraction (0..1) of the signal's energy below {@code hz}, at 44,100 Hz. */
    static double shareBelow(float[] signal, double hz) {
        FFT fft = new FFT(SIZE, new HannWindow());
        float[] frame = new float[SIZE];
        float[] amplitudes = new float[SIZE / 2];
        double below = 0;
        double total = 0;
        int cutBin = (int) Math.round(hz / 44_100.0 * SIZE);
        for (int start = 0; start + SIZE <= signal.length; start += SIZE / 2) {
            System.arraycopy(signal, start, frame, 0, SIZE);
            fft.forwardTransform(frame);
            fft.modulus(frame, amplitudes);
            for (int bin = 1; bin < amplitudes.length; bin++) {
                double power = (double) amplitudes[bin] * amplitudes[bin];
                total += power;
                if (bin < cutBin) {
                    below += power;
                }
            }
        }
        return below / total;
    }
}
