package org.studiopaths.dsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpectrumAnalyzerTest {

    private static final int BINS = 64;

    private static int binOf(double hz) {
        return (int) Math.floor(BINS * Math.log(hz / SpectrumAnalyzer.LOW_HZ) / Math.log(1000));
    }

    private static int loudestBin(float[] db) {
        int best = 0;
        for (int i = 1; i < db.length; i++) {
            if (db[i] > db[best]) {
                best = i;
            }
        }
        return best;
    }

    @Test
    void sineShowsInItsLogBinAtAboutMinus3() {
        SpectrumAnalyzer analyzer = new SpectrumAnalyzer(44_100);
        float[] x = TestSignals.sine(2500, 0, 0.5, 44_100, 0);
        for (int at = 0; at < x.length; at += 512) {
            int n = Math.min(512, x.length - at);
            analyzer.accept(java.util.Arrays.copyOfRange(x, at, at + n), n);
        }
        float[] db = new float[BINS];
        analyzer.snapshot(db);
        assertEquals(binOf(2500), loudestBin(db));
        assertEquals(-3.0, db[binOf(2500)], 1.0);
        assertTrue(db[binOf(500)] < -60, "500 Hz reads " + db[binOf(500)]);
        assertTrue(db[binOf(12000)] < -60, "12 kHz reads " + db[binOf(12000)]);
    }

    @Test
    void lowSineLandsInANarrowBin() {
        SpectrumAnalyzer analyzer = new SpectrumAnalyzer(48_000, 8192);
        float[] x = TestSignals.sine(60, -6, 0.5, 48_000, 0);
        analyzer.accept(x, x.length);
        float[] db = new float[BINS];
        analyzer.snapshot(db);
        assertEquals(binOf(60), loudestBin(db), 1);
        assertEquals(-9.0, db[loudestBin(db)], 2.5);
    }

    @Test
    void binsAboveNyquistAndSilenceReadTheFloor() {
        SpectrumAnalyzer analyzer = new SpectrumAnalyzer(22_050, 1024);
        float[] db = new float[BINS];
        analyzer.snapshot(db);
        for (float v : db) {
            assertEquals(MeterScale.FLOOR_DB, v, 1e-9);
        }
        float[] x = TestSignals.sine(1000, 0, 0.1, 22_050, 0);
        analyzer.accept(x, x.length);
        analyzer.snapshot(db);
        assertEquals(MeterScale.FLOOR_DB, db[binOf(15000)], 1e-9);
    }

    @Test
    void theRingKeepsOnlyTheLatestWindow() {
        SpectrumAnalyzer analyzer = new SpectrumAnalyzer(44_100, 2048);
        float[] old = TestSignals.sine(300, 0, 0.2, 44_100, 0);
        float[] recent = TestSignals.sine(5000, 0, 0.2, 44_100, 0);
        analyzer.accept(old, old.length);
        analyzer.accept(recent, recent.length);
        float[] db = new float[BINS];
        analyzer.snapshot(db);
        assertEquals(binOf(5000), loudestBin(db));
        assertTrue(db[binOf(300)] < -60);
    }

    @Test
    void fftSizeMustBeAPowerOfTwo() {
        assertThrows(IllegalArgumentException.class, () -> new SpectrumAnalyzer(44_100, 3000));
    }
}
