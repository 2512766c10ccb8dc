package org.studiopaths.engine;

/**
 * Receives each heard track's block after fader and pan, before the master (for meters and for scoring
 * stems). Called on the rendering thread: implementations must not allocate, lock or block.
 */
@FunctionalInterface
public interface TrackTap {
    void trackBlock(int track, float[] left, float[] right, int frames);
}
