package org.studiopaths.audio;

/**
 * The one conversion from float samples to integer PCM. WAV export ({@link WavWriter}) and playback (the engine's
 * sound-card loop) must both use it, so that what is heard and what is exported agree to the bit.
 *
 * <p>A sample is scaled by 2^(bits-1) (32768 for 16 bits), rounded to the nearest integer (halves up) and clamped
 * to the integer range, so +1.0 becomes 32767 and -1.0 becomes -32768; {@link WavReader} divides by the same
 * 2^(bits-1), so a write and a read give back every sample within one step. A sample counts as clipped when it lay
 * beyond full scale ({@code x > 1} or {@code x < -1}); NaN becomes 0. Nothing here allocates: playback calls it
 * on the audio thread.
 */
public final class Pcm {

    private static final float SCALE_16 = 32768f;
    private static final float SCALE_24 = 8388608f;

    private Pcm() {
    }

    /**
     * Interleaves {@code frames} stereo frames as 16-bit little-endian PCM into {@code out} (4 bytes a frame).
     *
     * @return how many samples (not frames) clipped
     */
    public static int encode16LE(float[] left, float[] right, int frames, byte[] out) {
        int clipped = 0;
        for (int i = 0, p = 0; i < frames; i++, p += 4) {
            clipped += put16(left[i], out, p) + put16(right[i], out, p + 2);
        }
        return clipped;
    }

    /**
     * Interleaves {@code frames} stereo frames as 24-bit little-endian PCM into {@code out} (6 bytes a frame).
     *
     * @return how many samples (not frames) clipped
     */
    public static int encode24LE(float[] left, float[] right, int frames, byte[] out) {
        int clipped = 0;
        for (int i = 0, p = 0; i < frames; i++, p += 6) {
            clipped += put24(left[i], out, p) + put24(right[i], out, p + 3);
        }
        return clipped;
    }

    /**
     * Interleaves frames {@code from .. from+frames} of any number of channels as 16- or 24-bit little-endian PCM.
     *
     * @return how many samples clipped
     */
    public static int encodeLE(float[][] channels, int from, int frames, int bits, byte[] out) {
        int bytes = bytesPerSample(bits);
        int clipped = 0;
        int p = 0;
        for (int i = from; i < from + frames; i++) {
            for (float[] channel : channels) {
                clipped += bytes == 2 ? put16(channel[i], out, p) : put24(channel[i], out, p);
                p += bytes;
            }
        }
        return clipped;
    }

    /** The 16-bit value of a sample: scaled, rounded, clamped. */
    public static int to16(float x) {
        return clamp(roundHalfUp(x * SCALE_16), 32767);
    }

    /** The 24-bit value of a sample: scaled, rounded, clamped. */
    public static int to24(float x) {
        return clamp(roundHalfUp(x * SCALE_24), 8388607);
    }

    /**
     * {@code Math.round(p)}, computed as floor(p + 0.5) in double: exact, since a float plus 0.5 fits in a double,
     * and one instruction where Math.round(float) is a dozen (export spends most of its time here).
     */
    static int roundHalfUp(float p) {
        return (int) Math.floor((double) p + 0.5);
    }

    /** Whether a sample lies beyond full scale. */
    public static boolean clips(float x) {
        return x > 1f || x < -1f;
    }

    /** 2 for 16 bits, 3 for 24; any other depth is refused. */
    public static int bytesPerSample(int bits) {
        if (bits != 16 && bits != 24) {
            throw new IllegalArgumentException("PCM depth " + bits + " bits; allowed 16 or 24");
        }
        return bits / 8;
    }

    private static int put16(float x, byte[] out, int p) {
        int v = to16(x);
        out[p] = (byte) v;
        out[p + 1] = (byte) (v >> 8);
        return clips(x) ? 1 : 0;
    }

    private static int put24(float x, byte[] out, int p) {
        int v = to24(x);
        out[p] = (byte) v;
        out[p + 1] = (byte) (v >> 8);
        out[p + 2] = (byte) (v >> 16);
        return clips(x) ? 1 : 0;
    }

    private static int clamp(int v, int max) {
        return v > max ? max : Math.max(v, -max - 1);
    }
}
