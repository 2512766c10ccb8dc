package org.studiopaths.exercise.production;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A key such as "C major" or "A minor". Two keys fit together when they are the same or relative major and
 * minor (they share their notes): C major and A minor fit, C major and E minor do not.
 *
 * @param tonic pitch class of the tonic, 0 = C to 11 = B
 */
record MusicalKey(int tonic, boolean minor) {

    private static final String[] NAMES = {"C", "C#", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B"};
    private static final Pattern FORM = Pattern.compile(
            "\\s*([A-Ga-g])\\s*([#b♯♭]?)\\s*(m|min|minor|maj|major)?\\s*", Pattern.CASE_INSENSITIVE);

    /** Reads "C", "Am", "F#m", "Bb major", "a minor"; empty for anything else (a loop with no key). */
    static Optional<MusicalKey> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int pc = switch (Character.toUpperCase(m.group(1).charAt(0))) {
            case 'C' -> 0;
            case 'D' -> 2;
            case 'E' -> 4;
            case 'F' -> 5;
            case 'G' -> 7;
            case 'A' -> 9;
            default -> 11;
        };
        String accidental = m.group(2);
        if (accidental.equals("#") || accidental.equals("♯")) {
            pc++;
        } else if (accidental.equals("b") || accidental.equals("♭")) {
            pc--;
        }
        String mode = m.group(3) == null ? "" : m.group(3).toLowerCase();
        // "m" alone is minor; "maj"/"major" and nothing are major ("M" case-folded would read as minor, so
        // a capital M is not accepted as major: write "maj")
        boolean minor = mode.equals("m") || mode.startsWith("min");
        return Optional.of(new MusicalKey(Math.floorMod(pc, 12), minor));
    }

    /** Same key, or its relative major or minor. */
    boolean fits(MusicalKey other) {
        return relativeMajor() == other.relativeMajor();
    }

    private int relativeMajor() {
        return minor ? (tonic + 3) % 12 : tonic;
    }

    /** The relative key: A minor for C major. */
    MusicalKey relative() {
        return minor ? new MusicalKey((tonic + 3) % 12, false) : new MusicalKey((tonic + 9) % 12, true);
    }

    @Override
    public String toString() {
        return NAMES[tonic] + (minor ? " minor" : " major");
    }
}
