package org.studiopaths.audio;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class PcmTest {

    @Test
    void fullScaleClampsToTheIntegerRange() {
        assertEquals(32767, Pcm.to16(1f));
        assertEquals(-32768, Pcm.to16(-1f));
        assertEquals(32767, Pcm.to16(7f));
        assertEquals(-32768, Pcm.to16(-7f));
        assertEquals(8388607, Pcm.to24(1f));
        assertEquals(-8388608, Pcm.to24(-1f));
    }

    @Test
    void roundingIsExactlyMathRoundForEveryKindOfFloat() {
        float[] edges = {0.5f, -0.5f, 1.5f, -1.5f, 2.5f, -2.5f, 0.49999997f, -0.49999997f, 8388607.5f, -8388608.5f,
                Float.MIN_VALUE, -Float.MIN_VALUE, 0f, -0f, 2.1474836E9f, -2.1474836E9f, 1e30f, -1e30f,
                Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY};
        for (float p : edges) {
            assertEquals(Math.round(p), Pcm.roundHalfUp(p), "at " + p);
        }
        // Every 9973rd bit pattern: all exponents, both signs, NaNs included.
        for (long bits = Integer.MIN_VALUE; bits <= Integer.MAX_VALUE; bits += 9973) {
            float p = Float.intBitsToFloat((int) bits);
            assertEquals(Math.round(p), Pcm.roundHalfUp(p), () -> "at " + p);
        }
    }

    @Test
    void roundsToTheNearestStep() {
        assertEquals(16384, Pcm.to16(0.5f));
        assertEquals(2, Pcm.to16(1.6f / 32768));
        assertEquals(1, Pcm.to16(1.4f / 32768));
        assertEquals(-2, Pcm.to16(-1.6f / 32768));
        assertEquals(0, Pcm.to16(Float.NaN));
        assertEquals(-4194304, Pcm.to24(-0.5f));
    }

    @Test
    void encodes16BitLittleEndianStereoAndCountsClippedSamples() {
        float[] left = {0.5f, 1.0f, 1.25f};
        float[] right = {-1.0f, -1.0001f, Float.NaN};
        byte[] out = new byte[12];
        int clipped = Pcm.encode16LE(left, right, 3, out);
        assertEquals(2, clipped, "1.25 and -1.0001 lie beyond full scale; 1.0 and -1.0 do not");
        assertArrayEquals(new byte[] {0x00, 0x40, 0x00, (byte) 0x80, (byte) 0xFF, 0x7F, 0x00, (byte) 0x80,
                (byte) 0xFF, 0x7F, 0x00, 0x00}, out);
    }

    @Test
    void encodes24BitLittleEndianStereo() {
        byte[] out = new byte[6];
        int clipped = Pcm.encode24LE(new float[] {0.5f}, new float[] {-2f}, 1, out);
        assertEquals(1, clipped);
        assertArrayEquals(new byte[] {0x00, 0x00, 0x40, 0x00, 0x00, (byte) 0x80}, out);
    }

    @Test
    void theGeneralEncoderAgreesWithTheStereoOne() {
        float[] left = {0.1f, -0.3f, 0.9f, 1.5f};
        float[] right = {0.2f, -0.7f, -1.2f, 0.33f};
        byte[] stereo = new byte[16];
        byte[] general = new byte[24];
        int a = Pcm.encode16LE(left, right, 4, stereo);
        int b = Pcm.encodeLE(new float[][] {left, right}, 0, 4, 16, general);
        assertEquals(a, b);
        assertArrayEquals(stereo, java.util.Arrays.copyOf(general, 16));
        // from an offset, 24 bits
        byte[] tail = new byte[6];
        Pcm.encode24LE(new float[] {left[3]}, new float[] {right[3]}, 1, tail);
        byte[] fromOffset = new byte[6];
        Pcm.encodeLE(new float[][] {left, right}, 3, 1, 24, fromOffset);
        assertArrayEquals(tail, fromOffset);
    }
}
