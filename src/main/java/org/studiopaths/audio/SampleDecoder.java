package org.studiopaths.audio;

import java.nio.ByteBuffer;

/** Turns little-endian sample bytes into floats at full scale ±1.0. */
@FunctionalInterface
interface SampleDecoder {

    /** Decodes {@code count} samples from {@code in} (little-endian, positioned at the first) into {@code out}. */
    void decode(ByteBuffer in, float[] out, int count);

    static SampleDecoder of(WavFormat f) {
        if (f.encoding() == WavFormat.Encoding.FLOAT) {
            return f.bytesPerSample() == 4 ? SampleDecoder::float32 : SampleDecoder::float64;
        }
        return switch (f.bytesPerSample()) {
            case 1 -> SampleDecoder::unsigned8;
            case 2 -> SampleDecoder::pcm16;
            case 3 -> SampleDecoder::pcm24;
            default -> SampleDecoder::pcm32;
        };
    }

    private static void unsigned8(ByteBuffer in, float[] out, int count) {
        for (int i = 0; i < count; i++) {
            out[i] = ((in.get() & 0xFF) - 128) / 128f;
        }
    }

    /** Bulk: one view-buffer transfer for the whole block. */
    private static void pcm16(ByteBuffer in, float[] out, int count) {
        short[] s = new short[count];
        in.asShortBuffer().get(s, 0, count);
        for (int i = 0; i < count; i++) {
            out[i] = s[i] * (1f / 32768f);
        }
    }

    private static void pcm24(ByteBuffer in, float[] out, int count) {
        byte[] b = in.array();
        int p = in.arrayOffset() + in.position();
        for (int i = 0; i < count; i++, p += 3) {
            int v = (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8 | b[p + 2] << 16; // the top byte carries the sign
            out[i] = v * (1f / 8388608f);
        }
    }

    private static void pcm32(ByteBuffer in, float[] out, int count) {
        int[] s = new int[count];
        in.asIntBuffer().get(s, 0, count);
        for (int i = 0; i < count; i++) {
            out[i] = (float) (s[i] * (1.0 / 2147483648.0));
        }
    }

    /** Non-finite samples would poison every mix they reach, so they become silence. */
    private static void float32(ByteBuffer in, float[] out, int count) {
        in.asFloatBuffer().get(out, 0, count);
        for (int i = 0; i < count; i++) {
            if (!Float.isFinite(out[i])) {
                out[i] = 0f;
            }
        }
    }

    private static void float64(ByteBuffer in, float[] out, int count) {
        double[] d = new double[count];
        in.asDoubleBuffer().get(d, 0, count);
        for (int i = 0; i < count; i++) {
            out[i] = Double.isFinite(d[i]) ? (float) d[i] : 0f;
        }
    }
}
