package org.studiopaths.dsp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimeStretchTest {

    /** Frequency from the average spacing of upward zero crossings in the middle of the signal. */
    private static double frequency(float[] x, int rate) {
        double firstAt = -1;
        double lastAt = -1;
        int count = 0;
        for (int i = x.length / 4; i < 3 * x.length / 4; i++) {
            if (x[i - 1] < 0 && x[i] >= 0) {
                double at = i - 1 + x[i - 1] / (double) (x[i - 1] - x[i]);
                if (firstAt < 0) {
                    firstAt = at;
                }
                lastAt = at;
                count++;
            }
        }
        return (count - 1) * rate / (lastAt - firstAt);
    }

    private static double rms(float[] x, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += x[i] * (double) x[i];
        }
        return Math.sqrt(sum / (to - from));
    }

    @ParameterizedTest
    @ValueSource(doubles = {1.2, 0.8, 1.5, 0.5})
    void aToneKeepsItsPitchAndGetsTheExactLength(double ratio) {
        float[] tone = TestSignals.sine(440, -6, 2, 44_100, 0);
        float[] out = TimeStretch.stretch(tone, 44_100, ratio);
        assertEquals(Math.round(tone.length * ratio), out.length);
        assertEquals(440, frequency(out, 44_100), 2);
        // No dropouts or doubling: the level holds across the middle.
        assertEquals(rms(tone, 0, tone.length), rms(out, out.length / 4, 3 * out.length / 4), 0.05);
    }

    @Test
    void theOutputStartsWithTheInput() {
        float[] tone = TestSignals.sine(440, -6, 1, 44_100, 0.5);
        float[] out = TimeStretch.stretch(tone, 44_100, 1.2);
        for (int i = 0; i < 100; i++) {
            assertEquals(tone[i], out[i], 1e-4, "sample " + i);
        }
    }

    @Test
    void oddLengthsRoundToTheNearestSample() {
        float[] x = TestSignals.whiteNoise(1001, 0.3, 5);
        assertEquals(1201, TimeStretch.stretch(x, 44_100, 1.2).length); // 1201.2
        assertEquals(751, TimeStretch.stretch(x, 44_100, 0.75).length); // 750.75
    }

    @Test
    void unitRatioCopiesAndEmptyStaysEmpty() {
        float[] x = TestSignals.whiteNoise(500, 0.3, 5);
        float[] out = TimeStretch.stretch(x, 44_100, 1.0);
        assertArrayEquals(x, out);
        assertEquals(0, TimeStretch.stretch(new float[0], 44_100, 1.3).length);
    }

    @Test
    void printsNothingToStandardOutput() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true));
        try {
            TimeStretch.stretch(TestSignals.sine(440, -6, 0.5, 44_100, 0), 44_100, 1.2);
        } finally {
            System.setOut(original);
        }
        assertEquals("", captured.toString());
    }

    @Test
    void ratiosOutOfRangeAreRefused() {
        float[] x = new float[100];
        assertThrows(IllegalArgumentException.class, () -> TimeStretch.stretch(x, 44_100, 0));
        assertThrows(IllegalArgumentException.class, () -> TimeStretch.stretch(x, 44_100, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> TimeStretch.stretch(x, 44_100, 5));
    }
}
