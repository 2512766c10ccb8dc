package org.studiopaths.exercise.production;

import org.studiopaths.exercise.CriterionResult;
import org.studiopaths.exercise.CriterionSpec;
import org.studiopaths.model.json.JsonFormatException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code section-includes}: loops of each listed category play in every bar of a section or bar span. */
public final class CategoriesPresent extends ProductionCriterion {

    private final Where where;
    private final List<String> categories;

    CategoriesPresent(String id, Where where, List<String> categories) {
        super(id);
        this.where = where;
        this.categories = categories;
    }

    public static CategoriesPresent parse(CriterionSpec spec) throws JsonFormatException {
        Where where = Where.parse(spec);
        List<String> cats = spec.strings("categories").stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
        return new CategoriesPresent(spec.id(), where, cats);
    }

    @Override
    public String goal() {
        return Words.capitalized(Words.and(categories)) + " play in every bar of " + where.describe();
    }

    @Override
    CriterionResult judge(Arrangement a) {
        List<BarRange> ranges = where.ranges(a);
        if (ranges.isEmpty()) {
            return fail(0, where.missingSection());
        }
        int needed = 0;
        int found = 0;
        List<String> problems = new ArrayList<>();
        List<String> lacking = new ArrayList<>();
        for (BarRange r : ranges) {
            List<BarRange.Piece> pieces = r.pieces();
            if (pieces.isEmpty()) {
                needed += categories.size();
                lacking.addAll(categories.stream().filter(c -> !lacking.contains(c)).toList());
                problems.add("nothing plays in the " + where.section() + " yet (its marker is at bar "
                        + Words.number(r.from()) + ", after the song ends)");
                continue;
            }
            for (String category : categories) {
                List<Integer> missing = new ArrayList<>();
                for (BarRange.Piece p : pieces) {
                    needed++;
                    Set<String> present = a.categoriesIn(p.from(), p.to());
                    if (present.contains(category)) {
                        found++;
                    } else {
                        missing.add(p.bar());
                    }
                }
                if (!missing.isEmpty()) {
                    String place = where.isSection() ? Words.barList(missing) + " of the " + where.section()
                            : Words.barList(missing);
                    problems.add("no " + category + " in " + place);
                    if (!lacking.contains(category)) {
                        lacking.add(category);
                    }
                }
            }
        }
        if (problems.isEmpty()) {
            return pass(Words.capitalized(Words.and(categories)) + " play in every bar of " + where.describe() + ".");
        }
        return fail((double) found / needed, Words.capitalized(String.join("; ", problems))
                + ": drag " + Words.and(lacking.stream().map(c -> Words.a(c) + " loop").toList())
                + " over those bars.");
    }
}
