package org.studiopaths.generator.library;

/**
 * One line of samples/library.json. {@code kit} is set for loops, {@code song} for stems; {@code bars} and
 * {@code variant} only for loops; {@code key} is null for unpitched sounds.
 */
public record Entry(String path, String name, String category, String kit, String song, boolean loop,
                    double tempo, int beatsPerBar, Integer bars, String key, String description, String variant) {
}
