package org.studiopaths.exercise;

import org.studiopaths.engine.RenderException;
import org.studiopaths.model.Project;

/**
 * The context of one check: renders the learner's project and the reference only when a criterion first asks,
 * then shares them with the other criteria. A render that fails surfaces as {@link RenderFailed}, which the
 * {@link Checker} turns back into a {@link RenderException}.
 */
final class LazyCheckContext implements CheckContext {

    private final Exercise exercise;
    private final Project project;
    private final CheckServices services;
    private RenderedMix learner;

    LazyCheckContext(Exercise exercise, Project project, CheckServices services) {
        this.exercise = exercise;
        this.project = project;
        this.services = services;
    }

    @Override
    public Project project() {
        return project;
    }

    @Override
    public Project reference() {
        return exercise.solution();
    }

    @Override
    public SampleFacts samples() {
        return services.facts();
    }

    @Override
    public synchronized RenderedMix learnerMix() {
        if (learner == null) {
            try {
                learner = services.render(project);
            } catch (RenderException e) {
                throw new RenderFailed(e);
            }
        }
        return learner;
    }

    @Override
    public RenderedMix referenceMix() {
        try {
            return services.reference(exercise);
        } catch (RenderException e) {
            throw new RenderFailed(new RenderException("the reference solution of " + exercise.id()
                    + " could not be rendered: " + e.getMessage()));
        }
    }

    /** Carries a render's failure out of a criterion, which may not throw checked exceptions. */
    static final class RenderFailed extends RuntimeException {
        RenderFailed(RenderException cause) {
            super(cause.getMessage(), cause);
        }

        RenderException renderException() {
            return (RenderException) getCause();
        }
    }
}
