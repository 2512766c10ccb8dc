package org.studiopaths.generator.render;

/** Peak and RMS of a signal, and gain in decibels. */
public final class Levels {

    private Levels() {
    }

    public static double peak(float[] signal) {
        double peak = 0;
        for (float s : signal) {
            peak = Math.max(peak, Math.abs(s));
        }
        return peak;
    }

    public static double rms(float[] signal) {
        double sum = 0;
        for (float s : signal) {
            sum += (double) s * s;
        }
        return Math.sqrt(sum / signal.length);
    }

    public static double fromDb(double db) {
        return Math.pow(10, db / 20);
    }

    public static void scale(float[] signal, double gain) {
        for (int i = 0; i < signal.length; i++) {
            signal[i] = (float) (signal[i] * gain);
        }
    }
}
