package org.studiopaths.exercise.production;

import org.studiopaths.exercise.CriterionResult;
import org.studiopaths.exercise.CriterionSpec;
import org.studiopaths.model.json.JsonFormatException;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code energy-rises}: each listed section is fuller than the one before it, fullness being the mean number of
 * layers (different loops heard at once) over its bars. A name used by several sections counts all of them.
 */
public final class EnergyRises extends ProductionCriterion {

    private final List<String> sections;

    EnergyRises(String id, List<String> sections) {
        super(id);
        this.sections = sections;
    }

    public static EnergyRises parse(CriterionSpec spec) throws JsonFormatException {
        List<String> names = spec.strings("sections");
        if (names.size() < 2) {
            throw spec.error("sections", "has " + names.size() + " name; list at least 2, from calmest to fullest");
        }
        return new EnergyRises(spec.id(), names);
    }

    @Override
    public String goal() {
        return "The energy rises from " + String.join(" to ", sections) + " (more layers each time)";
    }

    @Override
    CriterionResult judge(Arrangement a) {
        double[] mean = new double[sections.size()];
        for (int i = 0; i < sections.size(); i++) {
            List<BarRange> ranges = a.sectionRanges(sections.get(i));
            if (ranges.isEmpty()) {
                return fail(0, "There is no section marker named \"" + sections.get(i) + "\" yet: add one where the "
                        + sections.get(i) + " should start.");
            }
            mean[i] = a.meanLayers(ranges);
        }
        List<String> flat = new ArrayList<>();
        int rising = 0;
        for (int i = 1; i < mean.length; i++) {
            if (mean[i] > mean[i - 1] + 1e-9) {
                rising++;
            } else {
                flat.add("the " + sections.get(i) + " (" + Words.number(mean[i]) + " layers on average) is not fuller"
                        + " than the " + sections.get(i - 1) + " (" + Words.number(mean[i - 1]) + ")");
            }
        }
        if (flat.isEmpty()) {
            return pass("The energy builds: " + layerList(mean) + " layers on average.");
        }
        return fail((double) rising / (mean.length - 1), Words.capitalized(String.join("; ", flat))
                + ": add a loop to the later section or take one out of the earlier one.");
    }

    private String layerList(double[] mean) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < mean.length; i++) {
            parts.add(sections.get(i) + " " + Words.number(mean[i]));
        }
        return String.join(", ", parts);
    }
}
