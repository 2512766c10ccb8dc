package org.studiopaths.generator.music;

import java.util.ArrayList;
import java.util.List;

/**
 * A melody or bass line on a step grid: each token is one step, a note name starts a note ("A2", "C#4";
 * a trailing {@code !} accents it, {@code ?} plays it softly), {@code -} holds the note before, {@code .} rests.
 * Bar lines {@code |} are only for the eye.
 */
public final class NoteLine {

    private NoteLine() {
    }

    public static List<NoteEvent> sixteenths(String line) {
        return parse(line, 0.25);
    }

    public static List<NoteEvent> eighths(String line) {
        return parse(line, 0.5);
    }

    private static List<NoteEvent> parse(String line, double stepBeats) {
        List<NoteEvent> notes = new ArrayList<>();
        int step = 0;
        int start = -1;
        int key = 0;
        int velocity = 0;
        for (String token : line.strip().split("\\s+")) {
            if (token.equals("|")) {
                continue;
            }
            if (!token.equals("-")) {
                if (start >= 0) {
                    notes.add(new NoteEvent(start * stepBeats, (step - start) * stepBeats, key, velocity));
                    start = -1;
                }
                if (!token.equals(".")) {
                    start = step;
                    velocity = token.endsWith("!") ? 112 : token.endsWith("?") ? 64 : 88;
                    key = Pitch.parse(token.replaceAll("[!?]$", ""));
                }
            }
            step++;
        }
        if (start >= 0) {
            notes.add(new NoteEvent(start * stepBeats, (step - start) * stepBeats, key, velocity));
        }
        return notes;
    }
}
