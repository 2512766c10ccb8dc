package org.studiopaths.journal;

import org.studiopaths.exercise.Side;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes the {@link Reading} of a comparison: the sentence frames live here, the facts in {@link CareerFacts}. */
final class Readings {

    private Readings() {
    }

    static Reading write(SideSummary production, SideSummary engineering, Leaning leaning, CareerFacts facts) {
        return switch (leaning) {
            case PRODUCTION -> leansTo(production, engineering, facts);
            case ENGINEERING -> leansTo(engineering, production, facts);
            case BOTH -> both(production, engineering, facts);
            case UNDECIDED -> undecided(production, engineering, facts);
        };
    }

    private static Reading leansTo(SideSummary mine, SideSummary other, CareerFacts facts) {
        CareerFacts.PathFacts path = facts.of(mine.side());
        String lost = mine.lostTrackOfTime() == 0 ? ""
                : " and lost track of time " + times(mine.lostTrackOfTime());
        String headline = "You enjoyed " + path.activity() + " more" + lost + ": " + mine.side().id()
                + " looks like your side";
        List<String> s = new ArrayList<>();
        s.add(enjoymentSentence(mine, other));
        s.add(capitalize(mine.side().id()) + " may suit you if " + orList(path.signs()) + ".");
        s.add(path.about());
        s.add("Skills to build: " + andList(path.skills()) + ".");
        s.add("Careers to look at: " + orList(path.careers()) + ".");
        return new Reading(headline, s);
    }

    private static Reading both(SideSummary production, SideSummary engineering, CareerFacts facts) {
        String headline = "You enjoyed " + facts.production().activity() + " and " + facts.engineering().activity()
                + " about the same: you may not have to choose";
        List<String> s = new ArrayList<>();
        s.add(enjoymentSentence(production, engineering));
        s.addAll(facts.both());
        s.add("Careers to look at: " + orList(facts.production().careers()) + " on the production side; "
                + orList(facts.engineering().careers()) + " on the engineering side.");
        return new Reading(headline, s);
    }

    private static Reading undecided(SideSummary production, SideSummary engineering, CareerFacts facts) {
        List<String> s = new ArrayList<>();
        String headline;
        if (!production.isRated() && !engineering.isRated()) {
            headline = "Try " + facts.production().exercise() + " and " + facts.engineering().exercise()
                    + ", and say how much you enjoyed each";
            s.add("The comparison starts once each side has an attempt with an enjoyment rating.");
        } else {
            SideSummary rated = production.isRated() ? production : engineering;
            Side missing = rated.side().other();
            headline = "You have rated only " + rated.side().id() + " so far: try " + facts.of(missing).exercise()
                    + " next";
            s.add("Your " + rated.side().id() + " attempts average " + oneDecimal(rated.meanEnjoyment())
                    + " out of 5; rate " + missing.id() + " too and the two can be compared.");
        }
        s.add(facts.handsOn());
        return new Reading(headline, s);
    }

    private static String enjoymentSentence(SideSummary a, SideSummary b) {
        return "Your enjoyment: " + a.side().id() + " " + oneDecimal(a.meanEnjoyment()) + " out of 5 over "
                + count(a.ratedAttempts(), "rated attempt") + ", " + b.side().id() + " "
                + oneDecimal(b.meanEnjoyment()) + " over " + count(b.ratedAttempts(), "rated attempt") + ".";
    }

    static String times(int n) {
        return switch (n) {
            case 1 -> "once";
            case 2 -> "twice";
            default -> n + " times";
        };
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static String oneDecimal(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String andList(List<String> items) {
        return join(items, "and");
    }

    private static String orList(List<String> items) {
        return join(items, "or");
    }

    private static String join(List<String> items, String last) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + last + " " + items.get(items.size() - 1);
    }

    private static String capitalize(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
