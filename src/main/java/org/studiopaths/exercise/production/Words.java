package org.studiopaths.exercise.production;

import java.util.ArrayList;
import java.util.List;

/** Small pieces of English for learner messages: lists, numbers, bar spans. */
final class Words {

    private Words() {
    }

    /** "drums", "drums and bass", "drums, bass and keys". */
    static String and(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** "a drums loop", "an fx loop". */
    static String a(String word) {
        return ("aeiou".indexOf(Character.toLowerCase(word.charAt(0))) >= 0 ? "an " : "a ") + word;
    }

    static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** 4 → "4", 4.5 → "4.5", 2.333 → "2.3". */
    static String number(double v) {
        if (Math.abs(v - Math.rint(v)) < 1e-9) {
            return Long.toString(Math.round(v));
        }
        String s = String.format(java.util.Locale.ROOT, "%.2f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** "1 bar", "3 bars". */
    static String bars(double count) {
        return number(count) + (count == 1 ? " bar" : " bars");
    }

    /** Whole bars as spans: [3, 4, 7] → "bars 3–4 and 7"; [5] → "bar 5". */
    static String barList(List<Integer> bars) {
        List<String> spans = new ArrayList<>();
        int i = 0;
        while (i < bars.size()) {
            int j = i;
            while (j + 1 < bars.size() && bars.get(j + 1) == bars.get(j) + 1) {
                j++;
            }
            spans.add(bars.get(i).equals(bars.get(j)) ? Integer.toString(bars.get(i)) : bars.get(i) + "–" + bars.get(j));
            i = j + 1;
        }
        boolean single = bars.size() == 1;
        return (single ? "bar " : "bars ") + and(spans);
    }

    /** Bars [from, to) as the learner counts them: "bars 1–4", "bar 5", "bars 2.5–4". */
    static String span(double from, double to) {
        double last = to - 1;
        if (from == Math.rint(from) && to == Math.rint(to)) {
            return last <= from ? "bar " + number(from) : "bars " + number(from) + "–" + number(last);
        }
        return "bars " + number(from) + "–" + number(to);
    }
}
