package org.studiopaths.exercise.production;

import org.studiopaths.exercise.CriterionResult;
import org.studiopaths.exercise.CriterionSpec;
import org.studiopaths.model.json.JsonFormatException;

/** {@code song-length}: the song (bar 1 to the end of its last clip) lasts {@code minBars} to {@code maxBars}. */
public final class SongLength extends ProductionCriterion {

    private final double minBars;
    private final double maxBars;

    SongLength(String id, double minBars, double maxBars) {
        super(id);
        this.minBars = minBars;
        this.maxBars = maxBars;
    }

    public static SongLength parse(CriterionSpec spec) throws JsonFormatException {
        if (!spec.has("minBars") && !spec.has("maxBars")) {
            throw spec.error("needs \"minBars\", \"maxBars\" or both");
        }
        double min = spec.has("minBars") ? spec.number("minBars", 1, 10_000, "1 to 10000") : 0;
        double max = spec.has("maxBars") ? spec.number("maxBars", 1, 10_000, "1 to 10000") : Double.POSITIVE_INFINITY;
        if (max < min) {
            throw spec.error("maxBars", "is " + Words.number(max) + ", below minBars " + Words.number(min)
                    + "; allowed " + Words.number(min) + " or more");
        }
        return new SongLength(spec.id(), min, max);
    }

    @Override
    public String goal() {
        if (maxBars == Double.POSITIVE_INFINITY) {
            return "The song lasts at least " + Words.bars(minBars);
        }
        if (minBars == 0) {
            return "The song lasts at most " + Words.bars(maxBars);
        }
        return "The song lasts " + Words.number(minBars) + " to " + Words.bars(maxBars);
    }

    @Override
    CriterionResult judge(Arrangement a) {
        double length = a.project().lengthBars();
        if (length == 0) {
            return fail(0, "The song is empty: drag loops onto the timeline until it lasts at least "
                    + Words.bars(Math.max(1, minBars)) + ".");
        }
        if (length < minBars) {
            return fail(length / minBars, "The song is " + Words.bars(length) + " long; make it at least "
                    + Words.bars(minBars) + ": add clips after bar " + Words.number(a.project().endBar()) + ".");
        }
        if (length > maxBars) {
            return fail(maxBars / length, "The song is " + Words.bars(length) + " long; keep it to at most "
                    + Words.bars(maxBars) + ": shorten or remove the clips after bar " + Words.number(maxBars + 1) + ".");
        }
        return pass("The song is " + Words.bars(length) + " long.");
    }
}
