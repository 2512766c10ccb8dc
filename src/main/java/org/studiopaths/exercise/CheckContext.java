package org.studiopaths.exercise;

import org.studiopaths.model.Project;

/**
 * What a criterion may look at: the learner's project, the exercise's reference solution, and (for criteria
 * that judge audio) renders of both through the one engine, made once per check and shared.
 */
public interface CheckContext {

    Project project();

    Project reference();

    /** Library facts about a sample path (category, key, tempo), for criteria about loops. */
    SampleFacts samples();

    /** The learner's project rendered, with each track's stem (computed on first use). */
    RenderedMix learnerMix();

    /** The reference solution rendered (computed on first use, cached per exercise). */
    RenderedMix referenceMix();
}
