package org.studiopaths.audio;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResamplerTest {

    @Test
    void a1kHzSineKeepsItsFrequencyAndLevelFrom48kTo44k1() {
        float[] out = Resampler.resample(sine(1000, 48000, 48000, 0.5), 48000, 44100);
        assertEquals(44100, out.length);
        // the middle half second: exactly 500 periods at 44.1 kHz, away from the edges
        int from = 11025;
        int n = 22050;
        assertEquals(500, zeroCrossings(out, from, n) / 2.0, 1, "periods in half a second");
        double levelDb = 20 * Math.log10(goertzelAmplitude(out, from, n, 1000, 44100) / 0.5);
        assertEquals(0, levelDb, 0.05);
        assertEquals(0, 20 * Math.log10(rms(out, from, n) * Math.sqrt(2) / 0.5), 0.05, "no other energy");
    }

    @Test
    void a1kHzSineKeepsItsLevelFrom44k1To48k() {
        float[] out = Resampler.resample(sine(1000, 44100, 44100, 0.5), 44100, 48000);
        assertEquals(48000, out.length);
        double levelDb = 20 * Math.log10(goertzelAmplitude(out, 12000, 24000, 1000, 48000) / 0.5);
        assertEquals(0, levelDb, 0.05);
    }

    @Test
    void an18kHzToneIsRemovedGoingFrom96kTo22k05() {
        float[] in = sine(18000, 96000, 96000, 1.0);
        float[] out = Resampler.resample(in, 96000, 22050);
        assertEquals(22050, out.length);
        double db = 20 * Math.log10(rms(out, 5000, 12000) / rms(in, 20000, 50000));
        assertTrue(db < -60, "attenuated only " + db + " dB");
    }

    @Test
    void aToneJustAboveTheLowerNyquistIsAtLeast80dBDown() {
        float[] in = sine(22500, 48000, 48000, 1.0);
        float[] out = Resampler.resample(in, 48000, 44100);
        double db = 20 * Math.log10(rms(out, 10000, 20000) / rms(in, 10000, 20000));
        assertTrue(db < -80, "attenuated only " + db + " dB");
    }

    @Test
    void keepsDirectCurrentAtUnityGain() {
        float[] in = new float[8000];
        java.util.Arrays.fill(in, 0.5f);
        float[] out = Resampler.resample(in, 8000, 192000);
        assertEquals(192000, out.length);
        for (int i = 20000; i < 170000; i += 997) {
            assertEquals(0.5, out[i], 1e-4, "sample " + i);
        }
    }

    @Test
    void theLengthIsTheRoundedRatio() {
        assertEquals(919, Resampler.resample(new float[1000], 48000, 44100).length); // 918.75
        assertEquals(1088, Resampler.resample(new float[1000], 44100, 48000).length); // 1088.4
        assertEquals(1090, Resampler.resample(new float[1001], 44100, 48000).length); // 1089.52
        assertEquals(2, Resampler.resample(new float[1], 2, 3).length); // 1.5: halves round up
        assertEquals(0, Resampler.resample(new float[0], 44100, 48000).length);
        assertEquals(0, Resampler.resample(new float[1], 96000, 44100).length); // 0.46
    }

    @Test
    void theSameRateGivesACopy() {
        float[] in = {0.1f, 0.2f};
        float[] out = Resampler.resample(in, 44100, 44100);
        assertArrayEquals(in, out);
        assertTrue(in != out);
    }

    static float[] sine(double hz, int rate, int n, double amplitude) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (amplitude * Math.sin(2 * Math.PI * hz * i / rate));
        }
        return x;
    }

    private static int zeroCrossings(float[] x, int from, int n) {
        int count = 0;
        for (int i = from + 1; i < from + n; i++) {
            if ((x[i - 1] < 0) != (x[i] < 0)) {
                count++;
            }
        }
        return count;
    }

    /** The amplitude of one frequency over a window holding a whole number of its periods. */
    private static double goertzelAmplitude(float[] x, int from, int n, double hz, int rate) {
        double w = 2 * Math.PI * hz / rate;
        double coeff = 2 * Math.cos(w);
        double s1 = 0;
        double s2 = 0;
        for (int i = from; i < from + n; i++) {
            double s = x[i] + coeff * s1 - s2;
            s2 = s1;
            s1 = s;
        }
        double power = s1 * s1 + s2 * s2 - coeff * s1 * s2;
        return 2 * Math.sqrt(power) / n;
    }

    private static double rms(float[] x, int from, int n) {
        double sum = 0;
        for (int i = from; i < from + n; i++) {
            sum += x[i] * (double) x[i];
        }
        return Math.sqrt(sum / n);
    }
}
