package org.studiopaths.exercise.production;

import org.studiopaths.exercise.CriterionSpec;
import org.studiopaths.model.json.JsonFormatException;

import java.util.List;

/**
 * Where a goal applies: every section with a given name ({@code "section": "Chorus"}), or a span of whole bars
 * ({@code "firstBar": 1, "lastBar": 4}, both included).
 */
record Where(String section, int firstBar, int lastBar) {

    static Where parse(CriterionSpec spec) throws JsonFormatException {
        boolean bySection = spec.has("section");
        boolean byBars = spec.has("firstBar") | spec.has("lastBar");
        if (bySection == byBars) {
            throw spec.error("needs either \"section\" (a section name) or \"firstBar\" and \"lastBar\" (bars, both"
                    + " included), not " + (bySection ? "both" : "neither"));
        }
        if (bySection) {
            return new Where(spec.string("section"), 0, 0);
        }
        int first = spec.integer("firstBar", 1, 10_000, "a whole bar number, at least 1");
        int last = spec.integer("lastBar", 1, 10_000, "a whole bar number, at least 1");
        if (last < first) {
            throw spec.error("lastBar", "is " + last + ", before firstBar " + first + "; allowed " + first
                    + " or later");
        }
        return new Where(null, first, last);
    }

    boolean isSection() {
        return section != null;
    }

    /** "bars 1–4" or "the Chorus": for goals. */
    String describe() {
        return isSection() ? "the " + section : Words.span(firstBar, lastBar + 1);
    }

    /** The ranges this covers in the project; empty when the section is missing. */
    List<BarRange> ranges(Arrangement a) {
        return isSection() ? a.sectionRanges(section) : List.of(new BarRange(firstBar, lastBar + 1));
    }

    /** "the Chorus (bars 9–12)" or "bars 1–4", for messages about one range. */
    String describe(BarRange r) {
        return isSection() ? "the " + section + " (" + r.describe() + ")" : r.describe();
    }

    /** For a goal whose section is missing: what is off and what to try. */
    String missingSection() {
        return "There is no section marker named \"" + section + "\" yet: add one where the " + section
                + " should start.";
    }
}
