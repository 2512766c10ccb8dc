package org.studiopaths.exercise.production;

import org.studiopaths.exercise.CriterionResult;
import org.studiopaths.exercise.CriterionSpec;
import org.studiopaths.model.Clip;
import org.studiopaths.model.json.JsonFormatException;

import java.util.Locale;

/** {@code uses}: a given loop ({@code sample}) or a loop of a given {@code category} is heard somewhere. */
public final class Uses extends ProductionCriterion {

    private final String sample;
    private final String category;

    Uses(String id, String sample, String category) {
        super(id);
        this.sample = sample;
        this.category = category;
    }

    public static Uses parse(CriterionSpec spec) throws JsonFormatException {
        boolean bySample = spec.has("sample");
        if (bySample == spec.has("category")) {
            throw spec.error("needs either \"sample\" (a loop's path) or \"category\", not "
                    + (bySample ? "both" : "neither"));
        }
        return bySample ? new Uses(spec.id(), spec.string("sample"), null)
                : new Uses(spec.id(), null, spec.string("category").toLowerCase(Locale.ROOT));
    }

    @Override
    public String goal() {
        return sample != null ? "The song uses the loop " + name() : "The song uses " + Words.a(category) + " loop";
    }

    private String name() {
        return KeysAgree.loopName(Clip.of(sample, 1, 1));
    }

    @Override
    CriterionResult judge(Arrangement a) {
        for (Clip c : a.heardClips()) {
            if (sample != null ? c.sample().equals(sample) : a.category(c).filter(category::equals).isPresent()) {
                return pass(sample != null ? "The loop " + name() + " plays at bar " + Words.number(c.startBar()) + "."
                        : Words.capitalized(Words.a(category)) + " loop plays at bar " + Words.number(c.startBar()) + ".");
            }
        }
        return fail(0, sample != null
                ? "The loop " + name() + " is not heard yet: find it in the loop browser and drag it onto a track."
                : "No " + category + " loop is heard yet: pick one from the " + category
                + " loops and drag it onto a track.");
    }
}
