package org.studiopaths.engine;

/**
 * Receives each block the player sends to the device, after the master fader (for the master meters).
 * Called on the audio thread: implementations must not allocate, lock or block.
 */
@FunctionalInterface
public interface OutputTap {
    void outputBlock(float[] left, float[] right, int frames);
}
