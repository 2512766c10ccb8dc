package org.studiopaths.exercise.mix;

import org.studiopaths.exercise.Criterion;

/** A goal judged on the rendered audio (so it is judged on Check, not ticked live while editing). */
abstract class MixCriterion implements Criterion {

    private final String id;

    MixCriterion(String id) {
        this.id = id;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final boolean needsAudio() {
        return true;
    }
}
