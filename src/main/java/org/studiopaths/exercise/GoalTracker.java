package org.studiopaths.exercise;

import org.studiopaths.model.Project;

import java.util.ArrayList;
import java.util.List;

/**
 * Ticks an exercise's goals live while the learner edits: only the goals judged on the project alone (no
 * audio), so it is fast enough to run after every edit. Goals that need audio are judged on Check.
 */
public final class GoalTracker {

    private final Exercise exercise;
    private final SampleFacts facts;
    private final List<Criterion> live;

    public GoalTracker(Exercise exercise, SampleFacts facts) {
        this.exercise = exercise;
        this.facts = facts;
        this.live = exercise.criteria().stream().filter(c -> !c.needsAudio()).toList();
    }

    /** The goals ticked live, in the exercise's order. */
    public List<Criterion> liveGoals() {
        return live;
    }

    /** One result per live goal, in order. */
    public List<CriterionResult> evaluate(Project project) {
        CheckContext context = new ModelOnly(project);
        List<CriterionResult> out = new ArrayList<>(live.size());
        for (Criterion c : live) {
            out.add(c.evaluate(context));
        }
        return out;
    }

    /** A context without audio: live goals never ask for it. */
    private final class ModelOnly implements CheckContext {
        private final Project project;

        ModelOnly(Project project) {
            this.project = project;
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
            return facts;
        }

        @Override
        public RenderedMix learnerMix() {
            throw new IllegalStateException("live goals are judged without audio");
        }

        @Override
        public RenderedMix referenceMix() {
            throw new IllegalStateException("live goals are judged without audio");
        }
    }
}
