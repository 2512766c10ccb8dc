package org.studiopaths.engine;

/** Opens output lines. */
@FunctionalInterface
public interface AudioOutput {
    /**
     * Opens a stereo 16-bit line at the rate, asking for a buffer of about {@code bufferFrames}.
     *
     * @throws AudioUnavailableException when there is no device, it is busy or refuses every format
     */
    AudioLine open(int sampleRate, int bufferFrames) throws AudioUnavailableException;
}
