package org.studiopaths.exercise.production;

import org.studiopaths.exercise.CriterionResult;
import org.studiopaths.exercise.CriterionSpec;
import org.studiopaths.model.json.JsonFormatException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;

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
        List<BarRange.Piece> pieces = new ArrayList<>();
        for (BarRange r : ranges) {
            if (r.pieces().isEmpty()) {
                return fail(0, "Nothing plays in the " + where.section() + " yet (its marker is at bar "
                        + Words.number(r.from()) + ", after the song ends): drag "
                        + Words.and(categories.stream().map(c -> Words.a(c) + " loop").toList()) + " there.");
            }
            pieces.addAll(r.pieces());
        }
        // category → the bars it is missing from; categories missing from the same bars are named together
        Map<List<Integer>, List<String>> missing = new LinkedHashMap<>();
        int found = 0;
        for (String category : categories) {
            List<Integer> bars = new ArrayList<>();
            for (BarRange.Piece p : pieces) {
                if (a.categoriesIn(p.from(), p.to()).contains(category)) {
                    found++;
                } else {
                    bars.add(p.bar());
                }
            }
            if (!bars.isEmpty()) {
                missing.computeIfAbsent(bars, k -> new ArrayList<>()).add(category);
            }
        }
        if (missing.isEmpty()) {
            return pass(Words.capitalized(Words.and(categories)) + " play in every bar of " + where.describe() + ".");
        }
        List<String> problems = new ArrayList<>();
        List<String> lacking = new ArrayList<>();
        for (Map.Entry<List<Integer>, List<String>> m : missing.entrySet()) {
            problems.add("no " + Words.or(m.getValue()) + " in " + Words.barList(m.getKey())
                    + (where.isSection() ? " (the " + where.section() + ")" : ""));
            lacking.addAll(m.getValue());
        }
        return fail((double) found / (pieces.size() * categories.size()),
                Words.capitalized(String.join("; ", problems)) + ": drag "
                        + Words.and(lacking.stream().map(c -> Words.a(c) + " loop").toList()) + " over those bars.");
    }
}
