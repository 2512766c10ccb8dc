package org.studiopaths.dsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OctaveBandsTest {

    @Test
    void centresAreTheTenNominalOctaves() {
        double[] expected = {31.5, 63, 125, 250, 500, 1000, 2000, 4000, 8000, 16000};
        for (int b = 0; b < OctaveBands.COUNT; b++) {
            assertEquals(expected[b], OctaveBands.centreHz(b));
        }
    }

    @Test
    void fullScaleSineReadsMinus3InItsBandAndFarBelowInTheNeighbours() {
        float[] x = TestSignals.sine(1000, 0, 2, 44_100, 0);
        double[] db = OctaveBands.levelsDb(x, 44_100);
        assertEquals(-3.01, db[5], 0.05);
        assertTrue(db[5] - db[4] >= 30, "500 Hz band at " + db[4]);
        assertTrue(db[5] - db[6] >= 30, "2 kHz band at " + db[6]);
    }

    @Test
    void lowBandResolvesAt48kAnd96k() {
        for (int rate : new int[] {48_000, 96_000}) {
            double[] db = OctaveBands.levelsDb(TestSignals.sine(31.5, -10, 3, rate, 0), rate);
            assertEquals(-13.01, db[0], 0.1, "at " + rate);
            assertTrue(db[0] - db[1] >= 20, "63 Hz band at " + db[1] + " at " + rate);
        }
    }

    @Test
    void stereoAveragesPowerOverChannels() {
        float[] sine = TestSignals.sine(250, 0, 1, 44_100, 0);
        double[] db = OctaveBands.levelsDb(new float[][] {sine, new float[sine.length]}, 44_100);
        assertEquals(-6.02, db[3], 0.05);
    }

    @Test
    void pinkNoiseIsRoughlyFlat() {
        float[] x = TestSignals.pinkNoise(44_100 * 10, 0.5, 7);
        double[] db = OctaveBands.levelsDb(x, 44_100);
        // Kellet's filter is pink within ±0.5 dB from about 10 Hz to 20 kHz; the top band is cut at Nyquist.
        for (int b = 1; b < 9; b++) {
            assertEquals(db[5], db[b], 1.5, "band " + OctaveBands.centreHz(b));
        }
    }

    @Test
    void whiteNoiseRisesThreeDbPerOctave() {
        double[] db = OctaveBands.levelsDb(TestSignals.whiteNoise(44_100 * 5, 0.5, 3), 44_100);
        for (int b = 2; b < 9; b++) {
            assertEquals(3.01, db[b] - db[b - 1], 0.5, "band " + OctaveBands.centreHz(b));
        }
    }

    @Test
    void silenceAndEmptySignalsReadTheFloor() {
        for (double level : OctaveBands.levelsDb(new float[1000], 44_100)) {
            assertEquals(MeterScale.FLOOR_DB, level);
        }
        for (double level : OctaveBands.levelsDb(new float[0], 44_100)) {
            assertEquals(MeterScale.FLOOR_DB, level);
        }
    }

    @Test
    void aShortSignalIsNotDilutedByZeroPadding() {
        float[] x = TestSignals.sine(1000, 0, 0.05, 44_100, 0);
        assertEquals(-3.01, OctaveBands.levelsDb(x, 44_100)[5], 0.5);
    }
}
