package org.studiopaths.dsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TruePeakMeterTest {

    private static double samplePeakDb(float[] x) {
        double max = 0;
        for (float v : x) {
            max = Math.max(max, Math.abs(v));
        }
        return MeterScale.amplitudeDb(max);
    }

    @Test
    void quarterRateSineAt45DegreesPeaksBetweenItsSamples() {
        int rate = 48_000;
        // Samples land on ±0.707; the waveform between them reaches ±1.
        float[] x = TestSignals.fadeIn(TestSignals.sine(rate / 4.0, 0, 1, rate, Math.PI / 4), 480);
        TruePeakMeter meter = new TruePeakMeter(1);
        meter.accept(x, x, x.length);
        assertEquals(-3.01, samplePeakDb(x), 0.01);
        assertEquals(0.0, meter.truePeakDbtp(), 0.05);
    }

    @Test
    void stereoTakesTheLouderChannelAcrossBlocks() {
        int rate = 44_100;
        float[] quiet = TestSignals.fadeIn(TestSignals.sine(997, -20, 0.5, rate, 0), 441);
        float[] loud = TestSignals.fadeIn(TestSignals.sine(997, -6, 0.5, rate, 1.0), 441);
        TruePeakMeter meter = new TruePeakMeter(2);
        for (int at = 0; at < quiet.length; at += 512) {
            int n = Math.min(512, quiet.length - at);
            meter.accept(java.util.Arrays.copyOfRange(quiet, at, at + n), java.util.Arrays.copyOfRange(loud, at, at + n), n);
        }
        assertEquals(-6.0, meter.truePeakDbtp(), 0.01);
    }

    @Test
    void anAbruptFullScaleStepOvershootsAsTheRealWaveformDoes() {
        float[] x = new float[200];
        java.util.Arrays.fill(x, 100, 200, 1f);
        TruePeakMeter meter = new TruePeakMeter(1);
        meter.accept(x, x, x.length);
        // A band-limited step rings (Gibbs): the reconstructed waveform goes above the samples.
        org.junit.jupiter.api.Assertions.assertTrue(meter.truePeakDbtp() > 0.3, "got " + meter.truePeakDbtp());
    }

    @Test
    void lowFrequencyTrueAndSamplePeakAgree() {
        float[] x = TestSignals.fadeIn(TestSignals.sine(100, -3, 1, 48_000, 0.3), 4800);
        TruePeakMeter meter = new TruePeakMeter(1);
        meter.accept(x, null, x.length);
        assertEquals(samplePeakDb(x), meter.truePeakDbtp(), 0.02);
    }

    @Test
    void silenceReadsTheFloorAndResetForgets() {
        TruePeakMeter meter = new TruePeakMeter(1);
        float[] x = new float[1000];
        meter.accept(x, x, x.length);
        assertEquals(MeterScale.FLOOR_DB, meter.truePeakDbtp());
        x[500] = 0.5f;
        meter.accept(x, x, x.length);
        assertEquals(-6.02, meter.truePeakDbtp(), 0.01);
        meter.reset();
        assertEquals(MeterScale.FLOOR_DB, meter.truePeakDbtp());
    }
}
