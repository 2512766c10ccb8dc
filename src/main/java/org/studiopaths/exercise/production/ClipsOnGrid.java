package org.studiopaths.exercise.production;

import org.studiopaths.exercise.CriterionResult;
import org.studiopaths.exercise.CriterionSpec;
import org.studiopaths.model.Clip;
import org.studiopaths.model.Track;
import org.studiopaths.model.json.JsonFormatException;

import java.util.ArrayList;
import java.util.List;

/** {@code clips-on-grid}: every clip starts and ends on a bar line ({@code "bar"}) or on a beat ({@code "beat"}). */
public final class ClipsOnGrid extends ProductionCriterion {

    private static final double TOLERANCE = 1e-6;
    private final boolean bars;

    ClipsOnGrid(String id, boolean bars) {
        super(id);
        this.bars = bars;
    }

    public static ClipsOnGrid parse(CriterionSpec spec) throws JsonFormatException {
        return new ClipsOnGrid(spec.id(), spec.choice("grid", List.of("bar", "beat")).equals("bar"));
    }

    @Override
    public String goal() {
        return "Every clip starts and ends on " + (bars ? "a bar line" : "a beat");
    }

    @Override
    CriterionResult judge(Arrangement a) {
        int steps = bars ? 1 : a.project().beatsPerBar();
        int total = 0;
        List<String> off = new ArrayList<>();
        for (Track t : a.project().tracks()) {
            for (Clip c : t.clips()) {
                total++;
                if (!onGrid(c.startBar(), steps) || !onGrid(c.endBar(), steps)) {
                    off.add(t.name() + " at bar " + Words.number(c.startBar()) + " to " + Words.number(c.endBar()));
                }
            }
        }
        if (off.isEmpty()) {
            return pass(total == 0 ? "No clips yet, so none is off the grid." : "Every clip sits on the "
                    + (bars ? "bar" : "beat") + " grid.");
        }
        List<String> shown = off.size() > 3 ? off.subList(0, 3) : off;
        return fail((double) (total - off.size()) / total, (off.size() == 1 ? "1 clip is" : off.size() + " clips are")
                + " off the " + (bars ? "bar" : "beat") + " grid (" + String.join(", ", shown)
                + (off.size() > 3 ? ", …" : "") + "): move and resize " + (off.size() == 1 ? "it" : "them")
                + " so " + (off.size() == 1 ? "it starts and ends" : "they start and end") + " on "
                + (bars ? "a bar line" : "a beat") + ".");
    }

    private static boolean onGrid(double bar, int stepsPerBar) {
        double steps = (bar - 1) * stepsPerBar;
        return Math.abs(steps - Math.rint(steps)) < TOLERANCE;
    }
}
