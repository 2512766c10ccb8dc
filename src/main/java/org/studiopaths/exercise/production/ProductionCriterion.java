package org.studiopaths.exercise.production;

import org.studiopaths.exercise.CheckContext;
import org.studiopaths.exercise.Criterion;
import org.studiopaths.exercise.CriterionResult;

/** A goal judged on the arrangement alone (no audio), so it can be ticked live while the learner works. */
abstract class ProductionCriterion implements Criterion {

    private final String id;

    ProductionCriterion(String id) {
        this.id = id;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final boolean needsAudio() {
        return false;
    }

    @Override
    public final CriterionResult evaluate(CheckContext context) {
        return judge(new Arrangement(context.project(), context.samples()));
    }

    abstract CriterionResult judge(Arrangement a);

    CriterionResult pass(String message) {
        return CriterionResult.pass(id, message);
    }

    CriterionResult fail(double credit, String message) {
        return CriterionResult.fail(id, credit, message);
    }
}
