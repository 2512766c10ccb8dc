package org.studiopaths.engine;

import org.junit.jupiter.api.Test;
import org.studiopaths.audio.SampleFrames;
import org.studiopaths.model.Clip;
import org.studiopaths.model.Eq;
import org.studiopaths.model.Master;
import org.studiopaths.model.Project;
import org.studiopaths.model.Track;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.zip.CRC32;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The multi-core offline render gives the sequential BlockRenderer's bytes, whatever the thread count. */
class ParallelMixdownTest {

    // 100 BPM, 4/4: one bar = 105,840 frames; the song runs 3 bars, over four chunks, not whole blocks.
    private static final int BAR = 105_840;

    private static RenderPlan plan() throws RenderException {
        java.util.Random random = new java.util.Random(7);
        float[] noise = new float[50_000];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (float) (random.nextGaussian() * 0.2);
        }
        float[] spiky = FakeSamples.sine(220, 0.4, 40_000);
        spiky[12_345] = Float.NaN; // a damaged sample: the EQ's clean-up path must match too
        FakeSamples s = new FakeSamples()
                .put("noise.wav", noise)
                .put("sine.wav", FakeSamples.sine(1000, 0.5, 30_001))
                .put("spiky.wav", spiky)
                .put("stereo.wav", FakeSamples.sine(300, 0.5, 44_100), FakeSamples.sine(500, 0.3, 44_100));
        Eq busy = new Eq(80, new Eq.Band(120, 3, 1), new Eq.Band(900, -4, 2), new Eq.Band(6000, 2, 1));
        Project p = Project.empty("t", 100)
                .addTrack(Track.named("noise").withGainDb(-3).withPan(-0.4).withEq(busy)
                        .addClip(Clip.of("noise.wav", 1, 2.25)))
                .addTrack(Track.named("sine").withPan(0.7).withEq(Eq.FLAT.withMid(new Eq.Band(1000, 6, 0.7)))
                        .addClip(Clip.of("sine.wav", 1.5, 1).withOffsetBars(0.1).withGainDb(-2))
                        .addClip(Clip.of("sine.wav", 2, 1).withLoop(false)))
                .addTrack(Track.named("spiky").withEq(busy).addClip(Clip.of("spiky.wav", 1, 2)))
                .addTrack(Track.named("stereo").withPan(0.3).withEq(busy.withHighPassHz(0))
                        .addClip(Clip.of("stereo.wav", 1, 3)))
                .addTrack(Track.named("muted").withMute(true).addClip(Clip.of("noise.wav", 1, 2)))
                .addTrack(Track.named("flat").withGainDb(-10).addClip(Clip.of("noise.wav", 1.25, 1)))
                .withMaster(new Master(-1.5));
        return FakeSamples.compiler(s).compile(p);
    }

    @Test
    void anyThreadCountGivesTheSequentialBytes() throws Exception {
        RenderPlan plan = plan();
        assertTrue(plan.totalFrames() > 2 * ParallelMixdown.CHUNK && plan.totalFrames() % OfflineRenderer.BLOCK != 0);
        float[][] sequential = OfflineRenderer.renderBlocks(plan, 0, (int) plan.totalFrames(), null);
        for (int threads = 1; threads <= 3; threads++) {
            float[][] parallel = OfflineRenderer.render(plan, 0, plan.totalFrames(), threads);
            assertArrayEquals(bits(sequential[0]), bits(parallel[0]), "left, " + threads + " threads");
            assertArrayEquals(bits(sequential[1]), bits(parallel[1]), "right, " + threads + " threads");
        }
        assertArrayEquals(bits(sequential[0]), bits(OfflineRenderer.render(plan)[0]), "the default render");
    }

    @Test
    void aRangeStartingMidSongMatchesToo() throws Exception {
        RenderPlan plan = plan();
        float[][] sequential = OfflineRenderer.renderBlocks(plan, 70_001, 100_000, null);
        float[][] parallel = OfflineRenderer.render(plan, 70_001, 170_001, 2);
        assertArrayEquals(bits(sequential[1]), bits(parallel[1]));
    }

    /**
     * The bytes this plan renders to, so that a speed-up that changes the sound by accident fails here. If the
     * sound is changed on purpose, recompute it and say why. History: 3424804961 from commit 934530a to
     * 494861e (float rounding between EQ sections); 2510093579 since the EQ runs its sections in double
     * precision from end to end (the 16-bit render of the 16-track benchmark moved by at most 1 step).
     */
    @Test
    void theBytesAreTheGoldenOnes() throws Exception {
        RenderPlan plan = plan();
        float[][] out = OfflineRenderer.render(plan, 0, plan.totalFrames(), 2);
        assertEquals(3 * BAR, out[0].length);
        assertEquals(GOLDEN_CRC, crc(out), "CRC-32 of the left then right floats, big-endian");
    }

    @Test
    void theStreamGivesTheSameBytesInPiecesOfAnySizeAndStopsAtTheEnd() throws Exception {
        RenderPlan plan = plan();
        int frames = (int) plan.totalFrames();
        float[][] whole = OfflineRenderer.renderBlocks(plan, 0, frames, null);
        for (int threads = 1; threads <= 2; threads++) {
            float[][] streamed = {new float[frames], new float[frames]};
            try (MixStream stream = new MixStream(plan, threads)) {
                assertEquals(frames, stream.frames());
                float[] l = new float[5000];
                float[] r = new float[5000];
                int[] pieces = {1, 4095, 5000, 4097, 77}; // across block and chunk boundaries
                for (int done = 0, k = 0; done < frames; k++) {
                    int n = Math.min(pieces[k % pieces.length], frames - done);
                    stream.read(l, r, n);
                    System.arraycopy(l, 0, streamed[0], done, n);
                    System.arraycopy(r, 0, streamed[1], done, n);
                    done += n;
                }
                assertThrows(IllegalStateException.class, () -> stream.read(l, r, 1));
            }
            assertArrayEquals(bits(whole[0]), bits(streamed[0]), "left, " + threads + " threads");
            assertArrayEquals(bits(whole[1]), bits(streamed[1]), "right, " + threads + " threads");
            assertEquals(GOLDEN_CRC, crc(streamed), "CRC-32 of the streamed song");
        }
    }

    @Test
    void aFailureWhileRenderingAheadIsThrownByReadInsteadOfHanging() {
        SampleFrames broken = new SampleFrames() {
            @Override
            public int frames() {
                return 44_100;
            }

            @Override
            public int channels() {
                return 1;
            }

            @Override
            public void addTo(int ch, int from, float[] out, int at, int n, float gain, short[] scratch) {
                if (from > 20_000) {
                    throw new InternalError("a fault occurred in an unsafe memory access"); // a mapped file cut short
                }
            }

            @Override
            public float[][] toFloats() {
                throw new UnsupportedOperationException();
            }
        };
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            Project p = Project.empty("t", 100).addTrack(Track.named("a").addClip(Clip.of("broken.wav", 1, 1)));
            RenderPlan plan = new PlanCompiler(path -> new LoadedSample(broken, Double.NaN), null).compile(p);
            try (MixStream stream = new MixStream(plan, 2)) {
                float[] l = new float[4096];
                float[] r = new float[4096];
                IllegalStateException e = assertThrows(IllegalStateException.class, () -> {
                    for (long done = 0; done < stream.frames(); done += l.length) {
                        stream.read(l, r, (int) Math.min(l.length, stream.frames() - done));
                    }
                });
                assertTrue(e.getMessage().contains("unsafe memory access"), e.getMessage());
            }
        });
    }

    static final long GOLDEN_CRC = 2_510_093_579L;

    static long crc(float[][] out) {
        CRC32 crc = new CRC32();
        for (float[] ch : out) {
            ByteBuffer b = ByteBuffer.allocate(ch.length * 4);
            b.asFloatBuffer().put(ch);
            crc.update(b.array());
        }
        return crc.getValue();
    }

    private static int[] bits(float[] x) {
        int[] b = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            b[i] = Float.floatToRawIntBits(x[i]);
        }
        return b;
    }
}
