package org.studiopaths.exercise.production;

import org.studiopaths.exercise.CriterionResult;
import org.studiopaths.exercise.CriterionSpec;
import org.studiopaths.model.json.JsonFormatException;

/** {@code project-tempo}: the project's tempo is {@code bpm}, give or take {@code tolerance} (default 0). */
public final class ProjectTempo extends ProductionCriterion {

    private final double bpm;
    private final double tolerance;

    ProjectTempo(String id, double bpm, double tolerance) {
        super(id);
        this.bpm = bpm;
        this.tolerance = tolerance;
    }

    public static ProjectTempo parse(CriterionSpec spec) throws JsonFormatException {
        double bpm = spec.number("bpm", 40, 240, "40 to 240");
        double tolerance = spec.has("tolerance") ? spec.number("tolerance", 0, 100, "0 to 100") : 0;
        return new ProjectTempo(spec.id(), bpm, tolerance);
    }

    @Override
    public String goal() {
        return "The tempo is " + Words.number(bpm) + " BPM" + (tolerance > 0 ? " (± " + Words.number(tolerance) + ")" : "");
    }

    @Override
    CriterionResult judge(Arrangement a) {
        double tempo = a.project().tempo();
        if (Math.abs(tempo - bpm) <= tolerance + 1e-9) {
            return pass("The tempo is " + Words.number(tempo) + " BPM.");
        }
        return fail(0, "The tempo is " + Words.number(tempo) + " BPM; this exercise wants " + Words.number(bpm)
                + " BPM: set the tempo to " + Words.number(bpm) + ".");
    }
}
