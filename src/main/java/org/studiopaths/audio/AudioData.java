package org.studiopaths.audio;

/**
 * Decoded audio: one float array per channel, full scale at ±1.0, all channels the same length.
 * The arrays are shared, not copied: treat them as read-only once built.
 */
public record AudioData(float[][] channels, int sampleRate) {

    /** The rate everything is rendered at. */
    public static final int RENDER_RATE = 44_100;

    public int frames() {
        return channels.length == 0 ? 0 : channels[0].length;
    }

    public int channelCount() {
        return channels.length;
    }

    public double seconds() {
        return frames() / (double) sampleRate;
    }
}
