package org.studiopaths.generator.music;

import java.util.ArrayList;
import java.util.List;

/**
 * Plays a progression with a rhythm written as a step grid of one bar, repeated over the pattern:
 * {@code X}/{@code x}/{@code o} strike (accent, normal, soft), {@code -} holds, {@code .} rests. For
 * arpeggios the steps are digits instead: the index of the chord tone to play, counting up from the lowest.
 */
public final class Comping {

    private Comping() {
    }

    /** Whole chords, voiced from {@code lowest} upward. */
    public static List<NoteEvent> chords(Progression progression, String lowest, int bars, String rhythm) {
        int floor = Pitch.parse(lowest);
        List<NoteEvent> notes = new ArrayList<>();
        for (Strike s : strikes(rhythm, bars)) {
            for (int key : progression.at(s.beat).voicing(floor)) {
                notes.add(new NoteEvent(s.beat, s.length, key, s.velocity));
            }
        }
        return notes;
    }

    /** The chord roots, at or above {@code lowest}. */
    public static List<NoteEvent> roots(Progression progression, String lowest, int bars, String rhythm) {
        int floor = Pitch.parse(lowest);
        List<NoteEvent> notes = new ArrayList<>();
        for (Strike s : strikes(rhythm, bars)) {
            notes.add(new NoteEvent(s.beat, s.length, progression.at(s.beat).bass(floor), s.velocity));
        }
        return notes;
    }

    /** Single chord tones picked by digit; indexes past the voicing continue an octave up. */
    public static List<NoteEvent> arpeggio(Progression progression, String lowest, int bars, String rhythm) {
        int floor = Pitch.parse(lowest);
        List<NoteEvent> notes = new ArrayList<>();
        for (Strike s : strikes(rhythm, bars)) {
            int[] voicing = progression.at(s.beat).voicing(floor);
            int key = voicing[s.tone % voicing.length] + 12 * (s.tone / voicing.length);
            notes.add(new NoteEvent(s.beat, s.length, key, s.velocity));
        }
        return notes;
    }

    private record Strike(double beat, double length, int velocity, int tone) {
    }

    private static List<Strike> strikes(String rhythm, int bars) {
        String steps = rhythm.replaceAll("[\\s|]", "");
        double stepBeats = 4.0 / steps.length();
        List<Strike> strikes = new ArrayList<>();
        for (int bar = 0; bar < bars; bar++) {
            for (int i = 0; i < steps.length(); i++) {
                char c = steps.charAt(i);
                if (c == '-' || c == '.') {
                    continue;
                }
                int held = 1;
                while (i + held < steps.length() && steps.charAt(i + held) == '-') {
                    held++;
                }
                int velocity = c == 'X' ? 108 : c == 'o' ? 60 : Character.isDigit(c) ? 84 : 86;
                int tone = Character.isDigit(c) ? c - '0' : 0;
                strikes.add(new Strike(bar * 4 + i * stepBeats, held * stepBeats, velocity, tone));
            }
        }
        return strikes;
    }
}
