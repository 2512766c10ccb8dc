package org.studiopaths.dsp;

import java.util.Random;

/** Signals the DSP tests are built from. */
final class TestSignals {

    private TestSignals() {
    }

    static float amplitude(double dbfs) {
        return (float) Math.pow(10, dbfs / 20);
    }

    /** A sine of the given peak level in dBFS, starting at {@code phase} radians. */
    static float[] sine(double hz, double dbfs, double seconds, int rate, double phase) {
        float[] x = new float[(int) Math.round(seconds * rate)];
        float a = amplitude(dbfs);
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (a * Math.sin(2 * Math.PI * hz * i / rate + phase));
        }
        return x;
    }

    /**
     * Fades the first {@code n} samples in (raised cosine), in place. A sine that starts abruptly
     * really does overshoot its amplitude between samples, which a true-peak test must avoid.
     */
    static float[] fadeIn(float[] x, int n) {
        for (int i = 0; i < n && i < x.length; i++) {
            x[i] *= (float) (0.5 - 0.5 * Math.cos(Math.PI * i / n));
        }
        return x;
    }

    /** 1 kHz sine sections one after another: {level dBFS, seconds} pairs, phase continuous. */
    static float[] sineSections(int rate, double... levelAndSeconds) {
        int total = 0;
        for (int i = 1; i < levelAndSeconds.length; i += 2) {
            total += (int) Math.round(levelAndSeconds[i] * rate);
        }
        float[] x = new float[total];
        int at = 0;
        for (int i = 0; i < levelAndSeconds.length; i += 2) {
            float a = amplitude(levelAndSeconds[i]);
            int n = (int) Math.round(levelAndSeconds[i + 1] * rate);
            for (int j = 0; j < n; j++, at++) {
                x[at] = (float) (a * Math.sin(2 * Math.PI * 1000.0 * at / rate));
            }
        }
        return x;
    }

    /** White noise, uniform in ±amplitude, repeatable. */
    static float[] whiteNoise(int n, double amplitude, long seed) {
        Random r = new Random(seed);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (amplitude * (2 * r.nextDouble() - 1));
        }
        return x;
    }

    /** Pink-ish noise (Paul Kellet's economy filter on white noise), repeatable. */
    static float[] pinkNoise(int n, double amplitude, long seed) {
        Random r = new Random(seed);
        float[] x = new float[n];
        double b0 = 0, b1 = 0, b2 = 0;
        for (int i = 0; i < n; i++) {
            double w = 2 * r.nextDouble() - 1;
            b0 = 0.99765 * b0 + w * 0.0990460;
            b1 = 0.96300 * b1 + w * 0.2965164;
            b2 = 0.57000 * b2 + w * 1.0526913;
            x[i] = (float) (amplitude * (b0 + b1 + b2 + w * 0.1848) / 4);
        }
        return x;
    }
}
