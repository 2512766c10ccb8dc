package org.studiopaths.engine;

/** Changes a mono signal's length keeping its pitch (WSOLA in production). */
@FunctionalInterface
public interface TimeStretcher {
    /** Returns exactly {@code targetFrames} frames. */
    float[] stretch(float[] mono, int sampleRate, int targetFrames);
}
