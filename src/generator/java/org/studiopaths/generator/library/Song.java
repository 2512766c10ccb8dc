package org.studiopaths.generator.library;

import java.util.ArrayList;
import java.util.List;
import org.studiopaths.generator.music.Part;
import org.studiopaths.generator.music.Score;

/** A multitrack song: one stem per part of its score, each stem a file {@code songs/<id>/<stem>.wav}. */
public record Song(String id, String key, Score score, List<Stem> stems) {

    /** A stem: its file name, its role (category), a short name and what it holds. */
    public record Stem(String id, String category, String name, String description, Part part) {
    }

    public Song {
        stems = List.copyOf(stems);
    }

    public static Song of(String id, String key, double tempo, int bars, double swing, Stem... stems) {
        List<Part> parts = new ArrayList<>();
        for (Stem stem : stems) {
            parts.add(stem.part());
        }
        return new Song(id, key, new Score(tempo, 4, bars, swing, parts), List.of(stems));
    }

    public String path(Stem stem) {
        return "songs/" + id + "/" + stem.id() + ".wav";
    }

    public List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        for (Stem stem : stems) {
            boolean pitched = !List.of("kick", "snare", "hats", "drums", "percussion").contains(stem.category());
            entries.add(new Entry(path(stem), stem.name(), stem.category(), null, id, false, score.tempo(),
                    score.beatsPerBar(), null, pitched ? key : null, stem.description(), null));
        }
        return entries;
    }
}
