package org.studiopaths.exercise;

import org.studiopaths.engine.PlanCompiler;
import org.studiopaths.engine.RenderException;
import org.studiopaths.engine.SampleSource;
import org.studiopaths.engine.TimeStretcher;
import org.studiopaths.model.Project;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What checking needs from outside the exercise: the samples of one samples root (audio for renders, library
 * facts for model goals). Keeps the reference solutions' renders, one per exercise, so checking again only
 * renders the learner's project. Thread-safe.
 */
public final class CheckServices {

    private final PlanCompiler compiler;
    private final SampleFacts facts;
    private final Map<String, Cached> references = new ConcurrentHashMap<>();

    private record Cached(Project solution, RenderedMix mix) {
    }

    public CheckServices(SampleSource samples, TimeStretcher stretcher, SampleFacts facts) {
        this.compiler = new PlanCompiler(samples, stretcher);
        this.facts = facts;
    }

    public SampleFacts facts() {
        return facts;
    }

    /** The project rendered with each track's stem kept (after fader and pan). */
    public RenderedMix render(Project project) throws RenderException {
        return MixRenderer.render(compiler, project);
    }

    /** The reference solution rendered, made once per exercise (again only if its solution changed). */
    RenderedMix reference(Exercise exercise) throws RenderException {
        Cached c = references.get(exercise.id());
        if (c != null && c.solution().equals(exercise.solution())) {
            return c.mix();
        }
        RenderedMix mix = render(exercise.solution());
        references.put(exercise.id(), new Cached(exercise.solution(), mix));
        return mix;
    }
}
