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

    /**
     * Gets an exercise ready to check: renders its reference and measures what the goals need of it, all kept in
     * {@code services}, so that the learner's first check only renders and measures their own project. The app
     * calls it on a worker when an exercise opens; skipping it changes nothing but the first check's time.
     *
     * @throws RenderException when the reference cannot be rendered (a check would then say so too)
     */
    public static void prepare(Exercise exercise, CheckServices services) throws RenderException {
        if (exercise.criteria().stream().noneMatch(Criterion::needsReference)) {
            return;
        }
        measureReference(exercise, services.reference(exercise));
    }

    /** Lets every goal that compares with the reference measure what it needs of it (kept per mix). */
    static void measureReference(Exercise exercise, RenderedMix reference) {
        for (Criterion c : exercise.criteria()) {
            if (c.needsReference()) {
                c.measureReference(reference);
            }
        }
    }
}
