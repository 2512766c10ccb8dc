package org.studiopaths.exercise.production;

import org.studiopaths.exercise.CriterionResult;
import org.studiopaths.exercise.CriterionSpec;
import org.studiopaths.model.Section;
import org.studiopaths.model.json.JsonFormatException;

import java.util.List;

/**
 * {@code section-order}: the song has sections with these names in this order. Other sections may come between
 * them unless {@code exact} is true (then the song's sections are exactly these). Names match ignoring case.
 */
public final class SectionOrder extends ProductionCriterion {

    private final List<String> order;
    private final boolean exact;

    SectionOrder(String id, List<String> order, boolean exact) {
        super(id);
        this.order = order;
        this.exact = exact;
    }

    public static SectionOrder parse(CriterionSpec spec) throws JsonFormatException {
        return new SectionOrder(spec.id(), spec.strings("order"), spec.bool("exact", false));
    }

    @Override
    public String goal() {
        return "Sections " + (exact ? "exactly " : "") + String.join(", ", order) + ", in that order";
    }

    @Override
    CriterionResult judge(Arrangement a) {
        List<String> names = a.sections().stream().map(Section::name).toList();
        int matched = exact ? matchingPositions(names) : subsequence(names);
        boolean ok = exact ? matched == order.size() && names.size() == order.size() : matched == order.size();
        if (ok) {
            return pass("The sections run " + String.join(", ", names) + ".");
        }
        String wanted = String.join(", ", order);
        if (names.isEmpty()) {
            return fail(0, "There are no section markers yet: add markers named " + wanted + ", in that order.");
        }
        return fail((double) matched / (order.size() + (exact ? Math.abs(names.size() - order.size()) : 0)),
                "The sections run " + String.join(", ", names) + "; this song wants " + (exact ? "exactly " : "")
                        + wanted + ": add, move or rename section markers.");
    }

    /** How many of the wanted names appear in order (names in between are allowed). */
    private int subsequence(List<String> names) {
        int k = 0;
        for (String n : names) {
            if (k < order.size() && n.equalsIgnoreCase(order.get(k))) {
                k++;
            }
        }
        return k;
    }

    /** How many positions hold the wanted name. */
    private int matchingPositions(List<String> names) {
        int k = 0;
        for (int i = 0; i < Math.min(names.size(), order.size()); i++) {
            if (names.get(i).equalsIgnoreCase(order.get(i))) {
                k++;
            }
        }
        return k;
    }
}
