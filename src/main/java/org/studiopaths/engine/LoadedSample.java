package org.studiopaths.engine;

import org.studiopaths.audio.AudioData;
import org.studiopaths.audio.FloatFrames;
import org.studiopaths.audio.SampleFrames;

/**
 * A sample ready for the engine: its frames at the render rate, and the tempo its library entry declares
 * (NaN when none: it then plays at its own speed).
 */
public record LoadedSample(SampleFrames audio, double tempo) {

    /** Decoded audio (at the render rate) and its tempo. */
    public LoadedSample(AudioData audio, double tempo) {
        this(FloatFrames.of(audio), tempo);
    }

    public boolean hasTempo() {
        return Double.isFinite(tempo) && tempo > 0;
    }
}
