package org.studiopaths.generator.library;

import org.studiopaths.generator.music.Score;

/**
 * A loop of a kit: the file {@code loops/<kit>/<id>.wav}, what the library says of it, and the music.
 *
 * @param variant intro, verse, chorus, fill, break... or null
 * @param key     "A minor"..., null for unpitched loops
 */
public record Loop(String kit, String id, String name, String category, String variant, String key,
                   String description, Score score) {

    public String path() {
        return "loops/" + kit + "/" + id + ".wav";
    }

    public Entry entry() {
        return new Entry(path(), name, category, kit, null, true, score.tempo(), score.beatsPerBar(), score.bars(),
                key, description, variant);
    }
}
