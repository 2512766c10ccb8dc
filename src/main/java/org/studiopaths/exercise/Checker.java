package org.studiopaths.exercise;

import org.studiopaths.engine.RenderException;
import org.studiopaths.model.Project;

import java.util.ArrayList;
import java.util.List;

/** Checks a learner's project against an exercise: every criterion in order, then the score and the verdict. */
public final class Checker {

    private Checker() {
    }

    /**
     * @throws RenderException when a goal needs audio and the project (or the reference) cannot be rendered,
     *                         e.g. a sample is missing; the message is one line naming the sample
     */
    public static CheckReport check(Exercise exercise, Project learner, CheckServices services) throws RenderException {
        LazyCheckContext context = new LazyCheckContext(exercise, learner, services);
        if (exercise.criteria().stream().anyMatch(Criterion::needsReference)) {
            context.startReference();
        }
        List<CriterionResult> results = new ArrayList<>();
        for (Criterion c : exercise.criteria()) {
            try {
                results.add(c.evaluate(context));
            } catch (LazyCheckContext.RenderFailed e) {
                throw e.renderException();
            }
        }
        int score = CheckReport.score(results);
        return new CheckReport(exercise.id(), exercise.side(), exercise.passes(results, score), score, results);
    }
}
