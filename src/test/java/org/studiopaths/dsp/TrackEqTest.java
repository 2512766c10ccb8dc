package org.studiopaths.dsp;

import org.junit.jupiter.api.Test;
import org.studiopaths.model.Eq;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The channel strip's filter chain as the engine runs it: all sections in one pass, state kept across blocks. */
class TrackEqTest {

    private static final int RATE = 44_100;
    private static final Eq ALL_ON = Eq.FLAT.withHighPassHz(80)
            .withLow(new Eq.Band(120, 3, 1))
            .withMid(new Eq.Band(1000, -4, 1.2))
            .withHigh(new Eq.Band(7000, 2, 1));

    @Test
    void aFlatEqIsAnExactIdentity() {
        float[] in = noise(4096, 1);
        float[] out = in.clone();
        TrackEq eq = new TrackEq();
        eq.set(Eq.FLAT, RATE);
        eq.process(out, 0, out.length);
        assertArrayEquals(in, out);
    }

    @Test
    void theBlockSizeDoesNotChangeTheOutput() {
        float[] in = noise(10_000, 2);
        float[] whole = in.clone();
        TrackEq one = new TrackEq();
        one.set(ALL_ON, RATE);
        one.process(whole, 0, whole.length);

        float[] pieces = in.clone();
        TrackEq many = new TrackEq();
        many.set(ALL_ON, RATE);
        int[] sizes = {1, 511, 512, 37, 4096};
        for (int off = 0, k = 0; off < pieces.length; k++) {
            int n = Math.min(sizes[k % sizes.length], pieces.length - off);
            many.process(pieces, off, n);
            off += n;
        }
        assertArrayEquals(whole, pieces);
        assertNotEquals(Arrays.hashCode(in), Arrays.hashCode(whole), "the filters changed the sound");
    }

    @Test
    void aNanSilencesTheRestOfItsBlockOnlyAndTheNextBlockStartsClean() {
        float[] block1 = noise(512, 3);
        float[] block2 = noise(512, 4);
        TrackEq clean = new TrackEq();
        clean.set(ALL_ON, RATE);
        float[] expectedBefore = block1.clone();
        clean.process(expectedBefore, 0, 512);

        float[] damaged = block1.clone();
        damaged[300] = Float.NaN;
        TrackEq eq = new TrackEq();
        eq.set(ALL_ON, RATE);
        eq.process(damaged, 0, 512);
        assertArrayEquals(Arrays.copyOf(expectedBefore, 300), Arrays.copyOf(damaged, 300), "before the NaN");
        for (int i = 300; i < 512; i++) {
            assertEquals(0f, damaged[i], "sample " + i);
        }

        float[] next = block2.clone();
        eq.process(next, 0, 512);
        TrackEq fresh = new TrackEq();
        fresh.set(ALL_ON, RATE);
        float[] expectedNext = block2.clone();
        fresh.process(expectedNext, 0, 512);
        assertArrayEquals(expectedNext, next, "the next block is filtered from a clean state");
    }

    @Test
    void anInfinityIsTreatedLikeANan() {
        float[] block = noise(512, 5);
        block[10] = Float.POSITIVE_INFINITY;
        TrackEq eq = new TrackEq();
        eq.set(ALL_ON, RATE);
        eq.process(block, 0, 512);
        for (int i = 0; i < 512; i++) {
            assertTrue(Float.isFinite(block[i]), "sample " + i + " is " + block[i]);
        }
    }

    private static float[] noise(int n, long seed) {
        Random r = new Random(seed);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (r.nextGaussian() * 0.2);
        }
        return x;
    }
}
