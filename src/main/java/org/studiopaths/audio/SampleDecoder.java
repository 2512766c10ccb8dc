package org.studiopaths.audio;

import java.nio.ByteBuffer;

/**
 * Turns little-endian sample bytes into floats at full scale ±1.0. One decoder serves one file: it keeps a
 * scratch array of the block's size, so decoding allocates nothing per block, and each format's loop goes from
 * a bulk copy out of the buffer straight into the destination (which the JIT vectorizes).
 */
final class SampleDecoder {

    private final WavFormat.Encoding encoding;
    private final int bytesPerSample;
    private short[] shorts;
    private int[] ints;
    private byte[] bytes;
    private double[] doubles;

    /** A decoder for blocks of at most {@code maxSamples} samples. */
    SampleDecoder(WavFormat f, int maxSamples) {
        encoding = f.encoding();
        bytesPerSample = f.bytesPerSample();
        if (encoding == WavFormat.Encoding.FLOAT) {
            doubles = bytesPerSample == 8 ? new double[maxSamples] : null;
        } else {
            switch (bytesPerSample) {
                case 2 -> shorts = new short[maxSamples];
                case 4 -> ints = new int[maxSamples];
                default -> bytes = new byte[maxSamples * bytesPerSample];
            }
        }
    }

    /**
     * Decodes {@code count} samples from {@code in} (little-endian, positioned at the first) into
     * {@code out[at, at + count)}.
     */
    void decode(ByteBuffer in, float[] out, int at, int count) {
        if (encoding == WavFormat.Encoding.FLOAT) {
            if (bytesPerSample == 4) {
                float32(in, out, at, count);
            } else {
                float64(in, out, at, count);
            }
            return;
        }
        switch (bytesPerSample) {
            case 1 -> unsigned8(in, out, at, count);
            case 2 -> pcm16(in, out, at, count);
            case 3 -> pcm24(in, out, at, count);
            default -> pcm32(in, out, at, count);
        }
    }

    private void unsigned8(ByteBuffer in, float[] out, int at, int count) {
        byte[] b = bytes;
        in.get(b, 0, count);
        for (int i = 0; i < count; i++) {
            out[at + i] = ((b[i] & 0xFF) - 128) / 128f;
        }
    }

    private void pcm16(ByteBuffer in, float[] out, int at, int count) {
        short[] s = shorts;
        in.asShortBuffer().get(s, 0, count);
        for (int i = 0; i < count; i++) {
            out[at + i] = s[i] * (1f / 32768f);
        }
    }

    private void pcm24(ByteBuffer in, float[] out, int at, int count) {
        byte[] b = bytes;
        in.get(b, 0, count * 3);
        for (int i = 0, p = 0; i < count; i++, p += 3) {
            int v = (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8 | b[p + 2] << 16; // the top byte carries the sign
            out[at + i] = v * (1f / 8388608f);
        }
    }

    private void pcm32(ByteBuffer in, float[] out, int at, int count) {
        int[] s = ints;
        in.asIntBuffer().get(s, 0, count);
        for (int i = 0; i < count; i++) {
            out[at + i] = (float) (s[i] * (1.0 / 2147483648.0));
        }
    }

    /** Non-finite samples would poison every mix they reach, so they become silence. */
    private static void float32(ByteBuffer in, float[] out, int at, int count) {
        in.asFloatBuffer().get(out, at, count);
        for (int i = at; i < at + count; i++) {
            if (!Float.isFinite(out[i])) {
                out[i] = 0f;
            }
        }
    }

    private void float64(ByteBuffer in, float[] out, int at, int count) {
        double[] d = doubles;
        in.asDoubleBuffer().get(d, 0, count);
        for (int i = 0; i < count; i++) {
            out[at + i] = Double.isFinite(d[i]) ? (float) d[i] : 0f;
        }
    }
}
