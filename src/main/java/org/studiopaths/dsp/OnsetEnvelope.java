package org.studiopaths.dsp;

import be.tarsos.dsp.util.fft.FFT;
import be.tarsos.dsp.util.fft.HannWindow;

/**
 * How strongly something starts in each short frame of mono audio: the log-magnitude spectral flux (the rise of
 * every FFT bin since the previous frame, summed, falls ignored), through TarsosDSP's FFT. A loop repeats, so
 * the first frame is compared with the last one: a kick on the downbeat counts as an onset.
 *
 * @param strength onset strength per frame, 0 or more
 * @param hopSeconds seconds between frames
 */
public record OnsetEnvelope(float[] strength, double hopSeconds) {

    static final int FFT_SIZE = 2048;
    static final int HOP = 512;

    public static OnsetEnvelope of(float[] mono, int sampleRate) {
        int frames = Math.max(1, (mono.length + HOP - 1) / HOP);
        int bins = FFT_SIZE / 2;
        FFT fft = new FFT(FFT_SIZE, new HannWindow());
        float[][] spectra = new float[frames][bins];
        float[] buf = new float[FFT_SIZE];
        float[] mag = new float[bins];
        for (int f = 0; f < frames; f++) {
            int start = f * HOP - FFT_SIZE / 2;
            for (int i = 0; i < FFT_SIZE; i++) {
                int at = Math.floorMod(start + i, Math.max(1, mono.length)); // circular: the loop wraps
                buf[i] = mono.length == 0 ? 0 : mono[at];
            }
            fft.forwardTransform(buf);
            fft.modulus(buf, mag);
            for (int b = 0; b < bins; b++) {
                spectra[f][b] = (float) Math.log1p(100 * mag[b]);
            }
        }
        float[] strength = new float[frames];
        for (int f = 0; f < frames; f++) {
            float[] now = spectra[f];
            float[] before = spectra[Math.floorMod(f - 1, frames)];
            double sum = 0;
            for (int b = 1; b < bins; b++) {
                sum += Math.max(0, now[b] - before[b]);
            }
            strength[f] = (float) sum;
        }
        return new OnsetEnvelope(strength, (double) HOP / sampleRate);
    }

    public int frames() {
        return strength.length;
    }

    /** The strongest onset within {@code radius} frames of a time in seconds (wrapping round the loop). */
    double peakNear(double seconds, int radius) {
        int centre = (int) Math.round(seconds / hopSeconds);
        double best = 0;
        for (int d = -radius; d <= radius; d++) {
            best = Math.max(best, strength[Math.floorMod(centre + d, strength.length)]);
        }
        return best;
    }

    double mean() {
        double sum = 0;
        for (float s : strength) {
            sum += s;
        }
        return strength.length == 0 ? 0 : sum / strength.length;
    }
}
