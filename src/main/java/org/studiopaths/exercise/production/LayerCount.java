package org.studiopaths.exercise.production;

import org.studiopaths.exercise.CriterionResult;
import org.studiopaths.exercise.CriterionSpec;
import org.studiopaths.model.json.JsonFormatException;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code layer-count}: in every bar of a section or span, the number of layers (different loops heard at once)
 * is at least {@code min} and at most {@code max}.
 */
public final class LayerCount extends ProductionCriterion {

    private final Where where;
    private final int min;
    private final int max;

    LayerCount(String id, Where where, int min, int max) {
        super(id);
        this.where = where;
        this.min = min;
        this.max = max;
    }

    public static LayerCount parse(CriterionSpec spec) throws JsonFormatException {
        Where where = Where.parse(spec);
        int min = spec.has("min") ? spec.integer("min", 0, 64, "0 to 64") : 0;
        int max = spec.has("max") ? spec.integer("max", 0, 64, "0 to 64") : 64;
        if (!spec.has("min") && !spec.has("max")) {
            throw spec.error("needs \"min\", \"max\" or both (layers: different loops heard at once)");
        }
        if (max < min) {
            throw spec.error("max", "is " + max + ", below min " + min + "; allowed " + min + " or more");
        }
        return new LayerCount(spec.id(), where, min, max);
    }

    @Override
    public String goal() {
        return Words.capitalized(where.describe()) + " has " + range() + " at once";
    }

    private String range() {
        if (max == 64) {
            return "at least " + layers(min);
        }
        if (min == 0) {
            return "at most " + layers(max);
        }
        return min == max ? layers(min) : min + " to " + max + " layers";
    }

    private static String layers(int n) {
        return n + (n == 1 ? " layer" : " layers");
    }

    @Override
    CriterionResult judge(Arrangement a) {
        List<BarRange> ranges = where.ranges(a);
        if (ranges.isEmpty()) {
            return fail(0, where.missingSection());
        }
        List<Integer> thin = new ArrayList<>();
        List<Integer> crowded = new ArrayList<>();
        int fewest = Integer.MAX_VALUE;
        int most = 0;
        int bars = 0;
        for (BarRange r : ranges) {
            for (BarRange.Piece p : r.pieces()) {
                bars++;
                int n = a.layersIn(p.from(), p.to());
                fewest = Math.min(fewest, n);
                most = Math.max(most, n);
                if (n < min) {
                    thin.add(p.bar());
                } else if (n > max) {
                    crowded.add(p.bar());
                }
            }
        }
        if (bars == 0) {
            return min == 0 ? pass(Words.capitalized(where.describe()) + " is empty, which is fine here.")
                    : fail(0, "Nothing plays in " + where.describe() + " yet: add at least " + layers(min)
                    + " there.");
        }
        String place = where.isSection() ? " of the " + where.section() : "";
        if (!thin.isEmpty()) {
            return fail((double) (bars - thin.size() - crowded.size()) / bars, "Only " + layers(fewest)
                    + " in " + Words.barList(thin) + place + "; it needs at least " + min
                    + ": add another loop on top.");
        }
        if (!crowded.isEmpty()) {
            return fail((double) (bars - crowded.size()) / bars, Words.capitalized(layers(most)) + " in "
                    + Words.barList(crowded) + place + "; keep it to at most " + max
                    + ": take some loops out to let it breathe.");
        }
        return pass(Words.capitalized(where.describe()) + " has " + range() + " throughout.");
    }
}
