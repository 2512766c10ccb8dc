package org.studiopaths.exercise.production;

import org.studiopaths.exercise.CriterionResult;
import org.studiopaths.exercise.CriterionSpec;
import org.studiopaths.model.json.JsonFormatException;

/** {@code track-count}: the project has {@code min} to {@code max} tracks. */
public final class TrackCount extends ProductionCriterion {

    private final int min;
    private final int max;

    TrackCount(String id, int min, int max) {
        super(id);
        this.min = min;
        this.max = max;
    }

    public static TrackCount parse(CriterionSpec spec) throws JsonFormatException {
        if (!spec.has("min") && !spec.has("max")) {
            throw spec.error("needs \"min\", \"max\" or both");
        }
        int min = spec.has("min") ? spec.integer("min", 0, 64, "0 to 64") : 0;
        int max = spec.has("max") ? spec.integer("max", 0, 64, "0 to 64") : 64;
        if (max < min) {
            throw spec.error("max", "is " + max + ", below min " + min + "; allowed " + min + " or more");
        }
        return new TrackCount(spec.id(), min, max);
    }

    @Override
    public String goal() {
        return "The project has " + (max == 64 ? "at least " + min : min == 0 ? "at most " + max
                : min == max ? Integer.toString(min) : min + " to " + max) + " tracks";
    }

    @Override
    CriterionResult judge(Arrangement a) {
        int n = a.project().tracks().size();
        String has = "The project has " + n + (n == 1 ? " track" : " tracks");
        if (n < min) {
            return fail((double) n / min, has + "; it needs at least " + min + ": add a track for each part.");
        }
        if (n > max) {
            return fail((double) max / n, has + "; keep it to at most " + max
                    + ": put parts that take turns on one track, or delete empty tracks.");
        }
        return pass(has + ".");
    }
}
