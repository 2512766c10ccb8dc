package org.studiopaths.exercise.mix;

import java.util.Locale;

/** Small pieces of the learner-facing messages: numbers and verbs that agree with a track's name. */
final class MixWords {

    private MixWords() {
    }

    /** One decimal, a minus sign for negatives, never "-0.0". */
    static String oneDecimal(double x) {
        double r = Math.round(x * 10) / 10.0;
        return String.format(Locale.ROOT, "%.1f", r == 0 ? 0.0 : r);
    }

    /** One decimal with an explicit sign for positives ("+0.4", "-1.0", "0.0"), as meters show dBTP. */
    static String signed(double x) {
        String s = oneDecimal(x);
        return s.startsWith("-") || s.equals("0.0") ? s : "+" + s;
    }

    /**
     * Whether a track name (or a list of them, "Kick and Snare") reads as plural ("Drums", "Keys", "Vocals"),
     * but not "Bass" or "Chorus".
     */
    static boolean plural(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        return n.contains(" and ") || n.endsWith("s") && !n.endsWith("ss") && !n.endsWith("us");
    }

    /** "Bass is", "Keys are". */
    static String is(String track) {
        return track + (plural(track) ? " are" : " is");
    }

    /** "Bass has", "Keys have". */
    static String has(String track) {
        return track + (plural(track) ? " have" : " has");
    }

    /** "Guitar sits", "Drums sit". */
    static String sits(String track) {
        return track + (plural(track) ? " sit" : " sits");
    }

    /** "its" or "their". */
    static String its(String track) {
        return plural(track) ? "their" : "its";
    }

    /** Full credit up to {@code full}, none from {@code zero} on, linear between (deviation taken as its size). */
    static double credit(double deviation, double full, double zero) {
        double d = Math.abs(deviation);
        if (d <= full) {
            return 1;
        }
        if (d >= zero) {
            return 0;
        }
        return (zero - d) / (zero - full);
    }
}
