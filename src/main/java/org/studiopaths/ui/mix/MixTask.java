package org.studiopaths.ui.mix;

import org.studiopaths.model.Project;

/**
 * Something to mix: an engineering exercise (with a reference and a check) or a free mix (neither).
 *
 * @param summary    one line for the chooser's card
 * @param difficulty 1 to 5 for an exercise (see exercise.Exercise), 0 for a free mix (not rated)
 * @param brief      the whole task, shown beside the console
 * @param reference  the solution for A/B, or null
 * @param check      null for a free mix
 * @param nextId     the exercise to offer after a pass, or null
 */
public record MixTask(String id, String title, String summary, int difficulty, String brief, Project start,
                      Project reference, MixCheck check, String nextId) {

    public boolean isExercise() {
        return check != null;
    }
}
