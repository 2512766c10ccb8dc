package org.studiopaths.dsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** EBU Tech 3341 (loudness) and Tech 3342 (loudness range) test signals, generated here. */
class LoudnessMeterTest {

    private static LoudnessMeter measureStereo(float[] both, int rate) {
        LoudnessMeter meter = new LoudnessMeter(rate, 2);
        // Uneven chunks so sub-block boundaries fall inside accept() calls.
        float[] l = new float[1000];
        float[] r = new float[1000];
        int at = 0;
        int step = 7;
        while (at < both.length) {
            int n = Math.min(Math.min(step, 1000), both.length - at);
            System.arraycopy(both, at, l, 0, n);
            System.arraycopy(both, at, r, 0, n);
            meter.accept(l, r, n);
            at += n;
            step = step * 3 % 997 + 1;
        }
        return meter;
    }

    private static double integrated(LoudnessMeter meter) {
        OptionalDouble lufs = meter.integratedLufs();
        assertTrue(lufs.isPresent(), "integrated loudness should be above the gate");
        return lufs.getAsDouble();
    }

    @ParameterizedTest
    @ValueSource(ints = {44_100, 48_000, 32_000, 96_000, 22_050})
    void tech3341Case1SineAtMinus23ReadsMinus23AtAnyRate(int rate) {
        float[] x = TestSignals.sine(1000, -23, 20, rate, 0);
        LoudnessMeter meter = measureStereo(x, rate);
        assertEquals(-23.0, integrated(meter), 0.1);
        assertEquals(-23.0, meter.momentaryLufs(), 0.1);
        assertEquals(-23.0, meter.shortTermLufs(), 0.1);
    }

    @Test
    void tech3341Case2SineAtMinus33ReadsMinus33() {
        assertEquals(-33.0, integrated(measureStereo(TestSignals.sine(1000, -33, 20, 48_000, 0), 48_000)), 0.1);
    }

    @Test
    void tech3341Case3RelativeGateDropsTheQuietEnds() {
        float[] x = TestSignals.sineSections(48_000, -36, 10, -23, 60, -36, 10);
        assertEquals(-23.0, integrated(measureStereo(x, 48_000)), 0.1);
    }

    @Test
    void tech3341Case4AbsoluteAndRelativeGates() {
        float[] x = TestSignals.sineSections(48_000, -72, 10, -36, 10, -23, 60, -36, 10, -72, 10);
        assertEquals(-23.0, integrated(measureStereo(x, 48_000)), 0.1);
    }

    @Test
    void tech3341Case5LouderMiddleAveragesToMinus23() {
        float[] x = TestSignals.sineSections(44_100, -26, 20, -20, 20.1, -26, 20);
        assertEquals(-23.0, integrated(measureStereo(x, 44_100)), 0.1);
    }

    @Test
    void monoCountsAsOneChannel() {
        float[] x = TestSignals.sine(1000, -23, 5, 48_000, 0);
        LoudnessMeter mono = new LoudnessMeter(48_000, 1);
        mono.accept(x, x, x.length);
        assertEquals(-26.01, integrated(mono), 0.1);
    }

    @Test
    void silenceIsBelowTheGateAndNeverNaN() {
        float[] x = new float[48_000 * 5];
        LoudnessMeter meter = new LoudnessMeter(48_000, 2);
        meter.accept(x, x, x.length);
        assertFalse(meter.integratedLufs().isPresent());
        assertEquals(MeterScale.FLOOR_DB, meter.momentaryLufs());
        assertEquals(MeterScale.FLOOR_DB, meter.shortTermLufs());
        assertEquals(0.0, meter.loudnessRangeLu());
    }

    @Test
    void aSignalBelowMinus70IsBelowTheGate() {
        LoudnessMeter meter = measureStereo(TestSignals.sine(1000, -75, 5, 48_000, 0), 48_000);
        assertFalse(meter.integratedLufs().isPresent());
        assertEquals(-75.0, meter.momentaryLufs(), 0.1);
    }

    @Test
    void resetForgetsEverything() {
        LoudnessMeter meter = measureStereo(TestSignals.sine(1000, -23, 5, 48_000, 0), 48_000);
        meter.reset();
        assertFalse(meter.integratedLufs().isPresent());
        assertEquals(MeterScale.FLOOR_DB, meter.momentaryLufs());
        float[] x = TestSignals.sine(1000, -33, 5, 48_000, 0);
        meter.accept(x, x, x.length);
        assertEquals(-33.0, integrated(meter), 0.1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-20,-30,10", "-20,-15,5", "-40,-20,20"})
    void tech3342TwoLevelsGiveTheirDifferenceAsRange(String levels) {
        String[] p = levels.split(",");
        float[] x = TestSignals.sineSections(48_000, Double.parseDouble(p[0]), 20, Double.parseDouble(p[1]), 20);
        assertEquals(Double.parseDouble(p[2]), measureStereo(x, 48_000).loudnessRangeLu(), 1.0);
    }

    @Test
    void tech3342Case4FiveLevelsGiveFifteen() {
        float[] x = TestSignals.sineSections(48_000, -50, 20, -35, 20, -20, 20, -35, 20, -50, 20);
        assertEquals(15.0, measureStereo(x, 48_000).loudnessRangeLu(), 1.0);
    }

    @Test
    void steadyToneHasNoRange() {
        assertEquals(0.0, measureStereo(TestSignals.sine(1000, -20, 10, 48_000, 0), 48_000).loudnessRangeLu(), 0.05);
    }
}
