package org.studiopaths.audio.importing;

/**
 * What the user confirmed about a loop they import.
 *
 * @param name        shown in the loop browser, 1 to 80 characters
 * @param category    one of {@code SampleLibrary.LOOP_CATEGORIES}
 * @param tempo       the tempo it was played at, 20 to 300 BPM
 * @param beatsPerBar beats in a bar, 2 to 7
 * @param bars        its length in bars at that tempo, more than 0
 * @param key         such as "A minor", or null for unpitched material
 */
public record LoopFacts(String name, String category, double tempo, int beatsPerBar, double bars, String key) {
}
