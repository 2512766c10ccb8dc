package org.studiopaths.engine;

import org.junit.jupiter.api.Test;
import org.studiopaths.model.Clip;
import org.studiopaths.model.Project;
import org.studiopaths.model.Track;

import java.lang.management.ManagementFactory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The meter bank: exact levels of a known block, nothing allocated per block, rings that keep the newest audio. */
class MeterBankTest {

    /** A 0.5 sine of exactly 8 periods in 512 frames, peaking at sample 16. */
    private static float[] halfSine() {
        float[] x = new float[512];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (0.5 * Math.sin(2 * Math.PI * i / 64));
        }
        return x;
    }

    private static double db(double amplitude) {
        return 20 * Math.log10(amplitude);
    }

    @Test
    void halfSineReadsMinus6PeakAndMinus9Rms() {
        MeterBank bank = new MeterBank();
        float[] x = halfSine();
        bank.trackBlock(3, x, x, x.length);
        double[] level = new double[3];
        bank.takeLevels(3, 0, level);
        assertEquals(-6.02, db(level[0]), 0.005, "peak dB");
        assertEquals(-9.03, 10 * Math.log10(level[1] / level[2]), 0.005, "RMS dB");
        assertEquals(512, level[2]);
        bank.takeLevels(3, 0, level);
        assertEquals(0, level[0], "taking resets the peak");
        assertEquals(0, level[2], "taking resets the sum");
    }

    @Test
    void levelsAccumulateAcrossBlocksUntilTaken() {
        MeterBank bank = new MeterBank();
        float[] loud = halfSine();
        float[] quiet = new float[512];
        for (int i = 0; i < quiet.length; i++) {
            quiet[i] = loud[i] * 0.5f;
        }
        bank.trackBlock(0, quiet, quiet, 512);
        bank.trackBlock(0, loud, loud, 512);
        bank.trackBlock(0, quiet, quiet, 512);
        double[] level = new double[3];
        bank.takeLevels(0, 1, level);
        assertEquals(0.5, level[0], 1e-6, "the largest peak of the three blocks");
        double meanSquare = (0.125 + 2 * 0.125 / 4) / 3;
        assertEquals(meanSquare, level[1] / level[2], 1e-6);
    }

    @Test
    void acceptingABlockAllocatesNothing() {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        MeterBank bank = new MeterBank();
        float[] x = halfSine();
        bank.setFocus(2);
        for (int i = 0; i < 20_000; i++) { // warm up: JIT and the method references' first link
            bank.trackBlock(2, x, x, x.length);
            bank.outputBlock(x, x, x.length);
        }
        long id = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(id);
        for (int i = 0; i < 1000; i++) {
            bank.trackBlock(2, x, x, x.length);
            bank.trackBlock(5, x, x, x.length);
            bank.outputBlock(x, x, x.length);
        }
        long after = threads.getThreadAllocatedBytes(id);
        assertEquals(0, after - before, "bytes allocated by 3000 accepted blocks");
    }

    @Test
    void outputRingGivesTheNewestAudioInOrder() {
        MeterBank bank = new MeterBank();
        float[] l = new float[512];
        float[] r = new float[512];
        int blocks = MeterBank.RING / 512 + 10; // more than a ring: the oldest are dropped
        for (int b = 0; b < blocks; b++) {
            for (int i = 0; i < 512; i++) {
                l[i] = b * 512 + i;
                r[i] = -(b * 512 + i);
            }
            bank.outputBlock(l, r, 512);
        }
        float[] outL = new float[MeterBank.RING * 2];
        float[] outR = new float[MeterBank.RING * 2];
        int n = bank.drainOutput(outL, outR);
        assertEquals(MeterBank.RING, n);
        float first = (blocks * 512) - MeterBank.RING;
        assertEquals(first, outL[0]);
        assertEquals(-first, outR[0]);
        assertEquals(blocks * 512 - 1, outL[n - 1]);
        assertEquals(0, bank.drainOutput(outL, outR), "nothing new");
    }

    @Test
    void focusFollowsTheChosenTrackOrTheOutput() {
        MeterBank bank = new MeterBank();
        float[] a = {1, 1, 1, 1};
        float[] b = {0.5f, 0.5f, 0.5f, 0.5f};
        float[] mono = new float[16];
        bank.trackBlock(1, a, a, 4);
        bank.outputBlock(b, b, 4);
        assertEquals(4, bank.drainFocus(mono), "the output by default");
        assertEquals(0.5f, mono[0]);
        bank.setFocus(1);
        bank.trackBlock(1, a, b, 4);
        bank.trackBlock(2, b, b, 4);
        bank.outputBlock(b, b, 4);
        assertEquals(4, bank.drainFocus(mono), "only track 1 now");
        assertEquals(0.75f, mono[0], "the mean of its two channels");
    }

    @Test
    void playerFeedsTheTapsEveryBlock() throws Exception {
        FakeSamples samples = new FakeSamples().put("sine.wav", FakeSamples.sine(441, 0.5, 30_000));
        Project project = Project.empty("t", 100).addTrack(Track.named("T").addClip(Clip.of("sine.wav", 1, 1)));
        RenderPlan plan = FakeSamples.compiler(samples).compile(project);
        MeterBank bank = new MeterBank();
        PlayerTest.RecordingLine line = new PlayerTest.RecordingLine();
        try (Player player = new Player((rate, frames) -> line)) {
            player.setTrackTap(bank);
            player.setOutputTap(bank);
            player.setPlan(plan);
            player.play();
            while (player.isPlaying()) {
                Thread.onSpinWait();
            }
        }
        double[] level = new double[3];
        bank.takeLevels(0, 0, level);
        assertEquals(plan.totalFrames(), (long) level[2], "every frame of the track reached the bank");
        assertEquals(db(0.5 * 0.7071), db(level[0]), 0.05, "a centred mono track: -3 dB on each side");
        float[] l = new float[MeterBank.RING];
        float[] r = new float[MeterBank.RING];
        int n = bank.drainOutput(l, r);
        assertTrue(n > 0);
        float[][] offline = OfflineRenderer.render(plan);
        assertArrayEquals(java.util.Arrays.copyOfRange(offline[0], (int) plan.totalFrames() - n,
                (int) plan.totalFrames()), java.util.Arrays.copyOf(l, n), "the output ring holds what was played");
    }
}
