package org.studiopaths.dsp;

import be.tarsos.dsp.util.fft.FFT;
import be.tarsos.dsp.util.fft.HannWindow;

/**
 * Suggests the key of pitched audio: a chroma profile (how much of each of the twelve pitch classes sounds,
 * from TarsosDSP FFT frames) correlated with the Krumhansl–Kessler key profiles of the 24 major and minor keys
 * (Krumhansl 1990, "Cognitive Foundations of Musical Pitch"). Like every profile method it confuses a key
 * with its relative major or minor and its neighbours on the circle of fifths now and then, so it is a
 * suggestion the user confirms.
 */
public final class KeyDetector {

    static final String[] MAJOR_NAMES = {"C", "Db", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B"};
    static final String[] MINOR_NAMES = {"C", "C#", "D", "Eb", "E", "F", "F#", "G", "G#", "A", "Bb", "B"};
    private static final double[] MAJOR = {6.35, 2.23, 3.48, 2.33, 4.38, 4.09, 2.52, 5.19, 2.39, 3.66, 2.29, 2.88};
    private static final double[] MINOR = {6.33, 2.68, 3.52, 5.38, 2.60, 3.53, 2.54, 4.75, 3.98, 2.69, 3.34, 3.17};
    private static final int FFT_SIZE = 8192;
    private static final double LOWEST_HZ = 60;
    private static final double HIGHEST_HZ = 2000;

    /**
     * @param key         such as "A minor" or "F# major"
     * @param correlation of the chroma with that key's profile, -1 to 1
     */
    public record Suggestion(String key, double correlation) {
    }

    private KeyDetector() {
    }

    /** The best-fitting key; null for silence. */
    public static Suggestion suggest(float[] mono, int sampleRate) {
        double[] chroma = chroma(mono, sampleRate);
        double total = 0;
        for (double c : chroma) {
            total += c;
        }
        if (total <= 0) {
            return null;
        }
        Suggestion best = null;
        for (int tonic = 0; tonic < 12; tonic++) {
            for (boolean minor : new boolean[] {false, true}) {
                double r = correlation(chroma, minor ? MINOR : MAJOR, tonic);
                if (best == null || r > best.correlation()) {
                    best = new Suggestion((minor ? MINOR_NAMES : MAJOR_NAMES)[tonic] + (minor ? " minor" : " major"), r);
                }
            }
        }
        return best;
    }

    /** Energy per pitch class, C = 0, summed over frames that overlap by half. */
    static double[] chroma(float[] mono, int sampleRate) {
        double[] chroma = new double[12];
        FFT fft = new FFT(FFT_SIZE, new HannWindow());
        float[] buf = new float[FFT_SIZE];
        float[] mag = new float[FFT_SIZE / 2];
        int lo = (int) Math.ceil(LOWEST_HZ * FFT_SIZE / sampleRate);
        int hi = Math.min(FFT_SIZE / 2 - 1, (int) (HIGHEST_HZ * FFT_SIZE / sampleRate));
        for (int start = 0; start < Math.max(1, mono.length - FFT_SIZE / 2); start += FFT_SIZE / 2) {
            java.util.Arrays.fill(buf, 0);
            System.arraycopy(mono, start, buf, 0, Math.min(FFT_SIZE, mono.length - start));
            fft.forwardTransform(buf);
            fft.modulus(buf, mag);
            for (int b = lo; b <= hi; b++) {
                double hz = (double) b * sampleRate / FFT_SIZE;
                int pc = Math.floorMod((int) Math.round(12 * Math.log(hz / 440) / Math.log(2)) + 9, 12);
                chroma[pc] += (double) mag[b] * mag[b];
            }
        }
        return chroma;
    }

    /** Pearson correlation of the chroma with a profile turned to start on {@code tonic}. */
    private static double correlation(double[] chroma, double[] profile, int tonic) {
        double mc = 0;
        double mp = 0;
        for (int i = 0; i < 12; i++) {
            mc += chroma[i] / 12;
            mp += profile[i] / 12;
        }
        double num = 0;
        double dc = 0;
        double dp = 0;
        for (int i = 0; i < 12; i++) {
            double c = chroma[i] - mc;
            double p = profile[Math.floorMod(i - tonic, 12)] - mp;
            num += c * p;
            dc += c * c;
            dp += p * p;
        }
        return dc == 0 ? 0 : num / Math.sqrt(dc * dp);
    }
}
