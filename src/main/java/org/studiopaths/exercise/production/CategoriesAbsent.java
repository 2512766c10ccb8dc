package org.studiopaths.exercise.production;

import org.studiopaths.exercise.CriterionResult;
import org.studiopaths.exercise.CriterionSpec;
import org.studiopaths.model.json.JsonFormatException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code section-excludes}: no loop of the listed categories plays anywhere in a section or bar span. */
public final class CategoriesAbsent extends ProductionCriterion {

    private final Where where;
    private final List<String> categories;

    CategoriesAbsent(String id, Where where, List<String> categories) {
        super(id);
        this.where = where;
        this.categories = categories;
    }

    public static CategoriesAbsent parse(CriterionSpec spec) throws JsonFormatException {
        Where where = Where.parse(spec);
        List<String> cats = spec.strings("categories").stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
        return new CategoriesAbsent(spec.id(), where, cats);
    }

    @Override
    public String goal() {
        return "No " + Words.and(categories) + " in " + where.describe();
    }

    @Override
    CriterionResult judge(Arrangement a) {
        List<BarRange> ranges = where.ranges(a);
        if (ranges.isEmpty()) {
            return fail(0, where.missingSection());
        }
        int bars = 0;
        int clean = 0;
        List<String> problems = new ArrayList<>();
        for (BarRange r : ranges) {
            for (String category : categories) {
                List<Integer> playing = new ArrayList<>();
                for (BarRange.Piece p : r.pieces()) {
                    if (a.categoriesIn(p.from(), p.to()).contains(category)) {
                        playing.add(p.bar());
                    }
                }
                if (!playing.isEmpty()) {
                    problems.add(Words.a(category) + " loop plays in " + Words.barList(playing)
                            + (where.isSection() ? " of the " + where.section() : ""));
                }
            }
            for (BarRange.Piece p : r.pieces()) {
                bars++;
                if (a.categoriesIn(p.from(), p.to()).stream().noneMatch(categories::contains)) {
                    clean++;
                }
            }
        }
        if (problems.isEmpty()) {
            return pass("No " + Words.and(categories) + " in " + where.describe() + ", as wanted.");
        }
        return fail(bars == 0 ? 0 : (double) clean / bars, Words.capitalized(String.join("; ", problems))
                + ", where this exercise wants none: remove or shorten those clips.");
    }
}
