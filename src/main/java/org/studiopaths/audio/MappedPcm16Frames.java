package org.studiopaths.audio;

import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.ShortBuffer;

/**
 * The frames of a 16-bit PCM WAV file at the render rate, read in place from the file mapped into memory, and
 * converted to floats (s / 32768, exactly as {@link WavReader} decodes them) as the render adds them. A one-shot
 * render of a song's stems then never holds them as floats: no decode pass and half the memory, which on a
 * virtual machine is mostly the cost of touching fresh pages.
 *
 * <p>Not for the audio thread: reading a mapped page may wait on the disk. If the file is cut short while
 * mapped, the JVM throws an {@code InternalError} on the next read.
 */
public final class MappedPcm16Frames implements SampleFrames {

    private static final float SCALE = 1f / 32768f;

    private final ShortBuffer samples;
    private final int channels;
    private final int frames;

    MappedPcm16Frames(MappedByteBuffer data, int channels) {
        this.samples = data.order(ByteOrder.LITTLE_ENDIAN).asShortBuffer();
        this.channels = channels;
        this.frames = samples.capacity() / channels;
    }

    @Override
    public int frames() {
        return frames;
    }

    @Override
    public int channels() {
        return channels;
    }

    @Override
    public void addTo(int ch, int from, float[] out, int at, int n, float gain, short[] scratch) {
        if (channels == 1) {
            samples.get(from, scratch, 0, n);
            for (int i = 0; i < n; i++) {
                out[at + i] += (scratch[i] * SCALE) * gain;
            }
        } else {
            samples.get(2 * from, scratch, 0, 2 * n);
            for (int i = 0; i < n; i++) {
                out[at + i] += (scratch[2 * i + ch] * SCALE) * gain;
            }
        }
    }

    @Override
    public float[][] toFloats() {
        float[][] out = new float[channels][frames];
        for (int f = 0; f < frames; f++) {
            for (int c = 0; c < channels; c++) {
                out[c][f] = samples.get(f * channels + c) * SCALE;
            }
        }
        return out;
    }
}
