package org.studiopaths.audio;

/**
 * A sample's frames at the render rate, mono or stereo, as the engine reads them: a run at a time, added into a
 * track's buffer. Held as floats ({@link FloatFrames}, what playback uses) or read in place from a 16-bit WAV
 * file ({@link MappedPcm16Frames}, for one-shot offline renders). Both give the same floats for the same file.
 */
public interface SampleFrames {

    int frames();

    /** 1 or 2. */
    int channels();

    /**
     * Adds {@code gain} × channel {@code ch}'s frames [{@code from}, {@code from + n}) to
     * {@code out[at, at + n)}; a mono sample gives its one channel for either {@code ch}. {@code scratch} holds
     * at least {@code 2 n} shorts for implementations that convert as they read; allocates nothing.
     */
    void addTo(int ch, int from, float[] out, int at, int n, float gain, short[] scratch);

    /** Every frame as floats: the held arrays, or a decoded copy. */
    float[][] toFloats();
}
