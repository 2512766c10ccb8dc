package org.studiopaths.exercise;

/**
 * A project rendered offline: the master (stereo) and each track's stem after its fader and pan, before the
 * master gain (what a listener hears of that track in the mix).
 *
 * @param master   {left, right}
 * @param stems    stems[track] = {left, right}; a track that is not heard has silent stems
 * @param trackNames the names of the tracks, in order
 */
public record RenderedMix(float[][] master, float[][][] stems, java.util.List<String> trackNames, int sampleRate) {
}
