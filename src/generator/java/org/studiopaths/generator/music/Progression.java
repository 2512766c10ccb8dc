package org.studiopaths.generator.music;

import java.util.ArrayList;
import java.util.List;

/**
 * Chords over bars, written like a lead sheet: "Am F | C G" is two bars with two chords each. The chords of a
 * bar share it equally. The progression repeats when a pattern is longer than it.
 */
public record Progression(List<List<Chord>> bars) {

    public static Progression parse(String sheet) {
        List<List<Chord>> bars = new ArrayList<>();
        for (String bar : sheet.split("\\|")) {
            List<Chord> chords = new ArrayList<>();
            for (String symbol : bar.strip().split("\\s+")) {
                chords.add(Chord.parse(symbol));
            }
            bars.add(List.copyOf(chords));
        }
        return new Progression(List.copyOf(bars));
    }

    /** The chord sounding at a beat, with 4 beats to the bar. */
    public Chord at(double beat) {
        int bar = (int) Math.floor(beat / 4);
        List<Chord> chords = bars.get(bar % bars.size());
        int index = (int) Math.floor((beat - bar * 4) / 4 * chords.size() + 1e-9);
        return chords.get(Math.min(index, chords.size() - 1));
    }
}
