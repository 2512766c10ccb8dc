package org.studiopaths.generator.music;

import java.util.Arrays;

/** A chord symbol such as "Am", "Fmaj7", "Dm9" or "G7", as a root and the intervals above it. */
public record Chord(String symbol, int root, int[] intervals) {

    public static Chord parse(String symbol) {
        int root = Pitch.pitchClass(symbol);
        boolean accidental = symbol.length() > 1 && (symbol.charAt(1) == '#' || symbol.charAt(1) == 'b');
        String quality = symbol.substring(accidental ? 2 : 1);
        int[] intervals = switch (quality) {
            case "" -> new int[] {0, 4, 7};
            case "m" -> new int[] {0, 3, 7};
            case "7" -> new int[] {0, 4, 7, 10};
            case "maj7" -> new int[] {0, 4, 7, 11};
            case "m7" -> new int[] {0, 3, 7, 10};
            case "m9" -> new int[] {0, 3, 7, 10, 14};
            case "maj9" -> new int[] {0, 4, 7, 11, 14};
            case "add9" -> new int[] {0, 4, 7, 14};
            case "sus2" -> new int[] {0, 2, 7};
            case "sus4" -> new int[] {0, 5, 7};
            case "5" -> new int[] {0, 7};
            default -> throw new IllegalArgumentException("unknown chord quality in " + symbol);
        };
        return new Chord(symbol, root, intervals);
    }

    /**
     * A close voicing whose every tone lies in the octave from {@code lowest} up: the inversion follows from
     * where the chord sits, so consecutive chords voiced from the same floor move by small steps.
     */
    public int[] voicing(int lowest) {
        int[] keys = new int[intervals.length];
        for (int i = 0; i < intervals.length; i++) {
            keys[i] = lowest + Math.floorMod(root + intervals[i] - lowest, 12);
        }
        Arrays.sort(keys);
        return keys;
    }

    /** The root at or above {@code lowest}, within an octave. */
    public int bass(int lowest) {
        return lowest + Math.floorMod(root - lowest, 12);
    }
}
