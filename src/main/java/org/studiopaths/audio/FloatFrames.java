package org.studiopaths.audio;

/** Frames held as float arrays, one per channel (all the same length). */
public record FloatFrames(float[][] channelData) implements SampleFrames {

    public FloatFrames {
        if (channelData.length < 1 || channelData.length > 2) {
            throw new IllegalArgumentException(channelData.length + " channels; the engine takes 1 or 2");
        }
    }

    public static FloatFrames of(AudioData audio) {
        return new FloatFrames(audio.channels());
    }

    @Override
    public int frames() {
        return channelData[0].length;
    }

    @Override
    public int channels() {
        return channelData.length;
    }

    @Override
    public void addTo(int ch, int from, float[] out, int at, int n, float gain, short[] scratch) {
        float[] src = channelData[Math.min(ch, channelData.length - 1)];
        for (int i = 0; i < n; i++) {
            out[at + i] += src[from + i] * gain;
        }
    }

    @Override
    public float[][] toFloats() {
        return channelData;
    }
}
