package org.studiopaths.generator.music;

import java.util.List;

/** Places a passage written from bar 1 at a later bar of a longer piece (4 beats to the bar). */
public final class Bars {

    private Bars() {
    }

    /** The notes moved so that their first bar becomes bar {@code bar} (counting from 1). */
    public static List<NoteEvent> from(int bar, List<NoteEvent> notes) {
        double beats = (bar - 1) * 4.0;
        return notes.stream()
                .map(n -> new NoteEvent(n.startBeat() + beats, n.lengthBeats(), n.key(), n.velocity()))
                .toList();
    }
}
