package org.studiopaths.generator.music;

/** Note names to MIDI key numbers: "C4" is 60 (middle C), "A4" 69, sharps with '#', flats with 'b'. */
public final class Pitch {

    private static final int[] NATURALS = {9, 11, 0, 2, 4, 5, 7}; // A B C D E F G

    private Pitch() {
    }

    public static int parse(String name) {
        int pc = pitchClass(name);
        int accidentals = name.length() > 1 && (name.charAt(1) == '#' || name.charAt(1) == 'b') ? 1 : 0;
        int octave = Integer.parseInt(name.substring(1 + accidentals));
        return 12 * (octave + 1) + pc;
    }

    /** The pitch class (0 = C) of a note or chord name's leading letter and accidental. */
    public static int pitchClass(String name) {
        char letter = Character.toUpperCase(name.charAt(0));
        if (letter < 'A' || letter > 'G') {
            throw new IllegalArgumentException("not a note name: " + name);
        }
        int pc = NATURALS[letter - 'A'];
        if (name.length() > 1 && name.charAt(1) == '#') {
            pc += 1;
        } else if (name.length() > 1 && name.charAt(1) == 'b') {
            pc -= 1;
        }
        return Math.floorMod(pc, 12);
    }
}
