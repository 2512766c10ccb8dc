package org.studiopaths.generator.music;

import java.util.ArrayList;
import java.util.List;

/** The notes one instrument plays. */
public record Part(Instrument instrument, List<NoteEvent> notes) {

    public Part {
        notes = List.copyOf(notes);
    }

    @SafeVarargs
    public static Part of(Instrument instrument, List<NoteEvent>... lines) {
        List<NoteEvent> all = new ArrayList<>();
        for (List<NoteEvent> line : lines) {
            all.addAll(line);
        }
        return new Part(instrument, all);
    }
}
