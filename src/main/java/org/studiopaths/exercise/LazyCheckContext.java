package org.studiopaths.exercise;

import org.studiopaths.engine.RenderException;
import org.studiopaths.model.Project;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/**
 * The context of one check: renders the learner's project when a criterion first asks, and the reference
 * either then or, when the {@link Checker} knows it will be needed, from the start on a second thread; shares
 * both with the other criteria. A render that fails surfaces as {@link RenderFailed}, which the
 * {@link Checker} turns back into a {@link RenderException}.
 */
final class LazyCheckContext implements CheckContext {

    private final Exercise exercise;
    private final Project project;
    private final CheckServices services;
    private RenderedMix learner;
    private Future<RenderedMix> reference;

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

    /**
     * Starts rendering the reference on its own thread, and measuring what the criteria need of it, so that this
     * runs on a second core while the learner's project renders and is measured on the first.
     */
    void startReference() {
        FutureTask<RenderedMix> task = new FutureTask<>(() -> {
            RenderedMix mix = renderReference();
            Checker.measureReference(exercise, mix);
            return mix;
        });
        Thread thread = new Thread(task, "studio-paths-reference");
        thread.setDaemon(true);
        thread.start();
        reference = task;
    }

    @Override
    public RenderedMix referenceMix() {
        if (reference == null) {
            return renderReference();
        }
        try {
            return reference.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the check was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private RenderedMix renderReference() {
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
