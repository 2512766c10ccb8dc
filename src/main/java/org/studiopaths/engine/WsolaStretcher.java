package org.studiopaths.engine;

import org.studiopaths.dsp.TimeStretch;

import java.util.Arrays;

/** The production time-stretcher: TarsosDSP's WSOLA through {@link TimeStretch}, cut to the exact length. */
public final class WsolaStretcher implements TimeStretcher {

    @Override
    public float[] stretch(float[] mono, int sampleRate, int targetFrames) {
        if (mono.length == 0) {
            return new float[targetFrames];
        }
        return Arrays.copyOf(TimeStretch.stretch(mono, sampleRate, (double) targetFrames / mono.length), targetFrames);
    }
}
