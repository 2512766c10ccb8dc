package org.studiopaths.engine;

import org.studiopaths.audio.AudioData;

/**
 * A sample ready for the engine: audio at the render rate, and the tempo its library entry declares
 * (NaN when none: it then plays at its own speed).
 */
public record LoadedSample(AudioData audio, double tempo) {
    public boolean hasTempo() {
        return Double.isFinite(tempo) && tempo > 0;
    }
}
