package org.studiopaths.generator.library;

import org.studiopaths.audio.LibraryEntry;

/**
 * One line of samples/library.json. {@code kit} is set for loops, {@code song} for stems; {@code bars} and
 * {@code variant} only for loops; {@code key} is null for unpitched sounds.
 */
public record Entry(String path, String name, String category, String kit, String song, boolean loop,
                    double tempo, int beatsPerBar, Integer bars, String key, String description, String variant) {

    /** The entry as the app reads it, for the app's own library.json writer. */
    public LibraryEntry toLibraryEntry() {
        return new LibraryEntry(path, name, category, kit, song, loop, tempo, beatsPerBar,
                bars == null ? null : bars.doubleValue(), key, description, variant);
    }
}
